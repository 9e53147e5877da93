package watch

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/store"
)

// gatedStore is the test store with its first CommitBatch held until release is closed, and a log of
// the commits' sizes and the validators stored, in the order the store saw them.
type gatedStore struct {
	*testStore
	release chan struct{}
	mu      sync.Mutex
	log     []string
	commits int
}

func (s *gatedStore) CommitBatch(ps []store.Proposal) ([]store.Outcome, []error) {
	s.mu.Lock()
	s.commits++
	first := s.commits == 1
	s.mu.Unlock()
	if first {
		<-s.release
	}
	outs, errs := s.testStore.CommitBatch(ps)
	s.mu.Lock()
	s.log = append(s.log, fmt.Sprintf("commit %d", len(ps)))
	s.mu.Unlock()
	return outs, errs
}

func (s *gatedStore) SetValidators(source, url string, v agrowatch.Validators) error {
	s.mu.Lock()
	s.log = append(s.log, "validators")
	s.mu.Unlock()
	return s.testStore.SetValidators(source, url, v)
}

func banArticles(n int, now time.Time) []agrowatch.Article {
	var out []agrowatch.Article
	for i := range n {
		out = append(out, agrowatch.Article{URL: fmt.Sprintf("https://x.kz/%d", i), Title: fmt.Sprintf("ban on good%d", i), Fetched: now})
	}
	return out
}

// TestPollCommitsWhileReading: the poll goes on reading while a batch is written, the articles read
// meanwhile join the next transaction (up to maxBatch, then the poll waits), and the listing's
// validators are stored only once every article before them is on disk.
func TestPollCommitsWhileReading(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	st := &gatedStore{testStore: newTestStore(t), release: make(chan struct{})}
	const n = batchSize + maxBatch + 10
	src := &passSource{name: "s", articles: banArticles(n, now)}
	w := newWatcher(st, now, Source{Source: src, Interval: time.Minute})
	read := 0
	w.Read = func(int) {
		// The first batch is held on its way to disk until the poll has read all that may wait for it.
		if read++; read == batchSize+maxBatch {
			close(st.release)
		}
	}
	var polled []Result
	w.Polled = func(_ string, r Result) { polled = append(polled, r) }
	res := w.Poll(context.Background(), w.Sources[0])
	if res.Err != nil || res.New != n || res.Alerted != n {
		t.Fatalf("poll: %+v, want %d new and alerted", res, n)
	}
	if len(polled) != 1 || polled[0].New != n {
		t.Errorf("Polled told %+v, want the poll's result once", polled)
	}
	want := []string{fmt.Sprintf("commit %d", batchSize), fmt.Sprintf("commit %d", maxBatch), "commit 10", "validators"}
	if !slices.Equal(st.log, want) {
		t.Errorf("the store saw %q, want %q", st.log, want)
	}
	if got := len(st.queued(t)); got != 2*n {
		t.Errorf("%d deliveries queued, want %d", got, 2*n)
	}
}

// TestPollFailedCommitKeepsListingUnread: a batch the store refuses while the poll reads on fails the
// poll; the listing's validators are not stored, and the next poll records what was refused.
func TestPollFailedCommitKeepsListingUnread(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	fault := errors.New("write agrowatch.db: no space left on device")
	st := &gatedStore{testStore: newTestStore(t), release: make(chan struct{})}
	close(st.release)
	st.failNext = fault
	const n = batchSize + 36
	src := &passSource{name: "s", articles: banArticles(n, now)}
	w := newWatcher(st, now, Source{Source: src, Interval: time.Minute})
	res := w.Poll(context.Background(), w.Sources[0])
	if !errors.Is(res.Err, fault) {
		t.Fatalf("poll error %v, want the store's %v", res.Err, fault)
	}
	if v, _ := st.Validators("s", "https://eldala.kz/"); v != (agrowatch.Validators{}) {
		t.Errorf("validators %+v stored after a failed commit", v)
	}
	res = w.Poll(context.Background(), w.Sources[0])
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if got := len(st.queued(t)); got != 2*n {
		t.Errorf("after the second poll %d deliveries queued, want %d", got, 2*n)
	}
	if v, _ := st.Validators("s", "https://eldala.kz/"); v == (agrowatch.Validators{}) {
		t.Error("validators not stored after a good poll")
	}
}

// lookupCounter counts the store's record look-ups.
type lookupCounter struct {
	*testStore
	n int
}

func (c *lookupCounter) Lookup(urlOrKey string) (store.Record, bool, error) {
	c.n++
	return c.testStore.Lookup(urlOrKey)
}

// ArticleValidators answers from what Seen just looked up, once: a known article's validators, none for
// a new one, without reading the record again.
func TestRereadingLooksUpOnce(t *testing.T) {
	now := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	st := &lookupCounter{testStore: newTestStore(t)}
	w := newWatcher(st, now)
	w.Reread = 48 * time.Hour
	old := agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/1-old", Title: "Old", Text: "text",
		Lang: "ru", Published: now.Add(-2 * time.Hour), Fetched: now.Add(-2 * time.Hour),
		Validators: agrowatch.Validators{ETag: `"v1"`, LastModified: "Thu, 01 Oct 2026 10:00:00 GMT"}}
	if _, _, err := w.Process(old); err != nil {
		t.Fatal(err)
	}
	r := rereading{w: w, interval: time.Hour, looked: &lookups{}}
	for _, tt := range []struct {
		url  string
		want agrowatch.Validators
	}{{old.URL, old.Validators}, {"https://eldala.kz/novosti/2-new", agrowatch.Validators{}}} {
		st.n = 0
		if seen, err := r.Seen(tt.url); err != nil || seen {
			t.Fatalf("Seen(%s) = %v, %v; want unseen (new, or young and read an interval ago)", tt.url, seen, err)
		}
		v, err := r.ArticleValidators(tt.url)
		if err != nil || v != tt.want || st.n != 1 {
			t.Errorf("%s: validators %+v, %v after %d look-ups; want %+v after 1", tt.url, v, err, st.n, tt.want)
		}
		if v, err := r.ArticleValidators(tt.url); err != nil || v != tt.want || st.n != 2 {
			t.Errorf("%s asked again: validators %+v, %v after %d look-ups; want %+v read again", tt.url, v, err, st.n, tt.want)
		}
	}
}
