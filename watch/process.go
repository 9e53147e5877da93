package watch

import (
	"fmt"
	"log/slog"
	"sync"
	"time"

	"agrowatch"
	"agrowatch/dedup"
	"agrowatch/store"
)

// Process decides one article: extracts its mentions, fingerprints its body, and has the store decide
// in one transaction whether any of it is news (dedup) and queue the alert. It reports whether an alert
// was queued and whether the article was new.
func (w *Watcher) Process(a agrowatch.Article) (alerted, isNew bool, err error) {
	out, err := w.Store.Commit(w.propose(a))
	if err != nil {
		return false, false, fmt.Errorf("watch: %s: %w", a.URL, err)
	}
	w.decided(a, out)
	return out.Alert != nil, out.New, nil
}

// propose reads an article's mentions and fingerprint: everything the store's decision needs.
func (w *Watcher) propose(a agrowatch.Article) store.Proposal {
	mentions, err := w.mentions(a)
	if err != nil {
		// The extractor panicked on this text. The article is recorded without mentions, so that it is
		// not fetched and crashed on again after every restart; the log names it for a bug report.
		w.Logger.Error("extraction failed: article recorded without mentions", slog.String("source", a.Source), slog.String("url", a.URL), slog.Any("err", err))
		mentions = nil
	}
	fp, hasPrint := dedup.Of(a.Text)
	return store.Proposal{
		Article:      a,
		Mentions:     mentions,
		Fingerprint:  fp,
		HasPrint:     hasPrint,
		Fresh:        w.fresh(a),
		Window:       w.Window,
		Destinations: w.route,
		FollowUps:    w.FollowUps,
	}
}

// decided logs what the store decided for one article and wakes the sender for an alert.
func (w *Watcher) decided(a agrowatch.Article, out store.Outcome) {
	d := out.Decision
	switch {
	case out.Edited:
		w.Logger.Info("article edited", slog.String("source", a.Source), slog.String("url", a.URL), slog.Int("new_mentions", len(d.Alert)))
	case out.New && d.Story != 0:
		w.Logger.Info("story already told", slog.String("source", a.Source), slog.String("url", a.URL), slog.Uint64("story", d.Story))
	case out.New && len(d.RepeatOf) > 0:
		w.Logger.Info("facts already alerted", slog.String("source", a.Source), slog.String("url", a.URL), slog.Int("repeats", len(d.RepeatOf)))
	}
	if out.Alert != nil {
		w.Logger.Info("alert queued", slog.String("source", a.Source), slog.String("url", a.URL), slog.Int("mentions", len(out.Alert.Mentions)))
		if w.Queued != nil {
			w.Queued()
		}
	}
}

// batchSize is how many articles of one poll are committed in one transaction at least, when the poll
// has that many. A transaction costs two fdatasyncs whatever it holds; at this size they are a small
// part of a batch's time, and the first alert of a large first poll waits for at most this many
// articles.
const batchSize = 64

// maxBatch bounds a transaction when the disk is slower than the poll: the articles proposed while a
// commit is under way join the next one (a group commit) up to this many, and then the poll waits.
const maxBatch = 4 * batchSize

// batch gathers the articles of one poll and has the store decide them together (store.CommitBatch).
// A commit runs while the poll reads and extracts the next articles, so that the disk's fdatasyncs and
// the CPU's work overlap; there is at most one in flight, and commits keep the poll's order. An article
// is acknowledged (seen by the crawler) only once its batch is on disk, and a listing's validators are
// stored only after every batch before them (rereading.SetValidators waits for them), so a crash never
// leaves a listing marked read whose articles were not recorded.
type batch struct {
	w        *Watcher
	res      *Result
	pending  []store.Proposal
	inflight chan committed // the commit under way, nil when none
}

// committed is what one commit of a batch came to.
type committed struct {
	new, alerted int
	err          error // the first article's error, the others being logged
}

func (w *Watcher) newBatch(res *Result) *batch { return &batch{w: w, res: res} }

// add proposes one article and starts a commit when enough are pending and the disk is free, or waits
// for the disk when maxBatch are pending. It returns the first error of the commit it waited for.
func (b *batch) add(a agrowatch.Article) error {
	b.pending = append(b.pending, b.w.propose(a))
	if len(b.pending) < batchSize {
		return nil
	}
	if b.inflight != nil && len(b.pending) < maxBatch {
		select {
		case c := <-b.inflight:
			b.inflight = nil
			err := b.count(c)
			b.start()
			return err
		default:
			return nil // the disk is busy: the next commit takes more
		}
	}
	err := b.wait()
	b.start()
	return err
}

// start commits what is pending in the background.
func (b *batch) start() {
	ps := b.pending
	b.pending = nil
	done := make(chan committed, 1)
	b.inflight = done
	go func() { done <- b.commit(ps) }()
}

// wait waits for the commit under way, if any, and counts it.
func (b *batch) wait() error {
	if b.inflight == nil {
		return nil
	}
	c := <-b.inflight
	b.inflight = nil
	return b.count(c)
}

func (b *batch) count(c committed) error {
	b.res.New += c.new
	b.res.Alerted += c.alerted
	return c.err
}

