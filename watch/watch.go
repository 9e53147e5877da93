// Package watch runs the flow from sources to the outbox: it polls every source at its interval with
// backoff, extracts mentions from each new article, and has the store decide the article, its mentions
// and its alerts in one transaction. It never talks to Telegram: the sender drains the outbox.
package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"agrowatch"
	"agrowatch/crawler"
	"agrowatch/store"
)

// Store is what the watcher needs of the database.
type Store interface {
	crawler.State
	Lookup(urlOrKey string) (store.Record, bool, error)
	Commit(p store.Proposal) (store.Outcome, error)
	CommitBatch(ps []store.Proposal) ([]store.Outcome, []error)
	Health(source string) (agrowatch.Health, bool, error)
	SetHealth(source string, h agrowatch.Health) error
}

// Extractor reads mentions out of text; lang "" asks it to detect the language.
type Extractor interface {
	Extract(text, lang string) []agrowatch.Mention
}

// Recorder is told what the loops see, for /metrics (metrics.Flow is one); nil records nothing.
type Recorder interface {
	PollTook(source string, d time.Duration)
	Articles(source string, seen, new int)
}

// Source is a crawler source with its schedule.
type Source struct {
	crawler.Source
	Interval time.Duration
	Lang     string // the language the source writes in, "" to detect
	// Spec is what the source was built from (its configuration as text). A reload restarts a source
	// whose Spec changed and leaves one whose Spec is the same on its schedule.
	Spec string
}

// Watcher ties sources, extractor and store together.
type Watcher struct {
	Store        Store
	Extractor    Extractor
	Sources      []Source
	Destinations []string // every alert is queued for each of these (chat ids, or agrowatch.Console), unless Route is set
	// Route names the chats one alert is queued for (subscriptions and their filters, applied when the
	// alert is queued); nil means Destinations.
	Route  func(agrowatch.Alert) []string
	MaxAge time.Duration // older articles are stored, not alerted
	// Window is how long an alerted story or fact silences its repeats (dedup.window); 0 means dedup.Window.
	Window time.Duration
	// FollowUps sends a one-line "also reported by" alert for an article that only repeats
	// (dedup.also_reported: message).
	FollowUps bool
	// Reread is how long after its first read an article is read again for edits (dedup.reread), at most
	// once per poll interval; 0 turns edits off.
	Reread time.Duration
	Now    func() time.Time
	Logger *slog.Logger
	Queued func() // called after an alert was queued, to wake the sender; may be nil
	// After waits between polls; nil means time.After. Tests replace it to see the schedule.
	After func(time.Duration) <-chan time.Time
	// Metrics is told of every poll; nil records nothing.
	Metrics Recorder
	// Read is told of every article a poll reads (a progress line on a terminal); may be nil.
	Read func(n int)
	// Health is told a source's health before and after each poll (admin alerts); may be nil.
	Health func(source string, prev, next agrowatch.Health)
	// Polled is told what each poll came to once it is recorded and its health stored (the daemon
	// gives a long poll's garbage back to the system there); may be nil.
	Polled func(source string, res Result)
}

// Result is what one poll of one source came to.
type Result struct {
	Report  crawler.Report
	Err     error
	New     int // articles recorded
	Alerted int // of those, alerted
	// Old counts the articles read that were older than MaxAge: recorded, never alerted, so that a first
	// run or a new source does not flood subscribers with its back catalogue.
	Old int
}

// Poll polls one source once, records every new article and the source's health.
func (w *Watcher) Poll(ctx context.Context, s Source) Result {
	res, _ := w.poll(ctx, s, nil)
	return res
}

// poll is Poll for a loop: schedule, when not nil, says how long to wait before the next poll after this
// result, and the wait is logged with the result, so that a failing source says when it is tried again.
func (w *Watcher) poll(ctx context.Context, s Source, schedule func(Result) time.Duration) (Result, time.Duration) {
	var res Result
	b := w.newBatch(&res)
	emit := func(a agrowatch.Article) error {
		if a.Source == "" {
			a.Source = s.Name()
		}
		if a.Lang == "" {
			a.Lang = s.Lang
		}
		if !w.fresh(a) {
			res.Old++
		}
		if w.Read != nil {
			w.Read(1)
		}
		return b.add(a)
	}
	began := w.Now()
	res.Report, res.Err = s.Poll(ctx, rereading{w, s.Interval, b, &lookups{}}, emit)
	if err := b.flush(); err != nil && res.Err == nil {
		res.Err = err
	}
	if ctx.Err() != nil && res.Err != nil {
		// A poll cut short by shutdown says nothing about the source's health.
		return res, 0
	}
	if m := w.Metrics; m != nil {
		m.PollTook(s.Name(), w.Now().Sub(began))
		m.Articles(s.Name(), res.Report.Items, res.New)
	}
	var wait time.Duration
	if schedule != nil {
		wait = schedule(res)
	}
	w.recordHealth(s.Name(), res, wait)
	if w.Polled != nil {
		w.Polled(s.Name(), res)
	}
	return res, wait
}

