package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/crawler"
	"agrowatch/store"
)

// testStore is the real store on a temporary file, with one fault it can inject: the next Commit fails.
type testStore struct {
	*store.DB
	mu       sync.Mutex
	failNext error
}

func newTestStore(t testing.TB) *testStore {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "agrowatch.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &testStore{DB: db}
}

func (s *testStore) Commit(p store.Proposal) (store.Outcome, error) {
	s.mu.Lock()
	err := s.failNext
	s.failNext = nil
	s.mu.Unlock()
	if err != nil {
		return store.Outcome{}, err
	}
	return s.DB.Commit(p)
}

func (s *testStore) CommitBatch(ps []store.Proposal) ([]store.Outcome, []error) {
	s.mu.Lock()
	err := s.failNext
	s.failNext = nil
	s.mu.Unlock()
	if err != nil {
		errs := make([]error, len(ps))
		for i := range errs {
			errs[i] = err
		}
		return make([]store.Outcome, len(ps)), errs
	}
	return s.DB.CommitBatch(ps)
}

// queued lists every delivery in the outbox.
func (s *testStore) queued(t testing.TB) []agrowatch.Delivery {
	t.Helper()
	due, err := s.Due(time.Now().Add(24*time.Hour), 0)
	if err != nil {
		t.Fatal(err)
	}
	return due
}

// keywordExtractor finds a meat_ban wherever the text says "ban".
type keywordExtractor struct{}

func (keywordExtractor) Extract(text, lang string) []agrowatch.Mention {
	if !strings.Contains(text, "ban") {
		return nil
	}
	// "ban on X" names the commodity, so that articles about different goods state different facts.
	m := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "imposed", Sentence: text, Lang: lang}
	if _, after, ok := strings.Cut(text, "ban on "); ok {
		m.Commodity, _, _ = strings.Cut(after, " ")
	}
	return []agrowatch.Mention{m}
}

type listSource struct {
	name     string
	articles []agrowatch.Article
	rep      crawler.Report
	err      error
	polls    int
}

func (l *listSource) Name() string { return l.name }
func (l *listSource) Poll(ctx context.Context, st crawler.State, emit func(agrowatch.Article) error) (crawler.Report, error) {
	l.polls++
	rep := l.rep
	for _, a := range l.articles {
		rep.Items++
		if seen, _ := st.Seen(a.URL); seen {
			continue
		}
		rep.New++
		if err := emit(a); err != nil {
			return rep, err
		}
		rep.Articles++
	}
	return rep, l.err
}

func newWatcher(st Store, now time.Time, srcs ...Source) *Watcher {
	return &Watcher{
		Store: st, Extractor: keywordExtractor{}, Sources: srcs, Destinations: []string{"-1", "-2"},
		MaxAge: 72 * time.Hour, Now: func() time.Time { return now },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
}

func TestProcessDecidesEachArticleOnce(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		article   agrowatch.Article
		wantAlert bool
	}{
		{"fresh with mention", agrowatch.Article{URL: "u1", Title: "China ban", Published: now.Add(-time.Hour)}, true},
		{"mention in body only", agrowatch.Article{URL: "u2", Title: "News", Text: "a ban on beef", Published: now.Add(-time.Hour)}, true},
		{"no date counts as new", agrowatch.Article{URL: "u3", Title: "ban"}, true},
		{"too old is stored, not alerted", agrowatch.Article{URL: "u4", Title: "ban", Published: now.Add(-73 * time.Hour)}, false},
		{"no mention", agrowatch.Article{URL: "u5", Title: "Tractors", Text: "shown in Astana", Published: now}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newTestStore(t)
			w := newWatcher(st, now)
			queued := 0
			w.Queued = func() { queued++ }
			alerted, isNew, err := w.Process(tt.article)
			if err != nil || !isNew || alerted != tt.wantAlert {
				t.Fatalf("Process = %v, %v, %v; want alerted=%v, new", alerted, isNew, err, tt.wantAlert)
			}
			if want := map[bool]int{true: 2, false: 0}[tt.wantAlert]; len(st.queued(t)) != want {
				t.Errorf("%d deliveries queued, want %d (one per destination)", len(st.queued(t)), want)
			}
			if seen, _ := st.Seen(tt.article.URL); !seen {
				t.Error("article not recorded")
			}
			alerted, isNew, err = w.Process(tt.article)
			if err != nil || isNew || alerted {
				t.Errorf("second Process = %v, %v, %v; want nothing", alerted, isNew, err)
			}
			if tt.wantAlert != (queued == 1) {
				t.Errorf("sender woken %d times", queued)
			}
		})
	}
}

