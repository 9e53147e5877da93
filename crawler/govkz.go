package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"time"

	"agrowatch"
	"agrowatch/config"
)

// gov.kz is a single-page app: the ministries' news come from a JSON API that, since 2025, may refuse
// requests without the `hash` and `token` headers its own JavaScript computes. This preset reads the
// API directly and, when refused, borrows those headers from a headless Chromium (chromium.go).

const (
	govkzDefaultBase    = "https://www.gov.kz"
	govkzDefaultProject = "moa"
	govkzDefaultLang    = "ru"
	govkzListSize       = 10
	govkzDefaultMaxBody = 5 << 20
	govkzAPIPath        = "/api/v1/public/content-manager/news"
	govkzRefusedWait    = 3 * time.Hour // after a refusal that fresh tokens did not lift
)

// govkzNoChromiumNote is the standing remark a poll reports when it needs tokens and cannot get them.
const govkzNoChromiumNote = "no Chromium on this machine: gov.kz API tokens cannot be captured; install Debian's chromium"

// govKZ is the Source of one ministry's news on gov.kz (or on a mirror of its API).
type govKZ struct {
	name    string
	base    string // scheme://host, no trailing slash
	project string
	lang    string
	maxBody int64

	client *http.Client // refuses redirects off the site (siteOnly)
	robots *robotsCache // nil when http.ignore_robots
	log    *slog.Logger
	now    func() time.Time
	tokens tokenSource

	mu              sync.Mutex // guards hash, token and noChromiumShown
	hash, token     string     // the last headers captured from the browser; "" until needed
	noChromiumShown bool       // "no Chromium" was logged once by this source
	captureMu       sync.Mutex // one browser at a time per source
}

// newGovKZ builds the govkz preset. Everything it fetches stays on src.URL's host when set (a mirror or a
// test server), else on www.gov.kz.
func newGovKZ(src config.Source, h config.HTTP, d Deps) (Source, error) {
	base := govkzDefaultBase
	if src.URL != "" {
		u, err := url.Parse(src.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("crawler: govkz %s: url %q is not an http(s) URL", src.Name, src.URL)
		}
		base = u.Scheme + "://" + u.Host
	}
	project := src.Project
	if project == "" {
		project = govkzDefaultProject
	}
	if strings.ContainsAny(project, "/?#&= ") {
		return nil, fmt.Errorf("crawler: govkz %s: project %q is not a gov.kz project slug (moa, mti, …)", src.Name, project)
	}
	lang := src.Lang
	if lang == "" {
		lang = govkzDefaultLang
	}
	switch lang {
	case "ru", "kk", "en":
	default:
		return nil, fmt.Errorf("crawler: govkz %s: lang %q: gov.kz speaks ru, kk and en", src.Name, lang)
	}
	maxBody := int64(h.MaxBody)
	if maxBody <= 0 {
		maxBody = govkzDefaultMaxBody
	}
	client := d.Client
	if client == nil {
		client = &http.Client{Timeout: h.Timeout.D()}
	}
	logger := d.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger = logger.With(slog.String("source", src.Name))
	now := d.Now
	if now == nil {
		now = time.Now
	}
	// The API is read like any page: robots.txt first, through the cache the client shares with every
	// source on it, and no redirect away from the site (a mirror or a test server is never left).
	var robots *robotsCache
	if !h.IgnoreRobots {
		if hs := HostsOf(client); hs != nil && hs.robots != nil {
			robots = hs.robots
		} else {
			robots = newRobotsCache(client, h, d.Logger)
		}
	}
	return &govKZ{
		name:    src.Name,
		base:    base,
		project: project,
		lang:    lang,
		maxBody: maxBody,
		client:  siteOnly(client),
		robots:  robots,
		log:     logger,
		now:     now,
		tokens:  &chromiumTokens{path: d.ChromiumPath, lookPath: exec.LookPath, timeout: chromiumCaptureTimeout, log: logger},
	}, nil
}

func (g *govKZ) Name() string { return g.name }

// listURL is the API listing. The language goes in a `lang` parameter, as on the article endpoint and the
// human pages; an Accept-Language header says the same for servers that read that instead.
func (g *govKZ) listURL() string {
	// Written out rather than built with url.Values, whose Encode would escape ':' and sort the keys:
	// gov.kz's own app sends them as written.
	return fmt.Sprintf("%s%s?sort-by=created_date:DESC&projects=eq:%s&page=1&size=%d&lang=%s",
		g.base, govkzAPIPath, url.QueryEscape(g.project), govkzListSize, url.QueryEscape(g.lang))
}

