package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/chromedp/cdproto/cdp"
	cdpnet "github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Some sites (customs.gov.cn among them) answer a plain client with 412, or with a page whose script
// sets a cookie and reloads, and serve the page only to a client that holds the cookie. Such a site is
// loaded once in headless Chromium, its cookies are kept in the source's jar, and plain requests go on
// with them until they are refused again. Refused even with fresh cookies: the source backs off hard.

const (
	// challengeRefusedWait is how long a source waits after its challenge was passed and it was refused
	// all the same, or when no browser can pass it: polling every interval would only be refused again.
	challengeRefusedWait = 3 * time.Hour
	// challengeNoChromiumNote is the standing remark of a source that cannot pass its challenge.
	challengeNoChromiumNote = "no Chromium on this machine: the site's JavaScript cookie challenge cannot be passed; install Debian's chromium"
)

// cookieSource loads a page in a browser and returns the cookies the browser holds for it once the
// page itself was served.
type cookieSource interface {
	Cookies(ctx context.Context, pageURL, userAgent string) ([]*http.Cookie, error)
}

// challengePass is a source's side of challenges: its cookie jar (kept across polls) and its browser.
type challengePass struct {
	jar     http.CookieJar
	browser cookieSource
	ua      string
	hosts   *Hosts // the client's gates: the browser's load takes its host's turn too; nil for a plain client
	log     *slog.Logger

	mu              sync.Mutex
	runs            int  // browser loads, for tests and logs
	noChromiumShown bool // "no Chromium" logged once by this source
}

func newChallengePass(b *base, d Deps) *challengePass {
	jar, _ := cookiejar.New(nil) // never fails without options
	return &challengePass{
		jar:     jar,
		browser: &chromiumCookies{path: d.ChromiumPath, lookPath: exec.LookPath, timeout: chromiumCaptureTimeout, log: b.log},
		ua:      b.http.UserAgent,
		hosts:   HostsOf(b.client),
		log:     b.log,
	}
}

// challenged says whether an answer is a refusal a browser may lift.
func challenged(pg *fetched) bool {
	return pg.Status == http.StatusPreconditionFailed || (pg.Status == http.StatusOK && challengePage(pg.Body))
}

// challengePage says whether a page is a cookie challenge rather than content: a script that deals
// with cookies, next to almost no text and almost no links.
func challengePage(body []byte) bool {
	head := body[:min(len(body), 256<<10)]
	if !containsLower(head, "<script") || !(containsLower(head, "cookie") || containsLower(head, "$_ts")) {
		return false
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return false
	}
	doc.Find("script, style, noscript").Remove()
	return len([]rune(fold(doc.Text()))) < 300 && doc.Find("a[href]").Length() < 3
}

// containsLower says whether bytes.ToLower(b) contains pat, a lowercase ASCII word, without making
// the lowercase copy: every page an html source fetches is asked. Only the Kelvin sign and the dotted
// capital I lowercase to ASCII letters; a page holding either is lowercased as before.
func containsLower(b []byte, pat string) bool {
	if bytes.Contains(b, []byte("\u212a")) || bytes.Contains(b, []byte("\u0130")) {
		return bytes.Contains(bytes.ToLower(b), []byte(pat))
	}
	end := len(b) - len(pat) + 1 // one past the last place a match can start
	if end <= 0 {
		return false
	}
	lo, up := pat[0], pat[0]
	if lo >= 'a' && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	// The next place each case of pat's first byte is found: each is looked for again only once passed.
	nextLo, nextUp := -1, -1
	for i := 0; i < end; i++ {
		if nextLo < i {
			nextLo = indexFrom(b[:end], i, lo)
		}
		if nextUp < i {
			nextUp = indexFrom(b[:end], i, up)
		}
		if i = min(nextLo, nextUp); i == end {
			return false
		}
		if equalASCIIFold(b[i:i+len(pat)], pat) {
			return true
		}
	}
	return false
}

// indexFrom is the index of the first c in b at or after i, len(b) without one.
func indexFrom(b []byte, i int, c byte) int {
	if j := bytes.IndexByte(b[i:], c); j >= 0 {
		return i + j
	}
	return len(b)
}

// equalASCIIFold says whether b is pat (lowercase ASCII) with some of its letters in capitals.
func equalASCIIFold(b []byte, pat string) bool {
	for i := range len(pat) {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != pat[i] {
			return false
		}
	}
	return true
}