// recordHealth stores the source's health after a poll and logs it; next is the wait until the next
// poll, 0 when there is none.
func (w *Watcher) recordHealth(name string, res Result, next time.Duration) {
	prev, _, err := w.Store.Health(name)
	if err != nil {
		w.Logger.Error("reading source health", slog.String("source", name), slog.Any("err", err))
	}
	now := w.Now()
	health, changed := crawler.NextHealth(prev, res.Report, res.Err, now)
	if err := w.Store.SetHealth(name, health); err != nil {
		w.Logger.Error("saving source health", slog.String("source", name), slog.Any("err", err))
	}
	if w.Health != nil {
		w.Health(name, prev, health)
	}
	switch {
	case res.Err != nil:
		attrs := []any{slog.String("source", name), slog.Int("failures", health.Failures), slog.Any("err", res.Err)}
		if next > 0 {
			attrs = append(attrs, slog.Duration("next_poll_in", next), slog.Time("next_poll_at", now.Add(next)))
		}
		w.Logger.Warn("poll failed", attrs...)
	default:
		if res.Old > 0 {
			w.Logger.Info("recorded without an alert: older than alerts.max_age", slog.String("source", name),
				slog.Int("articles", res.Old), slog.Duration("max_age", w.MaxAge))
		}
		w.Logger.Info("polled", slog.String("source", name), slog.Int("items", res.Report.Items),
			slog.Int("new", res.New), slog.Int("alerted", res.Alerted), slog.Bool("not_modified", res.Report.NotModified))
	}
	if changed != "" {
		if health.Degraded != "" {
			w.Logger.Warn("source degraded", slog.String("source", name), slog.String("why", health.Degraded))
		} else {
			w.Logger.Info("source recovered", slog.String("source", name))
		}
	}
}

// Once polls every source once, concurrently (per-host politeness is the HTTP client's), and reports
// how many were read without error.
func (w *Watcher) Once(ctx context.Context) (ok int, errs []error) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, s := range w.Sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := w.Poll(ctx, s)
			mu.Lock()
			defer mu.Unlock()
			if res.Err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", s.Name(), res.Err))
				return
			}
			ok++
		}()
	}
	wg.Wait()
	return ok, errs
}

// Run polls every source at its interval until ctx ends, then waits for the polls in flight. A daemon
// whose sources change while it runs uses a Supervisor.
func (w *Watcher) Run(ctx context.Context) {
	NewSupervisor(w).Run(ctx)
}

// TimedExtractor is x reporting the time of each extraction and the mentions it found by kind.
func TimedExtractor(x Extractor, m ExtractionRecorder, now func() time.Time) Extractor {
	return timedExtractor{x, m, now}
}

// ExtractionRecorder is told of every extraction (metrics.Flow is one).
type ExtractionRecorder interface {
	ExtractionTook(d time.Duration)
	Mentions(kind string, n int)
}

type timedExtractor struct {
	x   Extractor
	m   ExtractionRecorder
	now func() time.Time
}

func (t timedExtractor) Extract(text, lang string) []agrowatch.Mention {
	began := t.now()
	ms := t.x.Extract(text, lang)
	t.m.ExtractionTook(t.now().Sub(began))
	for _, m := range ms {
		t.m.Mentions(string(m.Kind), 1)
	}
	return ms
}

// nextWait is the pause after the n-th consecutive failure, err.
func nextWait(interval time.Duration, failures int, err error) time.Duration {
	wait := Backoff(interval, failures)
	// A server that asks for more time gets it, up to the backoff's own cap: a Retry-After of a day (or
	// a date years ahead) must not silence a source.
	var ra *crawler.RetryAfterError
	if errors.As(err, &ra) && ra.Wait > wait {
		wait = min(ra.Wait, interval*maxBackoff)
	}
	return wait
}

// maxBackoff caps the pause after failures, in intervals.
const maxBackoff = 8

// Backoff is the pause after the n-th consecutive failure: the interval, then doubling, at most
// maxBackoff intervals.
func Backoff(interval time.Duration, failures int) time.Duration {
	if failures <= 1 {
		return interval
	}
	return min(interval<<min(failures-1, 3), interval*maxBackoff)
}
