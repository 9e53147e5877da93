package bot

import (
	"strings"
	"testing"

	"agrowatch/notify/telegramtest"
)

// FuzzCommand: any text a stranger sends, any callback data (issued or not), in a private chat or a
// group, is answered with Telegram HTML the fake accepts, or not at all, and gives no stranger an
// admin's answer.
func FuzzCommand(f *testing.F) {
	for _, s := range []string{
		"/start", "/watch пшеница", "/watch " + strings.Repeat("слово ", 100), "/unwatch 99999999999999999999",
		"/digest 25:99", "/digest 07:30", "/lang xx", "/recent <b>", "/recent -5", "/status", "/sources",
		"/help@agrowatch_bot extra", "/START", "/topics", "/goods", "/countries", "/settings", "/stop",
		"/watch <script>alert(1)</script> & \"x\"", "/\x00", "/watch \xff\xfe", "/", "not a command",
	} {
		f.Add(s, "t:meat_ban", false)
	}
	f.Add("/start", "g:unknown", true)
	f.Add("/start", "t:all", false)
	f.Add("/start", "l:zz", false)
	f.Add("/start", "c:"+strings.Repeat("X", 64), true)
	f.Add("/start", ":::", false)
	f.Add("/start", "", true)
	// Oversized: far past Telegram's 4096 characters, as a forged update could be.
	f.Add("/watch "+strings.Repeat("ж", 1<<16), "w:"+strings.Repeat("x", 1<<12), false)
	f.Add("/recent "+strings.Repeat("<b>&amp;", 1<<14), strings.Repeat(":", 1<<12), true)
	f.Fuzz(func(t *testing.T, text, data string, inGroup bool) {
		h := newHarness(t, nil, nil)
		const stranger = 777
		chat := int64(stranger) // a private chat's id is its user's
		if inGroup {
			chat = group
		}
		h.say(chat, stranger, "/start")
		h.say(chat, stranger, text)
		msgID := 0
		if ms := h.to(chat); len(ms) > 0 {
			msgID = ms[len(ms)-1].MessageID
		}
		h.srv.AddCallback(chat, stranger, msgID, data)
		h.poll()
		// No fault is injected: every message the bot tried is one the fake accepted.
		if a, m := len(h.srv.Attempts()), len(h.srv.Messages()); a != m {
			t.Fatalf("the fake refused %d of %d messages of the bot", a-m, a)
		}
		for _, m := range h.srv.Attempts() {
			if n, err := telegramtest.CheckHTML(m.Text); err != nil || n > telegramtest.MaxMessageLen {
				t.Fatalf("not Telegram HTML of one message (%d units): %v\n%q", n, err, m.Text)
			}
			// The first lines of /status and /sources.
			if strings.HasPrefix(m.Text, "<b>agrowatch</b>\n") || strings.HasPrefix(m.Text, "<b>Sources</b>\n") {
				t.Fatalf("a stranger got an admin's answer: %q", m.Text)
			}
		}
		for _, e := range h.srv.Edits() {
			if _, err := telegramtest.CheckHTML(e.Text); err != nil {
				t.Fatalf("an edit is not Telegram HTML: %v\n%q", err, e.Text)
			}
		}
	})
}
