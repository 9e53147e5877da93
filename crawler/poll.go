package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/preset"
)

// errOffSite is wrapped by the error of a link or redirect to another site: a source reads its own
// site only, so that a preset moved to a mirror or a test server never leaves it.
var errOffSite = errors.New("link to another site")

// item is one entry of a listing or feed, before its page is read.
type item struct {
	URL       string // the page to fetch
	Canonical string // the article's identity
	Key       string // a stable id the site gives besides the URL, or ""
	Title     string
	Published time.Time
	Content   string // text the feed carried: the article when its page cannot be read
	FromFeed  bool   // title and date come from feed metadata and beat what the page shows
}

// listing is what one poll's listing or feed showed.
type listing struct {
	items       []item
	notModified bool
	fallback    bool // the source's own selectors found nothing; generic discovery was used
	notes       []string
	// canonicals indexes items[:indexed] by canonical URL for add: a scan of the items for every link
	// made a listing of 10,000 links cost seconds of CPU per poll.
	canonicals map[string]bool
	indexed    int
}

// add appends an item unless the listing already holds its canonical URL. Items appended to l.items
// directly are indexed on the next add.
func (l *listing) add(it item) {
	if l.canonicals == nil || l.indexed > len(l.items) {
		l.canonicals, l.indexed = map[string]bool{}, 0
	}
	for ; l.indexed < len(l.items); l.indexed++ {
		l.canonicals[l.items[l.indexed].Canonical] = true
	}
	if l.canonicals[it.Canonical] {
		return
	}
	l.items = append(l.items, it)
	l.canonicals[it.Canonical] = true
	l.indexed++
}

// site is what a preset or type adds to the shared poll loop.
type site interface {
	// fetchListing fetches this poll's listing or feed (conditionally, through f.listing).
	fetchListing(ctx context.Context, f *fetcher, st State) (listing, error)
	// parseListing reads the items of a listing or feed page already in hand.
	parseListing(pg *fetched) listing
	// readArticle extracts one article page.
	readArticle(pg *fetched, it item) extracted
}

// base holds what every source has, and the poll loop they share.
type base struct {
	name    string
	lang    string
	start   *url.URL   // the first start URL: the site a source stays on
	starts  []*url.URL // every listing a poll reads
	charset string     // encoding of pages that name none and are not UTF-8
	http    config.HTTP
	client  *http.Client
	robots  *robotsCache // nil when http.ignore_robots
	log     *slog.Logger
	now     func() time.Time
	x       extractor
	list    lister
	pass    *challengePass // nil: no cookie challenge is passed for this source
	site    site
	fetched func(source, result string) // Deps.Fetched; may be nil
}

// newBase builds what every reader shares from the source's declaration, which holds one edition.
func newBase(src config.Source, p preset.Preset, h config.HTTP, d Deps) (*base, error) {
	e := p.Editions[0]
	if len(e.Start) == 0 {
		return nil, fmt.Errorf("crawler: source %s: no start URL", src.Name)
	}
	var starts []*url.URL
	for _, raw := range e.Start {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("crawler: source %s: url %q is not an http(s) URL", src.Name, raw)
		}
		if len(starts) > 0 && !sameSite(u, starts[0]) {
			return nil, fmt.Errorf("crawler: source %s: start URLs on two sites (%s, %s)", src.Name, starts[0].Host, u.Host)
		}
		starts = append(starts, u)
	}
	list, err := newLister(p, starts[0])
	if err != nil {
		return nil, fmt.Errorf("crawler: source %s: %w", src.Name, err)
	}
	h = httpDefaults(h)
	logger := d.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	client := d.Client
	if client == nil {
		client = NewClient(h, logger)
	}
	loc := p.Location()
	b := &base{
		name:    src.Name,
		lang:    e.TextLang(),
		start:   starts[0],
		starts:  starts,
		charset: p.Charset,
		http:    h,
		client:  client,
		log:     logger.With(slog.String("source", src.Name)),
		now:     d.Now,
		x:       newExtractor(p.Article.Title, p.Article.Body, p.Article.Date, loc),
		list:    list,
		fetched: d.Fetched,
	}
	if b.now == nil {
		b.now = time.Now
	}
	if b.x.body == nil {
		b.x.tpl = &bodyTemplate{}
	}
	if !h.IgnoreRobots {
		if hs := HostsOf(client); hs != nil && hs.robots != nil {
			b.robots = hs.robots
		} else {
			b.robots = newRobotsCache(client, h, logger)
		}
	}
	return b, nil
}

// Name is the configured source name.
func (b *base) Name() string { return b.name }

