package bot

import (
	"strings"
	"testing"
	"time"

	"agrowatch"
)

// Digests against a clock that jumps: back an hour after the digest went out (no second one), a week
// ahead (one digest, not seven), and a day ahead and back again, as an NTP correction does (the next
// day's digest is not lost to the day that never was).
func TestDigestClockJumps(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.say(user, user, "/start")
	h.say(user, user, "/digest daily 09:00")
	base := len(h.to(user))
	news := func(n int) {
		t.Helper()
		a := banAlert("https://eldala.kz/ban-" + string(rune('a'+n)))
		pub := h.clock.Now().Add(time.Minute) // after the last digest (or the /digest command), as news is
		commit(t, h, agrowatch.Article{Source: "eldala", URL: a.URL, Title: a.Title + " " + string(rune('A'+n)), Text: "Запрет.", Published: pub, Fetched: pub}, a.Mentions)
	}
	tick := func(at time.Time) int {
		t.Helper()
		h.clock.Set(at)
		h.bot.Tick(h.ctx)
		h.flush()
		return len(h.to(user)) - base
	}
	digests := func() int {
		n := 0
		for _, m := range h.to(user)[base:] {
			if strings.Contains(m.Text, "Сводка") {
				n++
			}
		}
		return n
	}
	nine := func(day int) time.Time { return time.Date(2024, 3, day, 4, 0, 30, 0, time.UTC) } // 09:00 in Almaty

	news(0)
	tick(nine(6))
	if digests() != 1 {
		t.Fatalf("%d digests on the first day, want 1", digests())
	}
	// Back an hour, and forward again past 09:00: the day's digest is not sent twice.
	tick(nine(6).Add(-time.Hour))
	tick(nine(6).Add(10 * time.Minute))
	if digests() != 1 {
		t.Errorf("%d digests after the clock went back an hour, want 1", digests())
	}
	// A week ahead: one digest, not one per day missed.
	news(1)
	tick(nine(13))
	if digests() != 2 {
		t.Errorf("%d digests after a week's jump, want 2", digests())
	}
	// A day ahead by mistake, then corrected: the next real day has its digest.
	news(2)
	tick(nine(15))
	if digests() != 3 {
		t.Fatalf("%d digests after the wrong day, want 3", digests())
	}
	h.clock.Set(nine(13).Add(3 * time.Hour))
	news(3)
	tick(nine(14))
	if digests() != 4 {
		t.Errorf("%d digests on the day after the clock was corrected, want 4: a digest stamped by a clock that ran ahead silences the chat until that time comes", digests())
	}
}
