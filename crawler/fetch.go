package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
)

// RetryAfterError says the server asked us to come back later (429 or 503 with Retry-After) and one
// retry within the poll did not help, or the wait was longer than the poll could afford. The scheduler
// postpones the source's next poll by Wait.
type RetryAfterError struct {
	URL    string
	Status int
	Wait   time.Duration
}

func (e *RetryAfterError) Error() string {
	return fmt.Sprintf("crawler: GET %s: %d %s: retry after %s", e.URL, e.Status, http.StatusText(e.Status), e.Wait)
}

// ErrDisallowed is wrapped by the error of a fetch that robots.txt forbids.
var ErrDisallowed = errors.New("crawler: disallowed by robots.txt")

// errTooLarge is wrapped by the error of a body over http.max_body.
var errTooLarge = errors.New("crawler: body larger than the cap")

// statusError is a final answer other than 200 or 304.
type statusError struct {
	url    string
	status int
}

func (e *statusError) Error() string {
	return fmt.Sprintf("crawler: GET %s: status %d %s", e.url, e.status, http.StatusText(e.status))
}

// permanent says whether an article error will not go away by retrying soon: such an article is
// skipped without holding back the listing's validators.
func permanent(err error) bool {
	var se *statusError
	if errors.As(err, &se) {
		return se.status >= 400 && se.status < 500 && se.status != http.StatusTooManyRequests
	}
	return errors.Is(err, ErrDisallowed) || errors.Is(err, errTooLarge) || errors.Is(err, errOffSite)
}

// fatal says whether an error must end the whole poll rather than skip one article.
func fatal(ctx context.Context, err error) bool {
	var ra *RetryAfterError
	return ctx.Err() != nil || errors.As(err, &ra)
}

// fetched is one response, its body decoded to UTF-8.
type fetched struct {
	URL         *url.URL // after redirects
	Status      int      // 200 or 304
	Header      http.Header
	ContentType string
	Body        []byte
}

// fetcher is one poll's view of the web: a fresh colly collector (so nothing colly caches outlives the
// poll), the shared client and its host gates, the shared robots.txt cache, and the validators of this
// poll's listings waiting to be stored once the poll has succeeded.
type fetcher struct {
	source      string
	c           *colly.Collector
	robots      *robotsCache // nil: robots.txt ignored (http.ignore_robots)
	maxBody     int64
	log         *slog.Logger
	now         func() time.Time // the client's clock, for Retry-After dates
	conditional bool             // send and collect validators (Poll), or fetch afresh (Inspect)
	pending     map[string]Validators
	charset     string         // encoding of pages that name none and are not UTF-8
	pass        *challengePass // nil: the source passes no cookie challenge
	fetched     func(source, result string)

	// A poll's articles are read several at a time, challenge or not: mu makes the browser's pass the
	// poll's one, and a read that was on the way while it ran asks again with the cookies it earned.
	mu     sync.Mutex
	passed bool     // this poll already went to the browser for a challenge
	passes int      // challenges the browser passed in this poll
	notes  []string // standing remarks for the poll's Report
}

// Keys of a request's colly.Context.
const (
	ctxResponse = "agrowatch.response"
	ctxError    = "agrowatch.error"
	// ctxContentType holds a Content-Type hidden from colly by rawBody.
	ctxContentType = "agrowatch.content-type"
)

