package watch

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Supervisor runs one poll loop per source and lets the sources and the watcher's settings change while
// it runs, so that a reload neither restarts the daemon nor resets the schedule of what it did not touch.
// A source is known by its name: a name that appears starts a loop that polls at once, a name that goes
// stops its loop (a poll in flight is cancelled), and a name whose Spec changed is stopped and started
// again. A source whose Spec is unchanged keeps its loop and its schedule; when a reload hands over a new
// value for it (rebuilt with a new HTTP client), the loop polls that value from its next poll on.
type Supervisor struct {
	watcher atomic.Pointer[Watcher]

	mu      sync.Mutex
	ctx     context.Context // the context of Run; nil before Run and after it returned
	sources []Source        // the set given last, for a Run that has not started yet
	loops   map[string]*loop
	wg      sync.WaitGroup
}

// loop is one source's poll loop.
type loop struct {
	spec   string
	src    atomic.Pointer[Source]
	cancel context.CancelFunc
	done   chan struct{}
	// state for Stuck: when the loop began its current poll (zero while it waits) and when it is due
	polling, due atomic.Int64 // unix nanoseconds
}

// Changes says what one Set did, by source name, for the log.
type Changes struct {
	Added, Removed, Changed, Kept []string
}

// NewSupervisor makes a supervisor of the sources and settings of w.
func NewSupervisor(w *Watcher) *Supervisor {
	s := &Supervisor{loops: map[string]*loop{}}
	s.Set(w, w.Sources)
	return s
}

// Watcher is the settings the loops use now.
func (s *Supervisor) Watcher() *Watcher { return s.watcher.Load() }

// Set replaces the settings (routing, age limits, logger: the whole Watcher but its Sources) and the set
// of sources. Before Run it only records them; while Run runs it starts, stops and restarts loops as the
// names and specs say. It waits for the loops it stops, so that a removed source is not polled once Set
// returned.
func (s *Supervisor) Set(w *Watcher, sources []Source) Changes {
	s.watcher.Store(w)
	s.mu.Lock()
	defer s.mu.Unlock()
	var ch Changes
	want := map[string]Source{}
	for _, src := range sources {
		want[src.Name()] = src
	}
	var stopped []*loop
	for name, l := range s.loops {
		src, ok := want[name]
		switch {
		case !ok:
			ch.Removed = append(ch.Removed, name)
		case src.Spec != l.spec:
			ch.Changed = append(ch.Changed, name)
		default:
			ch.Kept = append(ch.Kept, name)
			l.src.Store(&src)
			continue
		}
		l.cancel()
		stopped = append(stopped, l)
		delete(s.loops, name)
	}
	for _, src := range sources {
		name := src.Name()
		if _, ok := s.loops[name]; ok {
			continue
		}
		if !slices.Contains(ch.Changed, name) {
			ch.Added = append(ch.Added, name)
		}
		if s.ctx != nil {
			s.start(src)
		}
	}
	s.sources = sources
	for _, l := range stopped {
		<-l.done
	}
	for _, names := range [][]string{ch.Added, ch.Removed, ch.Changed, ch.Kept} {
		slices.Sort(names)
	}
	return ch
}

// start runs a loop for src under s.ctx; s.mu is held.
func (s *Supervisor) start(src Source) {
	ctx, cancel := context.WithCancel(s.ctx)
	l := &loop{spec: src.Spec, cancel: cancel, done: make(chan struct{})}
	l.src.Store(&src)
	s.loops[src.Name()] = l
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer close(l.done)
		s.run(ctx, l)
	}()
}

// Run polls every source at its interval until ctx ends, then waits for the polls in flight.
func (s *Supervisor) Run(ctx context.Context) {
	s.mu.Lock()
	s.ctx = ctx
	for _, src := range s.sources {
		if _, ok := s.loops[src.Name()]; !ok {
			s.start(src)
		}
	}
	s.mu.Unlock()
	<-ctx.Done()
	s.wg.Wait()
	s.mu.Lock()
	s.ctx = nil
	clear(s.loops)
	s.mu.Unlock()
}

// Running names the sources whose loops run now, sorted.
func (s *Supervisor) Running() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var names []string
	for name := range s.loops {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// Stuck names the sources whose loop is not doing its work at now: a poll that has run longer than
// limit, or a poll that is overdue by more than limit. The health check reports them.
func (s *Supervisor) Stuck(now time.Time, limit time.Duration) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var names []string
	for name, l := range s.loops {
		if p := l.polling.Load(); p != 0 && now.Sub(time.Unix(0, p)) > limit {
			names = append(names, name)
		} else if d := l.due.Load(); p == 0 && d != 0 && now.Sub(time.Unix(0, d)) > limit {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

func (s *Supervisor) run(ctx context.Context, l *loop) {
	failures := 0
	var src Source
	schedule := func(res Result) time.Duration {
		if res.Err == nil {
			failures = 0
			return src.Interval
		}
		failures++
		return nextWait(src.Interval, failures, res.Err)
	}
	for {
		src = *l.src.Load()
		w := s.watcher.Load()
		l.polling.Store(w.Now().UnixNano())
		_, wait := w.poll(ctx, src, schedule)
		l.polling.Store(0)
		if ctx.Err() != nil {
			return
		}
		l.due.Store(w.Now().Add(wait).UnixNano())
		after := w.After
		if after == nil {
			after = time.After
		}
		select {
		case <-ctx.Done():
			return
		case <-after(wait):
		}
	}
}