// A fact in the title and the body is quoted from the body, which says more.
func TestProcessQuotesTheBody(t *testing.T) {
	st := newTestStore(t)
	w := newWatcher(st, time.Now())
	if _, _, err := w.Process(agrowatch.Article{URL: "u", Title: "China ban", Text: "China lifted its ban on Kazakh beef"}); err != nil {
		t.Fatal(err)
	}
	if len(st.queued(t)) == 0 {
		t.Fatal("no alert")
	}
	ms := st.queued(t)[0].Alert.Mentions
	if len(ms) != 1 || ms[0].Sentence != "China lifted its ban on Kazakh beef" {
		t.Errorf("mentions %+v, want the body's sentence once", ms)
	}
}

// TestPollStopsOnStoreFailureAndRecordsHealth: a disk that is full, or read-only, fails the poll with
// the store's error named; nothing is queued; the next poll, with the disk writable, loses nothing.
func TestPollStopsOnStoreFailureAndRecordsHealth(t *testing.T) {
	for _, fault := range []error{errors.New("write agrowatch.db: no space left on device"), syscall.EROFS} {
		t.Run(fault.Error(), func(t *testing.T) { testStoreFailure(t, fault) })
	}
}

func testStoreFailure(t *testing.T, fault error) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	st := newTestStore(t)
	st.failNext = fault
	src := &listSource{name: "s", articles: []agrowatch.Article{{URL: "a", Title: "ban on beef"}, {URL: "b", Title: "ban on pork"}}}
	w := newWatcher(st, now, Source{Source: src, Interval: time.Minute})
	res := w.Poll(context.Background(), w.Sources[0])
	if res.Err == nil || !errors.Is(res.Err, fault) {
		t.Fatalf("poll error %v, want the store's %v", res.Err, fault)
	}
	if n := len(st.queued(t)); n != 0 {
		t.Fatalf("%d deliveries queued by a poll the store refused", n)
	}
	h, ok, _ := st.Health("s")
	if !ok || h.Failures != 1 || !strings.Contains(h.LastError, fault.Error()) {
		t.Errorf("health after a failed poll: %+v", h)
	}
	// The next poll processes both articles: nothing was lost.
	res = w.Poll(context.Background(), w.Sources[0])
	if res.Err != nil || res.New != 2 || res.Alerted != 2 || len(st.queued(t)) != 4 {
		t.Errorf("second poll: %+v, queued %d", res, len(st.queued(t)))
	}
	h, _, _ = st.Health("s")
	if h.Failures != 0 || h.LastSuccess != now {
		t.Errorf("health after a good poll: %+v", h)
	}
}

func TestOnceCountsSources(t *testing.T) {
	st := newTestStore(t)
	good := &listSource{name: "good", articles: []agrowatch.Article{{URL: "a", Title: "ban"}}}
	bad := &listSource{name: "bad", err: errors.New("HTTP 500")}
	w := newWatcher(st, time.Now(), Source{Source: good, Interval: time.Minute}, Source{Source: bad, Interval: time.Minute})
	ok, errs := w.Once(context.Background())
	if ok != 1 || len(errs) != 1 {
		t.Fatalf("Once = %d, %v; want 1 good, 1 error", ok, errs)
	}
	if got := errs[0].Error(); got != "bad: HTTP 500" {
		t.Errorf("error %q does not name the source", got)
	}
}

// scriptSource fails or succeeds as its script says, one entry per poll, and signals each poll.
type scriptSource struct {
	errs  []error
	polls chan int
	n     int
}