func (b *base) newFetcher(ctx context.Context, conditional bool) *fetcher {
	c := colly.NewCollector(colly.StdlibContext(ctx))
	// colly applies COLLY_* environment variables after the options: every setting that matters is
	// assigned here, after construction, so that none of them can be overridden from outside.
	c.UserAgent = b.http.UserAgent
	c.Headers = nil
	c.IgnoreRobotsTxt = true                // robots.txt is obeyed by robotsCache, with a TTL and a context (robots.go)
	c.AllowURLRevisit = true                // a retry after Retry-After revisits; articles are deduplicated by State
	c.ParseHTTPErrorResponse = true         // 304 and 429 are answers to read, not errors
	c.MaxBodySize = int(b.http.MaxBody) + 1 // one byte over the cap tells a cut body from an exact fit
	c.Async = false
	c.CacheDir = ""
	c.DetectCharset = false // chardet mislabels windows-1251; toUTF8 decides
	c.AllowedDomains, c.DisallowedDomains = nil, nil
	c.URLFilters, c.DisallowedURLFilters = nil, nil
	c.MaxDepth, c.MaxRequests = 0, 0
	c.TraceHTTP, c.CheckHead = false, false

	cl := siteOnly(b.client)
	cl.Jar = nil // no cookies: a request carries nothing of another's
	if b.pass != nil {
		cl.Jar = b.pass.jar // but a challenge's cookies are what the site wants to see
	}
	c.SetClient(cl)

	f := &fetcher{
		source:      b.name,
		c:           c,
		robots:      b.robots,
		maxBody:     int64(b.http.MaxBody),
		log:         b.log,
		now:         clockOf(b.client),
		conditional: conditional,
		pending:     map[string]Validators{},
		charset:     b.charset,
		pass:        b.pass,
		fetched:     b.fetched,
	}
	c.OnResponseHeaders(func(r *colly.Response) {
		// colly would cut the body at MaxBodySize without a word: refuse it before reading.
		if n, err := strconv.ParseInt(r.Headers.Get("Content-Length"), 10, 64); err == nil && n > f.maxBody {
			r.Ctx.Put(ctxError, f.tooLarge(r.Request.URL.String()))
			r.Request.Abort()
			return
		}
		rawBody(r)
	})
	c.OnResponse(func(r *colly.Response) { r.Ctx.Put(ctxResponse, r) })
	return f
}

// rawBody keeps colly from decoding the body. colly decodes a charset the Content-Type names before
// OnResponse, and whatever label it is given it decodes something (even "utf-8" turns stray bytes into
// U+FFFD): a windows-1251 page about doubles on the way, and the cap would count the copy rather than
// the bytes that came over the wire. So colly is shown the Content-Type without its parameters (the
// map is the response's own, read again by fixCharset) and the header is put back in once, where
// toUTF8 decodes, once.
func rawBody(r *colly.Response) {
	ct := r.Headers.Get("Content-Type")
	if !strings.Contains(strings.ToLower(ct), "charset") {
		return
	}
	r.Ctx.Put(ctxContentType, ct)
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		r.Headers.Set("Content-Type", mt)
	} else {
		r.Headers.Del("Content-Type")
	}
}

func (f *fetcher) tooLarge(u string) error {
	return fmt.Errorf("crawler: GET %s: %w of %d bytes (http.max_body)", u, errTooLarge, f.maxBody)
}

// listing fetches a listing or feed URL conditionally: the stored validators are sent, a 304 comes back
// with Status 304, and the new validators wait in the fetcher until commit.
func (f *fetcher) listing(ctx context.Context, st State, u string) (*fetched, error) {
	return f.listingGet(ctx, st, u, true)
}

// fresh fetches a URL that may turn out to be the listing (feed discovery): no validators are sent,
// since its body is needed, but the new ones are kept like a listing's.
func (f *fetcher) fresh(ctx context.Context, st State, u string) (*fetched, error) {
	return f.listingGet(ctx, st, u, false)
}

// forget drops the validators collected for a URL that did not turn out to be a listing.
func (f *fetcher) forget(u string) { delete(f.pending, u) }

func (f *fetcher) listingGet(ctx context.Context, st State, u string, send bool) (*fetched, error) {
	var stored Validators
	if f.conditional && st != nil {
		var err error
		if stored, err = st.Validators(f.source, u); err != nil {
			return nil, fmt.Errorf("crawler: %s: validators of %s: %w", f.source, u, err)
		}
	}
	var v Validators
	if send {
		v = stored
	}
	pg, err := f.get(ctx, u, v)
	if err != nil {
		return nil, err
	}
	if f.conditional && pg.Status == http.StatusOK {
		if nv := validatorsOf(pg.Header); storeValidators(stored, nv) {
			f.pending[u] = nv
		}
	}
	return pg, nil
}

// validatorsOf reads the validators of a 200 answer.
func validatorsOf(h http.Header) Validators {
	return Validators{ETag: h.Get("ETag"), LastModified: h.Get("Last-Modified")}
}

// storeValidators says whether a 200 answer's validators must be stored: when it sent some, and also
// when it sent none but some are stored, so that the zero value deletes them. Validators a server
// stopped sending would otherwise be sent, and answered 304, long after they stopped meaning anything.
func storeValidators(stored, got Validators) bool {
	return got != (Validators{}) || stored != (Validators{})
}

// commit stores the validators collected during a poll. It is called only when the poll read every new
// article it could: otherwise the next poll would get a 304 and never see the articles it missed.
func (f *fetcher) commit(st State) error {
	for u, v := range f.pending {
		if err := st.SetValidators(f.source, u, v); err != nil {
			return fmt.Errorf("crawler: %s: storing validators of %s: %w", f.source, u, err)
		}
	}
	return nil
}

