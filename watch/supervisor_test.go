package watch

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/crawler"
)

// countSource counts its polls and says each on a channel.
type countSource struct {
	name  string
	mu    sync.Mutex
	n     int
	polls chan string
}

func (c *countSource) Name() string { return c.name }
func (c *countSource) Poll(ctx context.Context, st crawler.State, emit func(agrowatch.Article) error) (crawler.Report, error) {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	c.polls <- c.name
	return crawler.Report{Items: 1}, nil
}

func (c *countSource) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// timers is a fake clock for the waits between polls: nothing fires until the test fires it.
type timers struct {
	mu      sync.Mutex
	pending []chan time.Time
	waits   chan time.Duration
}

func newTimers() *timers { return &timers{waits: make(chan time.Duration, 64)} }

func (f *timers) after(d time.Duration) <-chan time.Time {
	c := make(chan time.Time, 1)
	f.mu.Lock()
	f.pending = append(f.pending, c)
	f.mu.Unlock()
	f.waits <- d
	return c
}

func (f *timers) fireAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.pending {
		c <- time.Time{}
	}
	f.pending = nil
}

// expect waits for the polls named, in any order, and fails on any other.
func expect(t *testing.T, polls chan string, names ...string) {
	t.Helper()
	want := map[string]int{}
	for _, n := range names {
		want[n]++
	}
	for range names {
		select {
		case got := <-polls:
			if want[got] == 0 {
				t.Fatalf("unexpected poll of %s (waiting for %v)", got, names)
			}
			want[got]--
		case <-time.After(10 * time.Second):
			t.Fatalf("no poll of %v", want)
		}
	}
}

// waitFor waits until every loop has begun waiting, so that nothing is in flight.
func waitFor(t *testing.T, f *timers, n int) {
	t.Helper()
	for range n {
		select {
		case <-f.waits:
		case <-time.After(10 * time.Second):
			t.Fatal("a loop did not begin its wait")
		}
	}
}

func TestSupervisorReload(t *testing.T) {
	polls := make(chan string, 64)
	src := func(name string) *countSource { return &countSource{name: name, polls: polls} }
	a, b, c := src("a"), src("b"), src("c")
	st := newTestStore(t)
	f := newTimers()
	w := newWatcher(st, time.Now())
	w.After = f.after
	w.Sources = []Source{{Source: a, Interval: time.Hour, Spec: "a1"}, {Source: b, Interval: time.Hour, Spec: "b1"}}
	sup := NewSupervisor(w)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { sup.Run(ctx); close(done) }()
	expect(t, polls, "a", "b")
	waitFor(t, f, 2)

	// A reload: a is unchanged (rebuilt, as after an http change), b removed, c added.
	a2 := src("a")
	w2 := *w
	w2.Destinations = []string{"-3"}
	ch := sup.Set(&w2, []Source{{Source: a2, Interval: time.Hour, Spec: "a1"}, {Source: c, Interval: time.Hour, Spec: "c1"}})
	if got := fmt.Sprintf("%v", ch); got != "{[c] [b] [] [a]}" {
		t.Errorf("changes %s, want added c, removed b, kept a", got)
	}
	expect(t, polls, "c") // the new source polls at once; a keeps waiting for its hour
	waitFor(t, f, 1)
	if got := sup.Running(); fmt.Sprint(got) != "[a c]" {
		t.Errorf("running %v, want [a c]", got)
	}
	if sup.Watcher().Destinations[0] != "-3" {
		t.Error("the new settings are not the supervisor's")
	}

	// When the timers fire, a polls again, with the value the reload gave; b is gone.
	f.fireAll()
	expect(t, polls, "a", "c")
	waitFor(t, f, 2)
	if a.count() != 1 || a2.count() != 1 || b.count() != 1 || c.count() != 2 {
		t.Errorf("polls a=%d a2=%d b=%d c=%d; want 1 1 1 2", a.count(), a2.count(), b.count(), c.count())
	}

	// A changed spec restarts the loop: it polls at once.
	a3 := src("a")
	ch = sup.Set(&w2, []Source{{Source: a3, Interval: time.Minute, Spec: "a2"}, {Source: c, Interval: time.Hour, Spec: "c1"}})
	if fmt.Sprint(ch.Changed) != "[a]" || len(ch.Added)+len(ch.Removed) != 0 {
		t.Errorf("changes %+v, want a changed", ch)
	}
	expect(t, polls, "a")
	if d := <-f.waits; d != time.Minute {
		t.Errorf("restarted loop waits %v, want its new interval of 1m", d)
	}

	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return")
	}
	select {
	case p := <-polls:
		t.Errorf("a poll of %s after the end", p)
	default:
	}
}

func TestSupervisorStuck(t *testing.T) {
	polls := make(chan string, 4)
	a := &countSource{name: "a", polls: polls}
	f := newTimers()
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	w := newWatcher(newTestStore(t), now, Source{Source: a, Interval: time.Hour})
	w.After = f.after
	sup := NewSupervisor(w)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go sup.Run(ctx)
	expect(t, polls, "a")
	waitFor(t, f, 1)
	if got := sup.Stuck(now.Add(90*time.Minute), time.Hour); len(got) != 0 {
		t.Errorf("stuck %v while its next poll is due in less than the limit", got)
	}
	if got := sup.Stuck(now.Add(3*time.Hour), time.Hour); fmt.Sprint(got) != "[a]" {
		t.Errorf("stuck %v two hours after its poll was due, want [a]", got)
	}
}