func (s *scriptSource) Name() string { return "scripted" }
func (s *scriptSource) Poll(ctx context.Context, st crawler.State, emit func(agrowatch.Article) error) (crawler.Report, error) {
	var err error
	if s.n < len(s.errs) {
		err = s.errs[s.n]
	}
	s.n++
	s.polls <- s.n
	return crawler.Report{Items: 1}, err
}

func TestRunSchedulesWithBackoff(t *testing.T) {
	const interval = time.Minute
	down := errors.New("HTTP 500")
	src := &scriptSource{
		errs: []error{down, down, down, down, down, nil, &crawler.RetryAfterError{Wait: 3 * interval},
			&crawler.RetryAfterError{Wait: 24 * time.Hour}, nil},
		polls: make(chan int, 16),
	}
	w := newWatcher(newTestStore(t), time.Now(), Source{Source: src, Interval: interval})
	var waits []time.Duration
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	w.After = func(d time.Duration) <-chan time.Time {
		waits = append(waits, d)
		if len(waits) == len(src.errs) {
			cancel()
		}
		c := make(chan time.Time, 1)
		c <- time.Time{}
		return c
	}
	w.Run(ctx)
	want := []time.Duration{
		interval, 2 * interval, 4 * interval, 8 * interval, 8 * interval, // five failures: doubling, capped at 8
		interval,     // success resets
		3 * interval, // Retry-After longer than the backoff is honoured
		8 * interval, // but never beyond the cap
		interval,     // success
	}
	if fmt.Sprint(waits) != fmt.Sprint(want) {
		t.Errorf("waits between polls\n got %v\nwant %v", waits, want)
	}
}

func TestRunStopsWithContext(t *testing.T) {
	src := &scriptSource{polls: make(chan int, 4)}
	w := newWatcher(newTestStore(t), time.Now(), Source{Source: src, Interval: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { w.Run(ctx); close(done) }()
	select {
	case <-src.polls:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not poll its source")
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel while waiting an hour for the next poll")
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		failures int
		want     time.Duration
	}{{0, 15 * time.Minute}, {1, 15 * time.Minute}, {2, 30 * time.Minute}, {3, time.Hour}, {4, 2 * time.Hour}, {5, 2 * time.Hour}, {50, 2 * time.Hour}}
	for _, tt := range tests {
		if got := Backoff(15*time.Minute, tt.failures); got != tt.want {
			t.Errorf("Backoff(15m, %d) = %v, want %v", tt.failures, got, tt.want)
		}
	}
}

// fixedExtractor gives the mentions listed for each text.
type fixedExtractor map[string][]agrowatch.Mention

func (x fixedExtractor) Extract(text, _ string) []agrowatch.Mention { return x[text] }

// TestMentionsKeepsEveryFact: mentions that differ in any field are all kept ("lifted its ban on Kazakh
// beef … also on poultry"; "1.2 Mt of wheat in 2023 … 1.2 Mt of barley in 2024"); only the title's
// repeat of a body fact goes.
func TestMentionsKeepsEveryFact(t *testing.T) {
	beef := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Commodity: "beef", Sentence: "China lifted its ban on Kazakh beef."}
	poultry := beef
	poultry.Commodity, poultry.Sentence = "poultry", "It also lifted the one on poultry."
	wheat := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Tonnes: 1.2e6, Commodity: "wheat", Year: 2023, Sentence: "1.2 Mt of wheat in 2023."}
	barley := wheat
	barley.Commodity, barley.Year, barley.Sentence = "barley", 2024, "1.2 Mt of barley in 2024."
	title := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", Sentence: "China lifts meat ban"}
	a := agrowatch.Article{Title: "China lifts meat ban", Text: "body"}
	x := fixedExtractor{"body": {beef, poultry, wheat, barley}, "China lifts meat ban": {title}}
	got := Mentions(x, a)
	if len(got) != 4 {
		t.Fatalf("Mentions kept %d of 4 facts: %+v", len(got), got)
	}
	for i, want := range []agrowatch.Mention{beef, poultry, wheat, barley} {
		if got[i] != want {
			t.Errorf("mention %d = %+v, want %+v", i, got[i], want)
		}
	}
}