// flush waits for the commit under way and commits what is pending; it returns the first error of
// either. Once it returns, every article added is on disk or failed.
func (b *batch) flush() error {
	err := b.wait()
	if len(b.pending) == 0 {
		return err
	}
	ps := b.pending
	b.pending = nil
	if err2 := b.count(b.commit(ps)); err == nil {
		err = err2
	}
	return err
}

// commit has the store decide ps in one transaction and tells what it decided (logs, the sender's
// wake-up) as soon as it is on disk.
func (b *batch) commit(ps []store.Proposal) committed {
	var c committed
	outs, errs := b.w.Store.CommitBatch(ps)
	for i, p := range ps {
		if errs[i] != nil {
			err := fmt.Errorf("watch: %s: %w", p.Article.URL, errs[i])
			if c.err == nil {
				c.err = err
			} else {
				b.w.Logger.Error("article not recorded", slog.String("source", p.Article.Source), slog.String("url", p.Article.URL), slog.Any("err", errs[i]))
			}
			continue
		}
		b.w.decided(p.Article, outs[i])
		if outs[i].New {
			c.new++
		}
		if outs[i].Alert != nil {
			c.alerted++
		}
	}
	return c
}

// mentions is Mentions with a panic turned into an error.
func (w *Watcher) mentions(a agrowatch.Article) (ms []agrowatch.Mention, err error) {
	defer func() {
		if p := recover(); p != nil {
			ms, err = nil, fmt.Errorf("watch: extractor panicked: %v", p)
		}
	}()
	return Mentions(w.Extractor, a), nil
}

func (w *Watcher) route(al agrowatch.Alert) []string {
	if w.Route != nil {
		return w.Route(al)
	}
	return w.Destinations
}

// fresh says whether an article is young enough to alert; an article without a date counts as new.
func (w *Watcher) fresh(a agrowatch.Article) bool {
	return a.Published.IsZero() || w.Now().Sub(a.Published) <= w.MaxAge
}

// Mentions reads an article's facts the way every command shows them: the body first, because where
// the title repeats a fact of the body, the body's sentence says more (who, why, how much) and is the
// one quoted; a fact only the title gives is kept too. Mentions of the body that differ in any field are
// all kept (dedup.Distinct).
func Mentions(x Extractor, a agrowatch.Article) []agrowatch.Mention {
	return dedup.Distinct(x.Extract(a.Text, a.Lang), x.Extract(a.Title, a.Lang)...)
}

// rereading is the store as one source's poll sees it: an article still young (within Reread of its
// first read) and not read for a poll interval counts as unseen, so that the crawler reads it again and
// an edit is found. Everything else is the store's own answer.
type rereading struct {
	w        *Watcher
	interval time.Duration
	batch    *batch   // committed before validators are stored; nil when there is none
	looked   *lookups // what Seen found this poll, for ArticleValidators; nil: nothing kept
}

// lookups keeps the validators of the records Seen looked up during one poll (zero for an article the
// store does not hold): the crawler asks ArticleValidators of every article it reads right after Seen,
// and reading the record again was a second read transaction for each, to find none for a new article.
// An answer is used once.
type lookups struct {
	mu sync.Mutex
	v  map[string]agrowatch.Validators
}

func (l *lookups) keep(urlOrKey string, v agrowatch.Validators) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.v == nil {
		l.v = map[string]agrowatch.Validators{}
	}
	l.v[urlOrKey] = v
}

func (l *lookups) take(urlOrKey string) (agrowatch.Validators, bool) {
	if l == nil {
		return agrowatch.Validators{}, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.v[urlOrKey]
	delete(l.v, urlOrKey)
	return v, ok
}

func (r rereading) Seen(urlOrKey string) (bool, error) {
	if r.w.Reread <= 0 {
		return r.w.Store.Seen(urlOrKey)
	}
	rec, ok, err := r.w.Store.Lookup(urlOrKey)
	if err != nil {
		return ok, err
	}
	r.looked.keep(urlOrKey, agrowatch.Validators{ETag: rec.ETag, LastModified: rec.LastModified})
	if !ok {
		return false, nil
	}
	now := r.w.Now()
	young := now.Sub(rec.Fetched) < r.w.Reread && !rec.Tombstone
	return !(young && now.Sub(rec.LastRead()) >= r.interval), nil
}

// ArticleValidators are the headers an article page was last served with, so that reading it again for
// edits costs a 304 when it has none.
func (r rereading) ArticleValidators(canonical string) (agrowatch.Validators, error) {
	if v, ok := r.looked.take(canonical); ok {
		return v, nil
	}
	rec, ok, err := r.w.Store.Lookup(canonical)
	if err != nil || !ok {
		return agrowatch.Validators{}, err
	}
	return agrowatch.Validators{ETag: rec.ETag, LastModified: rec.LastModified}, nil
}

func (r rereading) Validators(source, url string) (agrowatch.Validators, error) {
	return r.w.Store.Validators(source, url)
}

func (r rereading) SetValidators(source, url string, v agrowatch.Validators) error {
	if r.batch != nil {
		if err := r.batch.flush(); err != nil {
			return err // the listing stays unread: its articles are fetched again next time
		}
	}
	return r.w.Store.SetValidators(source, url, v)
}