// Poll reads the listing, skips what State has seen, reads each new article and emits it. The
// listing's validators are stored only when every new article was read or is unreadable for good: a
// poll that failed half-way must not make the next one a 304 that never sees the rest.
func (b *base) Poll(ctx context.Context, st State, emit func(agrowatch.Article) error) (rep Report, err error) {
	f := b.newFetcher(ctx, true)
	t := newTally()
	defer t.warnEmpty(ctx, b.log)
	// Remarks of the fetches (no browser for a challenge) hold whether the poll failed or not.
	defer func() { rep.Notes = append(rep.Notes, f.notes...) }()
	l, err := b.site.fetchListing(ctx, f, st)
	t.rep.Fallback, t.rep.Notes = l.fallback, l.notes
	if err != nil {
		return t.rep, err
	}
	if l.notModified {
		t.rep.NotModified = true
		return t.rep, nil
	}
	t.rep.Items = len(l.items)
	var todo []item
	for _, it := range l.items {
		if err := ctx.Err(); err != nil {
			return t.rep, fmt.Errorf("crawler: %s: %w", b.name, err)
		}
		seen, err := seenBefore(st, it.Canonical, it.Key)
		if err != nil {
			return t.rep, fmt.Errorf("crawler: %s: seen %s: %w", b.name, it.Canonical, err)
		}
		if !seen {
			todo = append(todo, it)
		}
	}
	reads := b.readAhead(ctx, f, st, todo)
	defer reads.stop()
	for i, it := range todo {
		if i > 0 {
			reads.more() // the article before is decided: the window moves on
		}
		r := reads.wait(i)
		a, missed, err := r.a, r.missed, r.err
		if errors.Is(err, errUnchanged) {
			continue // read again for edits, and the server says it has none
		}
		t.rep.New++
		if err != nil {
			if fatal(ctx, err) {
				return t.rep, err
			}
			level := slog.LevelInfo // gone for good (404, robots.txt, off-site): said, not shouted
			switch {
			case errors.Is(err, errTooLarge):
				// Gone for good too, but http.max_body is ours: a cap too small for the site must show.
				t.rep.Oversized++
				level = slog.LevelWarn
			case !permanent(err):
				t.complete = false
				level = slog.LevelWarn
			}
			b.log.Log(ctx, level, "article skipped", slog.String("url", it.URL), slog.Any("err", err))
			continue
		}
		if missed {
			t.rep.Fallback = true
		}
		if err := t.deliver(a, emit); err != nil {
			return t.rep, fmt.Errorf("crawler: %s: emit %s: %w", b.name, a.URL, err)
		}
	}
	if t.complete {
		if err := f.commit(st); err != nil {
			return t.rep, err
		}
	}
	return t.rep, nil
}

// seenBefore reports whether State has seen an article by its canonical URL or, when the site gives
// one, by its key: a site that edits an article's slug shows the same key under a new URL.
func seenBefore(st State, canonical, key string) (bool, error) {
	seen, err := st.Seen(canonical)
	if err == nil && !seen && key != "" {
		seen, err = st.Seen(key)
	}
	return seen, err
}

// tally is the bookkeeping every poll loop shares (base.Poll and govkz): the Report, and whether the
// poll may store its validators.
type tally struct {
	rep      Report
	complete bool     // every new article was emitted or is unreadable for good
	empty    []string // articles held back for an empty body
}

func newTally() *tally { return &tally{complete: true} }

// deliver emits an article, unless its body came out empty: a broken layout or a shell page, and an
// emitted article is seen for good, its facts lost. Such an article is counted and held back, and the
// poll is incomplete (its validators are not stored) so that the next one reads it again.
func (t *tally) deliver(a agrowatch.Article, emit func(agrowatch.Article) error) error {
	if strings.TrimSpace(a.Text) == "" {
		t.rep.EmptyBodies++
		t.complete = false
		t.empty = append(t.empty, a.URL)
		return nil
	}
	if a.Published.IsZero() {
		t.rep.EmptyDates++
	}
	if err := emit(a); err != nil {
		return err
	}
	t.rep.Articles++
	return nil
}

// warnEmpty says once per poll which articles were held back for an empty body.
func (t *tally) warnEmpty(ctx context.Context, log *slog.Logger) {
	if len(t.empty) == 0 {
		return
	}
	const shown = 5
	urls := t.empty[:min(len(t.empty), shown)]
	log.Log(ctx, slog.LevelWarn, "articles with an empty body held back: the next poll tries them again",
		slog.Int("count", len(t.empty)), slog.String("urls", strings.Join(urls, " ")))
}

// errUnchanged is read's answer when an article read again for edits is answered 304 Not Modified.
var errUnchanged = errors.New("crawler: article not modified since it was read")