func (g *govKZ) articleURL(id string) string {
	return fmt.Sprintf("%s%s/%s?lang=%s", g.base, govkzAPIPath, url.PathEscape(id), url.QueryEscape(g.lang))
}

// pageURL is the ministry's human news page: the Referer of API calls and the page Chromium loads.
func (g *govKZ) pageURL() string {
	return fmt.Sprintf("%s/memleket/entities/%s/press/news?lang=%s", g.base, url.PathEscape(g.project), url.QueryEscape(g.lang))
}

// canonicalURL is the human page of one article: an article's identity in the store.
func (g *govKZ) canonicalURL(id string) string {
	return fmt.Sprintf("%s/memleket/entities/%s/press/news/details/%s?lang=%s", g.base, url.PathEscape(g.project), url.PathEscape(id), url.QueryEscape(g.lang))
}

// Poll reads the listing and emits each article not seen before. Validators are stored only when the whole
// poll succeeded: a poll that fails half-way must not make the next one answer 304 and skip the rest.
func (g *govKZ) Poll(ctx context.Context, st State, emit func(agrowatch.Article) error) (Report, error) {
	p := &govkzPoll{g: g}
	rep, err := p.run(ctx, st, emit)
	if p.noChromium {
		rep.Notes = append(rep.Notes, govkzNoChromiumNote)
	}
	return rep, err
}

// govkzPoll is the state of one poll: whether it already asked the browser for tokens.
type govkzPoll struct {
	g          *govKZ
	captured   bool
	noChromium bool
}

func (p *govkzPoll) run(ctx context.Context, st State, emit func(agrowatch.Article) error) (Report, error) {
	g := p.g
	t := newTally()
	defer t.warnEmpty(ctx, g.log)
	listURL := g.listURL()
	v, err := st.Validators(g.name, listURL)
	if err != nil {
		return t.rep, fmt.Errorf("crawler: govkz %s: validators: %w", g.name, err)
	}
	resp, err := p.get(ctx, listURL, v)
	if err != nil {
		return t.rep, err
	}
	if resp.status == http.StatusNotModified {
		t.rep.NotModified = true
		return t.rep, nil
	}
	items, err := govkzDecodeList(resp.body)
	if err != nil {
		return t.rep, fmt.Errorf("crawler: govkz %s: %s: %w", g.name, listURL, err)
	}
	t.rep.Items = len(items)
	for _, it := range items {
		id := it.id()
		if id == "" {
			g.log.Warn("govkz: list item without id", slog.String("title", it.title()))
			continue
		}
		canon := g.canonicalURL(id)
		seen, err := seenBefore(st, canon, "")
		if err != nil {
			return t.rep, fmt.Errorf("crawler: govkz %s: seen %s: %w", g.name, canon, err)
		}
		if seen {
			continue
		}
		t.rep.New++
		if htmlText(it.Body) == "" {
			// No body in the listing, or one with no text (an image, a script): ask for the article.
			full, err := p.article(ctx, id)
			var se *govkzStatusError
			if errors.As(err, &se) && (se.Status == http.StatusNotFound || se.Status == http.StatusGone) {
				// Withdrawn since the listing was built: one dead article must not block the source.
				g.log.Warn("govkz: article gone", slog.String("url", se.URL), slog.Int("status", se.Status))
				continue
			}
			if err != nil {
				return t.rep, err
			}
			it = it.merge(full)
		}
		a := agrowatch.Article{
			Source:    g.name,
			URL:       canon,
			Title:     it.title(),
			Published: it.published(),
			Text:      htmlText(it.Body),
			Lang:      g.lang,
			Fetched:   g.now(),
		}
		if err := t.deliver(a, emit); err != nil {
			return t.rep, err
		}
	}
	if t.complete && storeValidators(v, resp.validators) {
		if err := st.SetValidators(g.name, listURL, resp.validators); err != nil {
			return t.rep, fmt.Errorf("crawler: govkz %s: validators: %w", g.name, err)
		}
	}
	return t.rep, nil
}

func (p *govkzPoll) article(ctx context.Context, id string) (govkzItem, error) {
	u := p.g.articleURL(id)
	resp, err := p.get(ctx, u, Validators{})
	if err != nil {
		return govkzItem{}, err
	}
	it, err := govkzDecodeArticle(resp.body)
	if err != nil {
		return govkzItem{}, fmt.Errorf("crawler: govkz %s: %s: %w", p.g.name, u, err)
	}
	return it, nil
}

// govkzResponse is a read response: 200 with its body, or 304.
type govkzResponse struct {
	status     int
	body       []byte
	validators Validators
}