// pass loads u in the browser and keeps the cookies it earns. It is called at most once per poll: a
// refusal after fresh cookies is final for the poll.
func (p *challengePass) pass(ctx context.Context, u *url.URL) error {
	p.mu.Lock()
	p.runs++
	p.mu.Unlock()
	// The browser is one more visitor of the host: it waits its turn like any request, and holds it
	// until it is done (its own sub-requests are the page's business, as in any browser).
	if p.hosts != nil {
		g := p.hosts.gate(gateKey(u.Scheme, u.Host))
		slots, err := g.acquire(ctx)
		if err != nil {
			return fmt.Errorf("crawler: waiting for %s: %w", u.Host, err)
		}
		defer g.release(slots)
	}
	cookies, err := p.browser.Cookies(ctx, u.String(), p.ua)
	if err != nil {
		if errors.Is(err, errNoChromium) {
			p.mu.Lock()
			first := !p.noChromiumShown
			p.noChromiumShown = true
			p.mu.Unlock()
			if first {
				p.log.Warn(challengeNoChromiumNote, slog.String("err", err.Error()))
			}
		}
		return err
	}
	p.jar.SetCookies(u, cookies)
	p.log.Info("challenge passed in the browser; plain requests go on with its cookies",
		slog.String("url", u.String()), slog.Int("cookies", len(cookies)))
	return nil
}

// challengeError is the end of a poll that a challenge stopped: a RetryAfterError, so that the
// scheduler backs off hard.
func challengeError(raw string, status int, why string, cause error) error {
	ra := &RetryAfterError{URL: raw, Status: status, Wait: challengeRefusedWait}
	if cause != nil {
		return fmt.Errorf("crawler: GET %s: %s: %w (%w)", raw, why, cause, ra)
	}
	return fmt.Errorf("crawler: GET %s: %s: %w", raw, why, ra)
}

// chromiumCookies is the cookieSource of a real headless Chromium.
type chromiumCookies struct {
	path     string
	lookPath func(string) (string, error)
	timeout  time.Duration
	log      *slog.Logger
}

// Cookies starts a browser with our User-Agent (a cookie bound to it then fits our plain requests),
// loads the page, and waits until the page itself, not a challenge, was served with a 2xx and the
// browser holds cookies for it. The browser lives only for this call.
func (c *chromiumCookies) Cookies(ctx context.Context, pageURL, userAgent string) ([]*http.Cookie, error) {
	execPath, err := findChromium(c.path, c.lookPath, c.log)
	if err != nil {
		return nil, err
	}
	timeout := c.timeout
	if timeout <= 0 {
		timeout = chromiumCaptureTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, chromiumOptions(execPath, userAgent)...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	defer func() { _ = chromedp.Cancel(bctx) }()

	// The status of the last document the tab was served, recorded as it arrives.
	var mu sync.Mutex
	status, docs := int64(0), 0
	err = chromedp.Listen(bctx, func(ev any) {
		if e, ok := ev.(*cdpnet.EventResponseReceived); ok && e.Type == cdpnet.ResourceTypeDocument && e.Response != nil {
			mu.Lock()
			status, docs = e.Response.Status, docs+1
			mu.Unlock()
		}
	})
	if err != nil {
		return nil, fmt.Errorf("chromium %s: %w", execPath, err)
	}
	navigate := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		res, err := cdp.Call(ctx, t, cdppage.Navigate, cdppage.NavigateParams{URL: pageURL})
		if err != nil {
			return err
		}
		if res.ErrorText != "" {
			return errors.New(res.ErrorText)
		}
		return nil
	})
	if err := chromedp.Do(bctx, navigate); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("chromium: %s did not load within %s: %w", pageURL, timeout, ctx.Err())
		}
		return nil, fmt.Errorf("chromium %s: load %s: %w", execPath, pageURL, err)
	}
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			mu.Lock()
			st, n := status, docs
			mu.Unlock()
			return nil, fmt.Errorf("chromium: %s was not served past its challenge within %s (%d documents, last status %d): %w",
				pageURL, timeout, n, st, ctx.Err())
		case <-tick.C:
		}
		mu.Lock()
		st := status
		mu.Unlock()
		if st < 200 || st > 299 {
			continue
		}
		page, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.readyState === "complete" ? document.documentElement.outerHTML : ""`))
		if err != nil || page == "" || challengePage([]byte(page)) {
			continue
		}
		got, err := chromedp.Call(bctx, cdpnet.GetCookies, cdpnet.GetCookiesParams{URLs: []string{pageURL}})
		if err != nil {
			return nil, fmt.Errorf("chromium: cookies of %s: %w", pageURL, err)
		}
		if len(got.Cookies) == 0 {
			continue
		}
		out := make([]*http.Cookie, 0, len(got.Cookies))
		for _, k := range got.Cookies {
			hc := &http.Cookie{Name: k.Name, Value: k.Value, Path: k.Path, Secure: k.Secure, HttpOnly: k.HTTPOnly}
			if strings.HasPrefix(k.Domain, ".") {
				hc.Domain = k.Domain // a host-only cookie stays host-only in the jar
			}
			if !k.Session && k.Expires > 0 {
				hc.Expires = time.Unix(int64(k.Expires), 0)
			}
			out = append(out, hc)
		}
		return out, nil
	}
}