// articleValidators are the conditional-GET headers of an article page read before, when State keeps
// them (an ArticleState): zero for a page never read.
func articleValidators(st State, canonical string) Validators {
	if as, ok := st.(ArticleState); ok {
		v, err := as.ArticleValidators(canonical)
		if err == nil {
			return v
		}
	}
	return Validators{}
}

// read fetches and extracts one item's page. A feed item whose page is off-site or unreadable is read
// from the feed's own text instead. missed says a configured selector found nothing. v are the page's
// validators from an earlier read (zero for none): a page they show unchanged is errUnchanged.
func (b *base) read(ctx context.Context, f *fetcher, v Validators, it item) (a agrowatch.Article, missed bool, err error) {
	a = agrowatch.Article{
		Source: b.name, URL: it.Canonical, Key: it.Key, Title: it.Title, Published: it.Published, Lang: b.lang, Fetched: b.now(),
	}
	u, err := url.Parse(it.URL)
	if err != nil || !sameSite(u, b.start) {
		if it.Content != "" {
			a.Text = it.Content
			return a, false, nil
		}
		return a, false, fmt.Errorf("crawler: %s: %s: %w", b.name, it.URL, errOffSite)
	}
	pg, err := f.get(ctx, it.URL, v)
	if err != nil {
		if it.Content != "" && !fatal(ctx, err) {
			b.log.Info("page unreadable: using the feed's text", slog.String("url", it.URL), slog.Any("err", err))
			a.Text = it.Content
			return a, false, nil
		}
		return a, false, err
	}
	if pg.Status == http.StatusNotModified {
		return a, false, errUnchanged
	}
	a.Validators = Validators{ETag: pg.Header.Get("ETag"), LastModified: pg.Header.Get("Last-Modified")}
	x := b.site.readArticle(pg, it)
	if x.Title != "" && !(it.FromFeed && it.Title != "") && !(x.WeakTitle && it.Title != "") {
		a.Title = x.Title
	}
	if !x.Published.IsZero() && !(it.FromFeed && !it.Published.IsZero()) {
		a.Published = x.Published
	}
	a.Text = x.Text
	if a.Text == "" {
		a.Text = it.Content
	}
	if a.Lang == "" {
		a.Lang = x.Lang
	}
	if len(x.Missed) > 0 {
		b.log.Warn("selectors found nothing: generic extraction used", slog.String("url", it.URL),
			slog.String("missed", strings.Join(x.Missed, ",")))
	}
	return a, len(x.Missed) > 0, nil
}

// readArticle is the generic extraction most sites use.
func (b *base) readArticle(pg *fetched, _ item) extracted { return b.x.extract(pg.URL, pg.Body) }

// readResult is one article page read.
type readResult struct {
	a      agrowatch.Article
	missed bool
	err    error
}

// reads reads a poll's new articles ahead of the loop that emits them, as many at a time as the site's
// host takes requests in flight (http.parallelism, or the source's own): with the default of one it
// reads them one after another, as before; a mirror or a site that allows more is read that much
// faster, its pages parsed on every core. Articles are still emitted one at a time, in listing order.
type reads struct {
	results []chan readResult
	// more starts the next read, once an article has been decided: with a window of one, no page is
	// asked for before the one before it was emitted, so an emit that fails stops the poll before its
	// next request.
	more   func()
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func (b *base) readAhead(ctx context.Context, f *fetcher, st State, todo []item) *reads {
	window := 1
	if hs := HostsOf(b.client); hs != nil {
		// A source that passes a cookie challenge reads as many too: the fetcher makes the browser's
		// pass the poll's one, and a page asked for while it ran is asked again with its cookies. (One
		// page at a time, the bench mirror's two `type: html` editions were read one after another
		// while the preset's was read eight at a time.)
		window = hs.Parallelism(b.start)
	}
	rctx, cancel := context.WithCancel(ctx)
	r := &reads{results: make([]chan readResult, len(todo)), cancel: cancel}
	launched := 0
	r.more = func() {
		if launched == len(todo) {
			return
		}
		i := launched
		launched++
		ch := make(chan readResult, 1)
		r.results[i] = ch
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			a, missed, err := b.read(rctx, f, articleValidators(st, todo[i].Canonical), todo[i])
			ch <- readResult{a, missed, err}
		}()
	}
	for range window {
		r.more()
	}
	return r
}

// wait waits for the i-th article.
func (r *reads) wait(i int) readResult { return <-r.results[i] }

// stop ends the reads still in flight when the poll returns early, and waits for them: no goroutine
// outlives its poll.
func (r *reads) stop() {
	r.cancel()
	r.wg.Wait()
}
