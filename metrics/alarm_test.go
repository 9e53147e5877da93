package metrics

import (
	"errors"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/crawler"
)

func TestAlarmOncePerOutageAndOnceOnRecovery(t *testing.T) {
	var told []string
	a := &Alarm{DownAfter: 6 * time.Hour, OutboxAfter: time.Hour, Tell: func(s string) { told = append(told, s) }}
	t0 := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	var h agrowatch.Health
	poll := func(at time.Duration, rep crawler.Report, err error) {
		next, _ := crawler.NextHealth(h, rep, err, t0.Add(at))
		a.Source("eldala", h, next)
		h = next
	}
	down := errors.New("crawler: GET https://eldala.kz/: status 503 Service Unavailable")
	ok := crawler.Report{Items: 20}
	poll(0, ok, nil)
	for i := 1; i <= 10; i++ { // ten hours of failures, hourly: one message, at six hours
		poll(time.Duration(i)*time.Hour, crawler.Report{}, down)
	}
	poll(11*time.Hour, ok, nil) // back: one message
	poll(12*time.Hour, ok, nil) // and nothing more
	for i := 13; i <= 15; i++ { // three hours of failures: under the limit, nothing
		poll(time.Duration(i)*time.Hour, crawler.Report{}, down)
	}
	poll(16*time.Hour, ok, nil)
	poll(17*time.Hour, crawler.Report{Items: 20, Fallback: true}, nil) // degraded: one message
	poll(18*time.Hour, crawler.Report{Items: 20, Fallback: true}, nil)
	poll(19*time.Hour, ok, nil) // healthy again: one message
	want := []string{
		"⚠️ eldala is down: no successful poll for 6h0m0s (6 failures in a row). Last error: crawler: GET https://eldala.kz/: status 503 Service Unavailable",
		"✅ eldala is back: polled successfully after 11h0m0s without.",
		"⚠️ eldala: degraded: layout changed? the preset's selectors found nothing, generic discovery was used",
		"✅ eldala reads as it should again (was: degraded: layout changed? the preset's selectors found nothing, generic discovery was used)",
	}
	if strings.Join(told, "\n") != strings.Join(want, "\n") {
		t.Errorf("told\n%s\nwant\n%s", strings.Join(told, "\n"), strings.Join(want, "\n"))
	}
}

// A restart in the middle of an outage starts from the stored health: the message is not repeated.
func TestAlarmAfterARestart(t *testing.T) {
	var told []string
	t0 := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	h := agrowatch.Health{LastSuccess: t0, LastAttempt: t0.Add(7 * time.Hour), Failures: 7, Polls: 8}
	a := &Alarm{DownAfter: 6 * time.Hour, Tell: func(s string) { told = append(told, s) }}
	next, _ := crawler.NextHealth(h, crawler.Report{}, errors.New("down"), t0.Add(8*time.Hour))
	a.Source("eldala", h, next)
	if len(told) != 0 {
		t.Errorf("told again after a restart: %q", told)
	}
	// A source that never succeeded is timed from its first failure.
	h = agrowatch.Health{}
	for i := 0; i <= 7; i++ {
		next, _ := crawler.NextHealth(h, crawler.Report{}, errors.New("down"), t0.Add(time.Duration(i)*time.Hour))
		a.Source("new", h, next)
		h = next
	}
	if len(told) != 1 || !strings.HasPrefix(told[0], "⚠️ new is down: no successful poll for 6h0m0s") {
		t.Errorf("told %q", told)
	}
}

func TestAlarmOutbox(t *testing.T) {
	var told []string
	a := &Alarm{OutboxAfter: time.Hour, Tell: func(s string) { told = append(told, s) }}
	t0 := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	a.Outbox(t0, 3, t0.Add(30*time.Minute))
	a.Outbox(t0, 5, t0.Add(61*time.Minute))
	a.Outbox(t0, 9, t0.Add(2*time.Hour))
	a.Outbox(time.Time{}, 0, t0.Add(3*time.Hour))
	a.Outbox(time.Time{}, 0, t0.Add(4*time.Hour))
	want := "⚠️ The outbox is not draining: 5 deliveries wait, the oldest for 1h1m0s.\n✅ The outbox drains again: 0 deliveries wait."
	if got := strings.Join(told, "\n"); got != want {
		t.Errorf("told\n%s\nwant\n%s", got, want)
	}
}