// get fetches an API URL. On 401/403 it captures tokens from the browser (once per poll) and retries once.
func (p *govkzPoll) get(ctx context.Context, u string, v Validators) (govkzResponse, error) {
	g := p.g
	hash, token := g.cachedTokens()
	resp, err := g.do(ctx, u, v, hash, token)
	if err != nil || !govkzRefused(resp.status) {
		return resp, err
	}
	if p.captured {
		// Fresh tokens from this very poll were already refused, or could not be had.
		return resp, g.refused(resp.status, u)
	}
	p.captured = true
	g.log.Debug("govkz: API refused the request; capturing tokens from the browser",
		slog.Int("status", resp.status), slog.String("url", u), slog.Bool("had_tokens", hash != ""))
	hash, token, err = g.capture(ctx)
	if err != nil {
		if errors.Is(err, errNoChromium) {
			p.noChromium = true
			return resp, fmt.Errorf("crawler: govkz %s: API refused (%d) and tokens cannot be captured: %w", g.name, resp.status, err)
		}
		return resp, fmt.Errorf("crawler: govkz %s: API refused (%d); token capture: %w", g.name, resp.status, err)
	}
	resp, err = g.do(ctx, u, v, hash, token)
	if err != nil {
		return resp, err
	}
	if govkzRefused(resp.status) {
		g.forgetTokens()
		return resp, g.refused(resp.status, u)
	}
	return resp, nil
}

func govkzRefused(status int) bool {
	return status == http.StatusForbidden || status == http.StatusUnauthorized
}

// refused is the error of a refusal that fresh browser tokens did not lift. It carries a RetryAfterError
// so that the scheduler backs off hard: gov.kz blocks whole IP ranges, and neither polling nor starting
// a browser every interval will unblock us.
func (g *govKZ) refused(status int, u string) error {
	return fmt.Errorf("crawler: govkz %s: API refused (%d) even with browser tokens: %w", g.name, status,
		&RetryAfterError{URL: u, Status: status, Wait: govkzRefusedWait})
}

func (g *govKZ) cachedTokens() (hash, token string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.hash, g.token
}

func (g *govKZ) forgetTokens() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.hash, g.token = "", ""
}

// capture asks the token source for fresh headers and caches them. Without a Chromium it logs once per
// source, not on every poll: the Report's note carries it from then on.
func (g *govKZ) capture(ctx context.Context) (hash, token string, err error) {
	g.captureMu.Lock()
	defer g.captureMu.Unlock()
	hash, token, err = g.tokens.Tokens(ctx, g.pageURL())
	if err != nil {
		g.forgetTokens()
		if errors.Is(err, errNoChromium) {
			g.mu.Lock()
			first := !g.noChromiumShown
			g.noChromiumShown = true
			g.mu.Unlock()
			if first {
				g.log.Warn("govkz: "+govkzNoChromiumNote, slog.Any("err", err))
			}
		}
		return "", "", err
	}
	g.mu.Lock()
	g.hash, g.token = hash, token
	g.mu.Unlock()
	g.log.Info("govkz: captured API tokens from the browser")
	return hash, token, nil
}

// do sends one GET and reads the body under the cap. A 401/403 comes back as a response, for get to handle.
func (g *govKZ) do(ctx context.Context, u string, v Validators, hash, token string) (govkzResponse, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return govkzResponse{}, fmt.Errorf("crawler: govkz %s: %w", g.name, err)
	}
	if g.robots != nil {
		ok, err := g.robots.allowed(ctx, req.URL)
		if err != nil {
			return govkzResponse{}, fmt.Errorf("crawler: govkz %s: %s: reading robots.txt: %w", g.name, u, err)
		}
		if !ok {
			return govkzResponse{}, fmt.Errorf("crawler: govkz %s: GET %s: %w", g.name, u, ErrDisallowed)
		}
	}
	req.Header.Set("Accept", "application/json, text/plain, */*")
	req.Header.Set("Accept-Language", g.lang)
	req.Header.Set("Referer", g.pageURL())
	req.Header.Set("Origin", g.base)
	if hash != "" || token != "" {
		req.Header.Set("hash", hash)
		req.Header.Set("token", token)
	}
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := g.client.Do(req)
	if err != nil {
		return govkzResponse{}, fmt.Errorf("crawler: govkz %s: GET %s: %w", g.name, u, err)
	}
	defer resp.Body.Close()
	out := govkzResponse{status: resp.StatusCode}
	switch {
	case resp.StatusCode == http.StatusOK:
	case resp.StatusCode == http.StatusNotModified:
		return out, nil
	case govkzRefused(resp.StatusCode):
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return out, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		wait, _ := parseRetryAfter(resp.Header.Get("Retry-After"), g.now())
		return out, fmt.Errorf("crawler: govkz %s: %w", g.name, &RetryAfterError{URL: u, Status: resp.StatusCode, Wait: wait})
	default:
		return out, fmt.Errorf("crawler: govkz %s: %w", g.name, &govkzStatusError{URL: u, Status: resp.StatusCode})
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, g.maxBody+1))
	if err != nil {
		return out, fmt.Errorf("crawler: govkz %s: GET %s: %w", g.name, u, err)
	}
	if int64(len(body)) > g.maxBody {
		return out, fmt.Errorf("crawler: govkz %s: GET %s: body larger than %d bytes", g.name, u, g.maxBody)
	}
	out.body = body
	out.validators = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	return out, nil
}