// Results of a fetch, as Deps.Fetched is told them.
const (
	FetchOK           = "ok"
	FetchNotModified  = "not_modified"
	FetchHTTPError    = "http_error"
	FetchNetworkError = "network_error"
	FetchRobots       = "robots_denied"
	FetchOversized    = "oversized"
)

// fetchResult names what one fetch came to; "" for one cut short by the poll's end, which says nothing
// about the site.
func fetchResult(ctx context.Context, pg *fetched, err error) string {
	var (
		se *statusError
		ra *RetryAfterError
	)
	switch {
	case err == nil && pg != nil && pg.Status == http.StatusNotModified:
		return FetchNotModified
	case err == nil:
		return FetchOK
	case ctx.Err() != nil:
		return ""
	case errors.Is(err, ErrDisallowed):
		return FetchRobots
	case errors.Is(err, errTooLarge):
		return FetchOversized
	case errors.As(err, &se), errors.As(err, &ra):
		return FetchHTTPError
	}
	return FetchNetworkError
}

// get is fetch, told to Deps.Fetched.
func (f *fetcher) get(ctx context.Context, raw string, v Validators) (*fetched, error) {
	pg, err := f.fetch(ctx, raw, v)
	if f.fetched != nil {
		if r := fetchResult(ctx, pg, err); r != "" {
			f.fetched(f.source, r)
		}
	}
	return pg, err
}

// fetch fetches one URL: robots.txt first, then the request, one retry after a Retry-After, and the body
// decoded to UTF-8. Anything but 200 (or 304 when validators were sent) is an error.
func (f *fetcher) fetch(ctx context.Context, raw string, v Validators) (*fetched, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("crawler: %s: %w", raw, err)
	}
	if f.robots != nil {
		ok, err := f.robots.allowed(ctx, u)
		if err != nil {
			return nil, fmt.Errorf("crawler: %s: reading robots.txt: %w", raw, err)
		}
		if !ok {
			return nil, fmt.Errorf("crawler: GET %s: %w", raw, ErrDisallowed)
		}
	}
	sentAfter := f.passCount()
	pg, err := f.once(ctx, raw, v)
	if err != nil {
		return nil, err
	}
	if f.pass != nil && challenged(pg) {
		if pg, err = f.passChallenge(ctx, u, raw, v, pg, sentAfter); err != nil {
			return nil, err
		}
	}
	if busy(pg.Status) {
		wait, ok := parseRetryAfter(pg.Header.Get("Retry-After"), f.now())
		if !ok {
			return nil, &statusError{url: raw, status: pg.Status}
		}
		if wait > maxRetryAfter || !fits(ctx, wait) {
			return nil, &RetryAfterError{URL: raw, Status: pg.Status, Wait: wait}
		}
		f.log.Info("server asks to wait", slog.String("url", raw), slog.Int("status", pg.Status), slog.Duration("wait", wait))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("crawler: GET %s: %w", raw, ctx.Err())
		}
		if pg, err = f.once(ctx, raw, v); err != nil {
			return nil, err
		}
		if busy(pg.Status) {
			again, ok := parseRetryAfter(pg.Header.Get("Retry-After"), f.now())
			if !ok {
				again = wait
			}
			return nil, &RetryAfterError{URL: raw, Status: pg.Status, Wait: again}
		}
	}
	switch {
	case pg.Status == http.StatusOK || pg.Status == http.StatusNonAuthoritativeInfo: // 203: a proxy's copy
	case pg.Status == http.StatusNotModified && v != (Validators{}):
		return pg, nil
	default:
		return nil, &statusError{url: raw, status: pg.Status}
	}
	if pg.Body, err = decodeUTF8(pg.Body, pg.ContentType, f.charset); err != nil {
		return nil, fmt.Errorf("crawler: GET %s: %w", raw, err)
	}
	return pg, nil
}

