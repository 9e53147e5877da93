package metrics

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"agrowatch"
)

// Alarm tells the operator, once, what needs a look: a source without a successful poll for longer than
// DownAfter, a source flagged degraded, an outbox whose oldest entry has waited longer than OutboxAfter;
// and once again when it is over. Never once per poll: each message marks a change of state.
//
// A source's state is read from its health before and after each poll, which the store keeps, so that a
// restart in the middle of an outage neither repeats the message nor forgets the recovery. Only a
// source that has never succeeded is timed from its first failure seen by this process.
type Alarm struct {
	DownAfter   time.Duration
	OutboxAfter time.Duration
	// Tell hands a message on to the admins (queued through the store like any alert); the Alarm logs
	// it too. May be nil: the log only.
	Tell   func(text string)
	Logger *slog.Logger

	mu          sync.Mutex
	firstFail   map[string]time.Time // sources that never succeeded: when this process saw them fail first
	outboxStuck time.Time            // queued time of the oldest entry when the outbox was called stuck; zero when draining
}

// Source looks at one poll of a source: its health before and after.
func (a *Alarm) Source(name string, prev, next agrowatch.Health) {
	a.mu.Lock()
	defer a.mu.Unlock()
	now := next.LastAttempt
	if a.firstFail == nil {
		a.firstFail = map[string]time.Time{}
	}
	if next.Failures == 0 {
		delete(a.firstFail, name)
	} else if _, ok := a.firstFail[name]; !ok && next.LastSuccess.IsZero() {
		a.firstFail[name] = now
	}
	wasDown := prev.Failures > 0 && a.downFor(name, prev, prev.LastAttempt) >= a.DownAfter
	isDown := next.Failures > 0 && a.downFor(name, next, now) >= a.DownAfter
	switch {
	case isDown && !wasDown:
		a.tell(slog.LevelWarn, fmt.Sprintf("⚠️ %s is down: no successful poll for %s (%d failures in a row). Last error: %s",
			name, round(a.downFor(name, next, now)), next.Failures, next.LastError), name)
	case wasDown && next.Failures == 0:
		a.tell(slog.LevelInfo, fmt.Sprintf("✅ %s is back: polled successfully after %s without.", name, round(now.Sub(prev.LastSuccess))), name)
	}
	switch {
	case prev.Degraded == "" && next.Degraded != "":
		a.tell(slog.LevelWarn, fmt.Sprintf("⚠️ %s: %s", name, next.Degraded), name)
	case prev.Degraded != "" && next.Degraded == "":
		a.tell(slog.LevelInfo, fmt.Sprintf("✅ %s reads as it should again (was: %s)", name, prev.Degraded), name)
	}
}

// downFor is how long source name has gone without a successful poll at now.
func (a *Alarm) downFor(name string, h agrowatch.Health, now time.Time) time.Duration {
	if !h.LastSuccess.IsZero() {
		return now.Sub(h.LastSuccess)
	}
	if t, ok := a.firstFail[name]; ok {
		return now.Sub(t)
	}
	return 0
}

// Outbox looks at the outbox at now: the queued time of its oldest entry (zero when it is empty) and how
// many entries wait.
func (a *Alarm) Outbox(oldest time.Time, pending int, now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	stuck := !oldest.IsZero() && now.Sub(oldest) > a.OutboxAfter
	switch {
	case stuck && a.outboxStuck.IsZero():
		a.outboxStuck = oldest
		a.tell(slog.LevelWarn, fmt.Sprintf("⚠️ The outbox is not draining: %d deliveries wait, the oldest for %s.", pending, round(now.Sub(oldest))), "")
	case !stuck && !a.outboxStuck.IsZero():
		a.outboxStuck = time.Time{}
		a.tell(slog.LevelInfo, fmt.Sprintf("✅ The outbox drains again: %d deliveries wait.", pending), "")
	}
}

func (a *Alarm) tell(level slog.Level, text, source string) {
	if a.Logger != nil {
		attrs := []any{slog.String("message", text)}
		if source != "" {
			attrs = append([]any{slog.String("source", source)}, attrs...)
		}
		a.Logger.Log(context.Background(), level, "admin alert", attrs...)
	}
	if a.Tell != nil {
		a.Tell(text)
	}
}

func round(d time.Duration) time.Duration {
	if d > time.Hour {
		return d.Round(time.Minute)
	}
	return d.Round(time.Second)
}