// govkzStatusError is an answer other than 200, 304, 401 and 403.
type govkzStatusError struct {
	URL    string
	Status int
}

func (e *govkzStatusError) Error() string { return fmt.Sprintf("GET %s: status %d", e.URL, e.Status) }

// govkzItem is one news item as the API writes it. Field names vary between API versions, so the
// alternatives are all read and the first non-empty one wins.
type govkzItem struct {
	ID            json.RawMessage `json:"id"`
	Slug          string          `json:"slug"`
	Title         string          `json:"title"`
	Name          string          `json:"name"`
	Body          string          `json:"body"`
	CreatedDate   json.RawMessage `json:"created_date"`
	CreatedDate2  json.RawMessage `json:"createdDate"`
	PublishedDate json.RawMessage `json:"publishedDate"`
	PublishedDat2 json.RawMessage `json:"published_date"`
}

// id is the item's id as text, whether the API wrote it as a number or a string.
func (it govkzItem) id() string {
	raw := strings.TrimSpace(string(it.ID))
	if raw == "" || raw == "null" {
		return ""
	}
	var s string
	if err := json.Unmarshal(it.ID, &s); err == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if err := json.Unmarshal(it.ID, &n); err == nil {
		return n.String()
	}
	return ""
}

func (it govkzItem) title() string {
	t := it.Title
	if strings.TrimSpace(t) == "" {
		t = it.Name
	}
	return strings.ReplaceAll(htmlText(t), "\n\n", " ")
}

// published prefers the publication date and falls back to the creation date; zero when none parses.
func (it govkzItem) published() time.Time {
	for _, raw := range []json.RawMessage{it.PublishedDate, it.PublishedDat2, it.CreatedDate, it.CreatedDate2} {
		if t := govkzParseTime(raw); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// merge fills what the list item lacks from the full article.
func (it govkzItem) merge(full govkzItem) govkzItem {
	if strings.TrimSpace(it.Title) == "" && strings.TrimSpace(it.Name) == "" {
		it.Title, it.Name = full.Title, full.Name
	}
	it.Body = full.Body
	for _, f := range []struct{ dst, src *json.RawMessage }{
		{&it.CreatedDate, &full.CreatedDate}, {&it.CreatedDate2, &full.CreatedDate2},
		{&it.PublishedDate, &full.PublishedDate}, {&it.PublishedDat2, &full.PublishedDat2},
	} {
		if govkzParseTime(*f.dst).IsZero() {
			*f.dst = *f.src
		}
	}
	return it
}

// govkzDecodeList accepts a bare array and the paged {"content": [...]} shape.
func govkzDecodeList(b []byte) ([]govkzItem, error) {
	b = []byte(strings.TrimSpace(string(b)))
	if len(b) > 0 && b[0] == '[' {
		var items []govkzItem
		if err := json.Unmarshal(b, &items); err != nil {
			return nil, fmt.Errorf("news list: %w", err)
		}
		return items, nil
	}
	var page struct {
		Content *[]govkzItem `json:"content"`
	}
	if err := json.Unmarshal(b, &page); err != nil {
		return nil, fmt.Errorf("news list: %w", err)
	}
	if page.Content == nil {
		return nil, errors.New("news list: neither an array nor an object with content: layout changed?")
	}
	return *page.Content, nil
}

// govkzDecodeArticle reads one article, bare or wrapped in {"content": {...}} or {"data": {...}}.
func govkzDecodeArticle(b []byte) (govkzItem, error) {
	var it govkzItem
	if err := json.Unmarshal(b, &it); err != nil {
		return it, fmt.Errorf("news article: %w", err)
	}
	if it.id() != "" || it.Body != "" || it.Title != "" || it.Name != "" {
		return it, nil
	}
	var wrapped struct {
		Content *govkzItem `json:"content"`
		Data    *govkzItem `json:"data"`
	}
	if err := json.Unmarshal(b, &wrapped); err == nil {
		switch {
		case wrapped.Content != nil:
			return *wrapped.Content, nil
		case wrapped.Data != nil:
			return *wrapped.Data, nil
		}
	}
	return it, nil
}