type panickyExtractor struct{}

func (panickyExtractor) Extract(string, string) []agrowatch.Mention { panic("index out of range") }

// TestProcessRecoversFromExtractorPanic: a text that crashes the extractor is recorded, logged with its
// URL, and not read again.
func TestProcessRecoversFromExtractorPanic(t *testing.T) {
	st := newTestStore(t)
	var logs strings.Builder
	w := &Watcher{Store: st, Extractor: panickyExtractor{}, Destinations: []string{"-1001"}, MaxAge: time.Hour,
		Now: time.Now, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	_, isNew, err := w.Process(agrowatch.Article{URL: "https://eldala.kz/novosti/x/1-crash", Title: "t", Text: "text"})
	if err != nil || !isNew {
		t.Fatalf("Process = new %v, %v; want the article recorded", isNew, err)
	}
	if seen, _ := st.Seen("https://eldala.kz/novosti/x/1-crash"); !seen {
		t.Error("the article is not recorded: it would be fetched and crash again")
	}
	if !strings.Contains(logs.String(), "extractor panicked") || !strings.Contains(logs.String(), "1-crash") {
		t.Errorf("log does not name the panic and the URL:\n%s", logs.String())
	}
	if n := len(st.queued(t)); n != 0 {
		t.Errorf("%d deliveries queued", n)
	}
}

// Found when tried: after a failed poll the log was silent for a whole interval; it now says when the
// source is polled next.
func TestFailedPollSaysWhenItPollsNext(t *testing.T) {
	const interval = time.Minute
	down := errors.New("HTTP 500")
	src := &scriptSource{errs: []error{down, down}, polls: make(chan int, 4)}
	var logs strings.Builder
	w := newWatcher(newTestStore(t), time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC), Source{Source: src, Interval: interval})
	w.Logger = slog.New(slog.NewTextHandler(&syncWriter{w: &logs}, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	w.After = func(d time.Duration) <-chan time.Time {
		if n++; n == 2 {
			cancel()
		}
		c := make(chan time.Time, 1)
		c <- time.Time{}
		return c
	}
	w.Run(ctx)
	for _, want := range []string{
		`level=WARN msg="poll failed" source=scripted failures=1 err="HTTP 500" next_poll_in=1m0s next_poll_at=2026-12-01T08:01:00.000Z`,
		`level=WARN msg="poll failed" source=scripted failures=2 err="HTTP 500" next_poll_in=2m0s next_poll_at=2026-12-01T08:02:00.000Z`,
	} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("the log lacks\n%s\nin\n%s", want, logs.String())
		}
	}
}

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

// syncWriter lets goroutines share one log buffer.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// A first run over a source's back catalogue records every article and alerts only the young ones; the
// log says how many were kept silent.
func TestFirstRunKeepsTheBackCatalogueSilent(t *testing.T) {
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	var arts []agrowatch.Article
	for i := range 30 {
		arts = append(arts, agrowatch.Article{URL: fmt.Sprintf("u%d", i), Title: fmt.Sprintf("ban on item%d", i), Published: now.Add(-time.Duration(i*24) * time.Hour)})
	}
	st := newTestStore(t)
	src := &listSource{name: "big", articles: arts}
	w := newWatcher(st, now, Source{Source: src, Interval: time.Hour})
	var logs strings.Builder
	w.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	res := w.Poll(context.Background(), w.Sources[0])
	// Published today, 1, 2 and 3 days ago: max_age is 72 h, so four are young.
	if res.New != 30 || res.Alerted != 4 || res.Old != 26 {
		t.Errorf("new %d, alerted %d, old %d; want 30, 4, 26", res.New, res.Alerted, res.Old)
	}
	if want := `msg="recorded without an alert: older than alerts.max_age" source=big articles=26 max_age=72h0m0s`; !strings.Contains(logs.String(), want) {
		t.Errorf("the log lacks %s:\n%s", want, logs.String())
	}
}