// passCount is how many challenges the browser has passed in this poll; a read started while a pass
// runs waits for it, and is sent with its cookies.
func (f *fetcher) passCount() int {
	if f.pass == nil {
		return 0
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.passes
}

// passChallenge passes a site's cookie challenge in the browser, once per poll, and asks again with
// the cookies it earned. A refusal after that, or no browser to ask, ends the poll with a long wait.
// sentAfter is the passes the poll had when pg was asked for: a pass since then earned the cookies pg
// was asked without, and the page is asked again with them instead of being taken for a refusal.
func (f *fetcher) passChallenge(ctx context.Context, u *url.URL, raw string, v Validators, pg *fetched, sentAfter int) (*fetched, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.passes > sentAfter {
		return f.askAgain(ctx, raw, v)
	}
	if f.passed {
		return nil, challengeError(raw, pg.Status, "refused again after its challenge was passed in this poll", nil)
	}
	f.passed = true
	f.log.Info("the site answers with a challenge: passing it in the browser", slog.String("url", raw), slog.Int("status", pg.Status))
	if err := f.pass.pass(ctx, u); err != nil {
		switch {
		case ctx.Err() != nil:
			return nil, fmt.Errorf("crawler: GET %s: %w", raw, ctx.Err())
		case errors.Is(err, errNoChromium):
			f.notes = append(f.notes, challengeNoChromiumNote) // f.mu is held
			return nil, challengeError(raw, pg.Status, "a JavaScript challenge and no browser to pass it", err)
		}
		return nil, challengeError(raw, pg.Status, "the browser did not pass the site's challenge", err)
	}
	f.passes++
	return f.askAgain(ctx, raw, v)
}

// askAgain asks for a page again with the cookies a pass earned; a refusal now ends the poll.
func (f *fetcher) askAgain(ctx context.Context, raw string, v Validators) (*fetched, error) {
	again, err := f.once(ctx, raw, v)
	if err != nil {
		return nil, err
	}
	if challenged(again) {
		return nil, challengeError(raw, again.Status, "refused even with the cookies the browser earned", nil)
	}
	return again, nil
}

func busy(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable
}

// fits says whether waiting d still leaves the context some time.
func fits(ctx context.Context, d time.Duration) bool {
	dl, ok := ctx.Deadline()
	return !ok || time.Until(dl) > d
}

// siteOnly returns a shallow copy of c, sharing its transport (hence the host gates), that follows at
// most 10 redirects and none that leaves the site of the request it started from.
func siteOnly(c *http.Client) *http.Client {
	cl := *c
	cl.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return errors.New("crawler: stopped after 10 redirects")
		}
		if !sameSite(req.URL, via[0].URL) {
			return fmt.Errorf("%w: redirect to %s", errOffSite, req.URL.Redacted())
		}
		return nil
	}
	return &cl
}

// clockOf is the clock of a client built by NewClient, or time.Now.
func clockOf(c *http.Client) func() time.Time {
	if h := HostsOf(c); h != nil && h.now != nil {
		return h.now
	}
	return time.Now
}

// once sends one GET through the collector.
func (f *fetcher) once(ctx context.Context, raw string, v Validators) (*fetched, error) {
	hdr := http.Header{}
	hdr.Set("User-Agent", f.c.UserAgent)
	hdr.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8")
	if v.ETag != "" {
		hdr.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		hdr.Set("If-Modified-Since", v.LastModified)
	}
	cctx := colly.NewContext()
	err := f.c.Request(http.MethodGet, raw, nil, cctx, hdr)
	if e, ok := cctx.GetAny(ctxError).(error); ok {
		return nil, e
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("crawler: GET %s: %w", raw, ctx.Err())
		}
		return nil, fmt.Errorf("crawler: GET %s: %w", raw, err)
	}
	r, _ := cctx.GetAny(ctxResponse).(*colly.Response)
	if r == nil {
		return nil, fmt.Errorf("crawler: GET %s: no response", raw)
	}
	if int64(len(r.Body)) > f.maxBody {
		return nil, f.tooLarge(raw)
	}
	pg := &fetched{URL: r.Request.URL, Status: r.StatusCode, Body: r.Body}
	if r.Headers != nil {
		pg.Header = *r.Headers
		pg.ContentType = pg.Header.Get("Content-Type")
	}
	if pg.Header == nil {
		pg.Header = http.Header{}
	}
	if ct, ok := cctx.GetAny(ctxContentType).(string); ok {
		pg.Header.Set("Content-Type", ct)
		pg.ContentType = ct
	}
	return pg, nil
}

// parseRetryAfter reads a Retry-After in seconds or as an HTTP date.
func parseRetryAfter(s string, now time.Time) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil || errors.Is(err, strconv.ErrRange) {
		if n < 0 {
			return 0, false
		}
		// Seconds past what a Duration holds would wrap to a negative wait, that is none at all.
		return time.Duration(min(n, int64(math.MaxInt64/time.Second))) * time.Second, true
	}
	if t, err := http.ParseTime(s); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
