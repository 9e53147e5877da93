package watch

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/crawler"
)

// scriptedSource fails or succeeds poll by poll, as its script says.
type scriptedSource struct {
	mu     sync.Mutex
	script []error
	polls  int
}

func (s *scriptedSource) Name() string { return "scripted" }

func (s *scriptedSource) Poll(context.Context, crawler.State, func(agrowatch.Article) error) (crawler.Report, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	if s.polls < len(s.script) {
		err = s.script[s.polls]
	}
	s.polls++
	return crawler.Report{Items: 1}, err
}

// The wall clock jumping forwards or backwards between polls changes neither the backoff after
// failures nor the return to the interval after a success: the loop counts failures and waits
// durations, and the clock only stamps the health.
func TestLoopWaitsIgnoreClockJumps(t *testing.T) {
	const interval = 10 * time.Minute
	down := errors.New("site down")
	script := []error{down, down, down, down, nil, down, nil}
	want := []time.Duration{Backoff(interval, 1), Backoff(interval, 2), Backoff(interval, 3), Backoff(interval, 4),
		interval, Backoff(interval, 1), interval}
	base := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	for _, jump := range []struct {
		name string
		at   func(poll int) time.Time
	}{
		{"steady", func(n int) time.Time { return base.Add(time.Duration(n) * time.Minute) }},
		{"a year ahead each poll", func(n int) time.Time { return base.AddDate(n, 0, 0) }},
		{"a year back each poll", func(n int) time.Time { return base.AddDate(-n, 0, 0) }},
		{"back and forth", func(n int) time.Time { return base.AddDate(0, 0, 400*(n%2*2-1)) }},
	} {
		t.Run(jump.name, func(t *testing.T) {
			st := newTestStore(t)
			src := &scriptedSource{script: script}
			w := newWatcher(st, base, Source{Source: src, Interval: interval})
			var mu sync.Mutex
			poll := 0
			w.Now = func() time.Time {
				mu.Lock()
				defer mu.Unlock()
				return jump.at(poll)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			var waits []time.Duration
			fired := make(chan time.Time)
			close(fired)
			w.After = func(d time.Duration) <-chan time.Time {
				mu.Lock()
				defer mu.Unlock()
				waits = append(waits, d)
				poll++
				if len(waits) == len(script) {
					cancel()
					return nil
				}
				return fired
			}
			w.Run(ctx)
			if ctx.Err() == context.DeadlineExceeded {
				t.Fatal("the loop did not get through the script")
			}
			if fmt.Sprint(waits) != fmt.Sprint(want) {
				t.Errorf("waits %v, want %v", waits, want)
			}
			h, ok, err := st.Health("scripted")
			if err != nil || !ok {
				t.Fatalf("no health: %v", err)
			}
			if h.Polls != len(script) || h.Failures != 0 || h.LastError != "" {
				t.Errorf("health after the script: %+v", h)
			}
			if !h.LastSuccess.Equal(jump.at(len(script) - 1)) {
				t.Errorf("last success stamped %v, want the clock's %v", h.LastSuccess, jump.at(len(script)-1))
			}
		})
	}
}
