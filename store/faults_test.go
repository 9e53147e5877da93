package store

// The machine misbehaves under the store: the disk fills up while the daemon writes, and the clock
// jumps. The database must refuse what it cannot write with a clear error, keep its last good state,
// never queue an alert twice, and carry on when space returns.

import (
	"fmt"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"agrowatch"
)

// fsizeMu serialises the tests that lower this process's file size limit (RLIMIT_FSIZE): the limit is
// the whole process's, so while one holds it no other test may write a file.
var fsizeMu sync.Mutex

// limitFileSize caps every file this process writes at n bytes from now until the returned function
// is called; a write past it fails with EFBIG ("file too large"), as on a full disk. Go ignores the
// SIGXFSZ the kernel sends with it.
func limitFileSize(t *testing.T, n int64) (restore func()) {
	t.Helper()
	fsizeMu.Lock()
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		fsizeMu.Unlock()
		t.Fatal(err)
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: uint64(n), Max: old.Max}); err != nil {
		fsizeMu.Unlock()
		t.Fatal(err)
	}
	var once sync.Once
	restore = func() {
		once.Do(func() {
			if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
				t.Error(err)
			}
			fsizeMu.Unlock()
		})
	}
	t.Cleanup(restore)
	return restore
}

// bigArticle is an article with a body that does not compress to nothing, so that a few of them grow
// the file.
func bigArticle(i int, fetched time.Time) agrowatch.Article {
	a := testArticle(fmt.Sprintf("https://eldala.kz/novosti/%d", i), fetched)
	var b strings.Builder
	x := uint32(i*7919 + 1)
	for b.Len() < 24<<10 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		fmt.Fprintf(&b, "Слово%d ", x)
	}
	a.Text = b.String()
	a.Title = fmt.Sprintf("Запрет номер %d", i)
	return a
}

func bigProposal(i int, fetched time.Time) Proposal {
	a := bigArticle(i, fetched)
	m := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Lang: "ru", Sentence: fmt.Sprintf("Экспорт составил %d тонн.", 1000*(i+1)*(i+1)),
		Tonnes: float64(1000 * (i + 1) * (i + 1)), Commodity: "wheat", From: "KZ", To: "CN"}
	return propose(a, []agrowatch.Mention{m}, "-100777")
}

// A full disk: the commit that cannot grow the file fails with an error that says so, the article is
// neither seen nor queued (the next poll reads it again), what was committed before stays readable,
// and once there is room the same article commits and is queued exactly once.
func TestDiskFull(t *testing.T) {
	db, path := openTest(t, Options{Now: func() time.Time { return t0 }})
	mustCommit(t, db, bigProposal(0, t0))
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}

	restore := limitFileSize(t, st.FileSize)
	var failed int = -1
	var ferr error
	for i := 1; i < 200; i++ {
		if _, err := db.Commit(bigProposal(i, t0)); err != nil {
			failed, ferr = i, err
			break
		}
	}
	if failed < 0 {
		restore()
		t.Fatalf("200 articles of 24 KiB committed into a file capped at %d bytes", st.FileSize)
	}
	// bbolt words the cause in its message and does not wrap it.
	if !strings.Contains(ferr.Error(), "file too large") || !strings.HasPrefix(ferr.Error(), "store: ") {
		t.Errorf("the failed commit says %q: want the store's prefix and the cause (file too large)", ferr)
	}
	p := bigProposal(failed, t0)
	seen, err := db.Seen(p.Article.URL)
	if err != nil || seen {
		t.Errorf("the article that failed to commit is seen: %v, %v", seen, err)
	}
	// Reads go on while the disk is full.
	if seen, err := db.Seen(bigArticle(0, t0).URL); err != nil || !seen {
		t.Errorf("the first article is not seen while the disk is full: %v, %v", seen, err)
	}
	due, err := db.Due(t0.Add(time.Hour), 0)
	if err != nil {
		t.Fatalf("the outbox is unreadable while the disk is full: %v", err)
	}
	if len(due) != failed {
		t.Errorf("%d deliveries queued, want one for each of the %d articles committed", len(due), failed)
	}
	// Delivering while full: a delivery recorded as sent must not come back. Either it is recorded, or
	// the error says it was not (and the sender keeps it).
	derr := db.Delivered(due[0].ID)

	restore()
	if derr != nil {
		if err := db.Delivered(due[0].ID); err != nil {
			t.Fatalf("with room again, Delivered: %v", err)
		}
	}
	out, err := db.Commit(p)
	if err != nil {
		t.Fatalf("with room again, the commit fails: %v", err)
	}
	if !out.New || out.Queued != 1 {
		t.Errorf("with room again: new %v, queued %d; want a new article queued once", out.New, out.Queued)
	}
	if again, err := db.Commit(p); err != nil || again.New || again.Queued != 0 {
		t.Errorf("the same article again: %+v, %v", again, err)
	}

	// The file is whole: reopened, it holds every article committed and the outbox as it was left.
	db = reopen(t, db, Options{Now: func() time.Time { return t0 }})
	n := 0
	if err := db.Articles(time.Time{}, func(Record) error { n++; return nil }); err != nil {
		t.Fatalf("reading the articles back: %v", err)
	}
	if n != failed+1 {
		t.Errorf("%d articles after reopening %s, want %d", n, path, failed+1)
	}
	if due, err := db.Due(t0.Add(time.Hour), 0); err != nil || len(due) != failed {
		t.Errorf("after reopening: %d deliveries (%v), want %d (one delivered)", len(due), err, failed)
	}
}

// A clock that jumps forwards past the retention and back: retention turns the old articles into
// tombstones, which are still seen (never fetched or alerted again), and an alert still waiting in the
// outbox is delivered all the same.
func TestClockJumps(t *testing.T) {
	now := t0
	clock := func() time.Time { return now }
	db, _ := openTest(t, Options{Now: clock})
	p := propose(testArticle("https://eldala.kz/novosti/1", t0), testMentions(), "-100777")
	if out := mustCommit(t, db, p); out.Queued != 1 {
		t.Fatalf("queued %d", out.Queued)
	}

	// Forwards two years: a retention of one year prunes the article, whose alert was not sent yet.
	now = t0.AddDate(2, 0, 0)
	pruned, err := db.Prune(now.AddDate(-1, 0, 0))
	if err != nil || pruned != 1 {
		t.Fatalf("Prune: %d, %v", pruned, err)
	}
	due, err := db.Due(now, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(due) != 1 || due[0].Alert.URL != p.Article.URL {
		t.Errorf("after the jump and the prune, due %+v: the waiting alert is lost", due)
	}
	if seen, err := db.Seen(p.Article.URL); err != nil || !seen {
		t.Errorf("the pruned article is not seen: %v, %v", seen, err)
	}
	again := p
	again.Article.Fetched = now
	if out := mustCommit(t, db, again); out.New || out.Queued != 0 {
		t.Errorf("the pruned article read again: %+v", out)
	}

	// Backwards three years: a new article is fetched "before" the old one; retention leaves it be.
	now = t0.AddDate(-1, 0, 0)
	q := propose(testArticle("https://eldala.kz/novosti/2", now), []agrowatch.Mention{meat18}, "-100777")
	if out := mustCommit(t, db, q); !out.New || out.Queued != 1 {
		t.Errorf("an article after the clock went back: %+v", out)
	}
	if pruned, err := db.Prune(now.AddDate(-1, 0, 0)); err != nil || pruned != 0 {
		t.Errorf("Prune after the clock went back: %d, %v", pruned, err)
	}
	if seen, err := db.Seen(q.Article.URL); err != nil || !seen {
		t.Errorf("the new article is not seen: %v, %v", seen, err)
	}
}

// A body that does not compress and is too long to keep whole (a page of binary garbage read as
// text, a huge report) is kept in part: the article commits, its alert is queued, and its source's
// polls do not fail on it for ever.
func TestBodyTooLongKeptInPart(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	a := testArticle("https://eldala.kz/novosti/huge", t0)
	var b strings.Builder
	x := uint32(7)
	for b.Len() < 600<<10 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteRune(rune(0x400 + x%0x100)) // Cyrillic letters in no order: two bytes each, no repeats to compress
	}
	a.Text = b.String()
	out, err := db.Commit(propose(a, testMentions(), "-100777"))
	if err != nil {
		t.Fatalf("the article was refused: %v", err)
	}
	if !out.New || out.Queued != 1 {
		t.Errorf("outcome %+v", out)
	}
	rec, ok, err := db.Lookup(a.URL)
	if err != nil || !ok || !rec.Partial {
		t.Fatalf("record %+v, %v, %v: want one marked partial", rec, ok, err)
	}
	body, err := db.Body(rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(body) == 0 || len(body) >= len(a.Text) || !strings.HasPrefix(a.Text, body) {
		t.Errorf("kept %d of %d bytes: want a beginning of the body", len(body), len(a.Text))
	}
}
