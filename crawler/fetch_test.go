package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"agrowatch/config"
)

// htmlSource is a small `type: html` source over a fake site, for the fetch tests.
func htmlSource(t *testing.T, site *fakeSite, h config.HTTP, listing string) Source {
	t.Helper()
	return newSource(t, config.Source{Name: "t", Type: "html", URL: site.URL() + listing, LinkPattern: `/news/\d+`}, h)
}

const smallArticle = `<html><head><title>%s</title></head><body><article><h1>%s</h1>
<time datetime="2026-10-01T10:00:00+05:00">1 октября</time><p>%s</p></article></body></html>`

func TestRetryAfter(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	var mu sync.Mutex
	calls := 0
	site.set("/", fakePage{handler: func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls++
		n := calls
		mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, `<a href="/news/1">one</a>`)
	}})
	site.set("/news/1", fakePage{body: fmt.Sprintf(smallArticle, "Один", "Один", "Текст первой новости."), ctype: "text/html"})
	src := htmlSource(t, site, testHTTP(), "/")
	start := time.Now()
	got, _, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < time.Second {
		t.Errorf("retried after %s, before the Retry-After of 1s", d)
	}
	if len(got) != 1 || got[0].Text != "Текст первой новости." {
		t.Errorf("after the retry: %+v", got)
	}
}

func TestRetryAfterTwice(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	site.set("/", fakePage{status: http.StatusServiceUnavailable, header: map[string]string{"Retry-After": "1"}})
	src := htmlSource(t, site, testHTTP(), "/")
	_, _, err := poll(ctx, src, newMemState())
	var ra *RetryAfterError
	if !errors.As(err, &ra) || ra.Wait != time.Second || ra.Status != http.StatusServiceUnavailable {
		t.Fatalf("got %v, want a RetryAfterError of 1s", err)
	}
	if n := site.requested("/"); n != 2 {
		t.Errorf("listing requested %d times, want 2 (one retry)", n)
	}

	// A wait longer than the cap is not slept through: the scheduler gets it at once.
	site.set("/", fakePage{status: http.StatusTooManyRequests, header: map[string]string{"Retry-After": "86400"}})
	start := time.Now()
	_, _, err = poll(ctx, htmlSource(t, site, testHTTP(), "/"), newMemState())
	if !errors.As(err, &ra) || ra.Wait != 24*time.Hour || time.Since(start) > 5*time.Second {
		t.Errorf("long Retry-After: %v after %s", err, time.Since(start))
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 10, 8, 6, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"0":                             0,
		"120":                           2 * time.Minute,
		"Thu, 08 Oct 2026 06:00:30 GMT": 30 * time.Second,
		"Thu, 08 Oct 2026 06:05:00 GMT": 5 * time.Minute,
		"Thu, 08 Oct 2026 05:00:00 GMT": 0,
	} {
		if got, ok := parseRetryAfter(in, now); !ok || got != want {
			t.Errorf("%q: %s %v, want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "soon", "-5", "-1"} {
		if _, ok := parseRetryAfter(in, now); ok {
			t.Errorf("%q accepted", in)
		}
	}
}

func TestCharsets(t *testing.T) {
	const title = "Экспорт пшеницы в Китай"
	const text = "Казахстанские зернотрейдеры отгрузили пшеницу, ячмень и муку; объём вырос."
	page := func(cs string) string {
		return fmt.Sprintf(`<!doctype html><html><head><meta charset="%s"><title>%s</title></head><body><article><h1>%s</h1>
<time datetime="2026-10-01">1</time><p>%s</p></article></body></html>`, cs, title, title, text)
	}
	httpEquiv := func(cs string) string {
		return strings.Replace(page(cs), fmt.Sprintf(`<meta charset="%s">`, cs),
			fmt.Sprintf(`<meta http-equiv="Content-Type" content="text/html; charset=%s">`, cs), 1)
	}
	enc := func(cm *charmap.Charmap, s string) string {
		b, err := cm.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cases := []struct {
		name, ctype, body string
	}{
		{"windows-1251 by meta only", "text/html", enc(charmap.Windows1251, page("windows-1251"))},
		{"koi8-r by meta only", "text/html", enc(charmap.KOI8R, page("koi8-r"))},
		{"windows-1251 by http-equiv", "text/html", enc(charmap.Windows1251, httpEquiv("windows-1251"))},
		{"windows-1251 by header", "text/html; charset=windows-1251", enc(charmap.Windows1251, page("windows-1251"))},
		{"koi8-r by header, meta lying", "text/html; charset=KOI8-R", enc(charmap.KOI8R, page("utf-8"))},
		{"utf-8 with BOM", "text/html", "\uFEFF" + page("utf-8")},
		{"unlabelled windows-1251", "text/html", enc(charmap.Windows1251, strings.Replace(page("x"), `<meta charset="x">`, "", 1))},
		{"meta past 1024 bytes", "text/html", enc(charmap.Windows1251, strings.Replace(page("windows-1251"), "<head>", "<head><!--"+strings.Repeat(" ", 2000)+"-->", 1))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := testCtx(t, 20*time.Second)
			site := newFakeSite(t)
			site.set("/", fakePage{body: `<a href="/news/1">1</a>`, ctype: "text/html"})
			site.set("/news/1", fakePage{body: c.body, ctype: c.ctype})
			got, _, err := poll(ctx, htmlSource(t, site, testHTTP(), "/"), newMemState())
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Title != title || got[0].Text != text {
				t.Errorf("decoded wrong: %+v", got)
			}
		})
	}
}

func TestCharsetFeed(t *testing.T) {
	const title = "Ввоз скота ограничен"
	feed := `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента</title>
<item><title>` + title + `</title><link>{{BASE}}/news/1</link><description>Краткое описание.</description></item></channel></rss>`
	for _, ctype := range []string{"application/rss+xml", "application/rss+xml; charset=windows-1251"} {
		t.Run(ctype, func(t *testing.T) {
			ctx := testCtx(t, 20*time.Second)
			site := newFakeSite(t)
			site.set("/rss", fakePage{body: feed, ctype: ctype})
			site.mu.Lock()
			p := site.pages["/rss"]
			b, _ := charmap.Windows1251.NewEncoder().String(p.body)
			p.body = b
			site.pages["/rss"] = p
			site.mu.Unlock()
			src := newSource(t, config.Source{Name: "f", Type: "feed", URL: site.URL() + "/rss"}, testHTTP())
			got, _, err := poll(ctx, src, newMemState())
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Title != title || got[0].Text != "Краткое описание." {
				t.Errorf("got %+v", got)
			}
		})
	}
}

func TestBodyCap(t *testing.T) {
	big := "<html><body>" + strings.Repeat("<p>слово слово слово</p>", 200) + "</body></html>"
	h := testHTTP()
	h.MaxBody = 1024
	for _, chunked := range []bool{false, true} {
		t.Run(fmt.Sprintf("chunked=%v", chunked), func(t *testing.T) {
			ctx := testCtx(t, 20*time.Second)
			site := newFakeSite(t)
			site.set("/", fakePage{handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				if !chunked {
					w.Header().Set("Content-Length", fmt.Sprint(len(big)))
				}
				w.Write([]byte(big[:len(big)/2]))
				w.(http.Flusher).Flush()
				w.Write([]byte(big[len(big)/2:]))
			}})
			_, _, err := poll(ctx, htmlSource(t, site, h, "/"), newMemState())
			if err == nil || !strings.Contains(err.Error(), "1024") || !strings.Contains(err.Error(), site.URL()) {
				t.Fatalf("oversized body: %v; want an error naming the URL and the 1024-byte cap", err)
			}
		})
	}
	// Exactly at the cap is fine.
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	exact := `<a href="/news/1">x</a>`
	exact += strings.Repeat(" ", 1024-len(exact))
	site.set("/", fakePage{body: exact, ctype: "text/html"})
	if _, _, err := poll(ctx, htmlSource(t, site, h, "/"), newMemState()); err != nil {
		t.Errorf("a body of exactly the cap: %v", err)
	}
}

// Two sources on one host, polled at once, still take turns with the delay between them.
func TestPerHostDelayAcrossSources(t *testing.T) {
	ctx := testCtx(t, 30*time.Second)
	site := newFakeSite(t)
	site.hold = 20 * time.Millisecond
	var links strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&links, `<a href="/news/%d">n%d</a>`, i, i)
		site.set(fmt.Sprintf("/news/%d", i), fakePage{body: fmt.Sprintf(smallArticle, "T", "T", "Текст."), ctype: "text/html"})
	}
	site.set("/a", fakePage{body: links.String(), ctype: "text/html"})
	site.set("/b", fakePage{body: links.String(), ctype: "text/html"})
	h := testHTTP()
	h.Delay = config.Duration(150 * time.Millisecond)
	deps := testDeps(t, h) // one client: one gate per host
	var srcs []Source
	for _, l := range []string{"/a", "/b"} {
		s, err := New(config.Source{Name: l, Type: "html", URL: site.URL() + l, LinkPattern: `/news/\d+`}, h, deps)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, s)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(srcs))
	for i, s := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, errs[i] = poll(ctx, s, newMemState())
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	site.mu.Lock()
	defer site.mu.Unlock()
	if site.maxInflight != 1 {
		t.Errorf("%d requests in flight at once on one host", site.maxInflight)
	}
	if len(site.hits) < 8 {
		t.Fatalf("only %d requests", len(site.hits))
	}
	hits := append([]hit(nil), site.hits...)
	for i := 1; i < len(hits); i++ {
		// hits are recorded as they end; with one in flight, ends and starts alternate.
		if gap := hits[i].start.Sub(hits[i-1].start); gap < time.Duration(float64(h.Delay.D())*0.9) {
			t.Errorf("requests %d and %d (%s, %s) started %s apart, delay is %s", i-1, i, hits[i-1].path, hits[i].path, gap, h.Delay.D())
		}
	}
}

func TestHostsOverrideAndCancel(t *testing.T) {
	site := newFakeSite(t)
	site.set("/", fakePage{body: "ok"})
	c := NewClient(testHTTP(), nil) // no delay by default
	HostsOf(c).Set(site.host(), 10*time.Second, 1)
	get := func(ctxTimeout time.Duration) error {
		ctx := testCtx(t, ctxTimeout)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, site.URL()+"/", nil)
		resp, err := c.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		return err
	}
	if err := get(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	// The second request would wait the host's 10s; its context ends first, and so does the wait.
	start := time.Now()
	if err := get(200 * time.Millisecond); !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 2*time.Second {
		t.Fatalf("waiting at the gate: %v after %s; want the context's deadline, promptly", err, time.Since(start))
	}
	if n := site.requested("/"); n != 1 {
		t.Errorf("%d requests reached the server, want 1", n)
	}
	if h, _ := site.lastHit("/"); h.header.Get("User-Agent") != testHTTP().UserAgent {
		t.Errorf("User-Agent %q", h.header.Get("User-Agent"))
	}
	if HostsOf(http.DefaultClient) != nil {
		t.Error("HostsOf found a gate in a plain client")
	}
}

// The client keeps the connections its host's parallelism uses: rounds of requests at parallelism 8
// reuse eight connections, where the transport's default of two idle ones a host closed the rest after
// each response and dialled them again.
func TestClientKeepsConnections(t *testing.T) {
	var dialled atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("страница ", 2000))
	}))
	srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			dialled.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	h := testHTTP()
	h.Parallelism = 8
	c := NewClient(h, nil)
	for range 5 {
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				req, _ := http.NewRequestWithContext(testCtx(t, 5*time.Second), http.MethodGet, srv.URL+"/", nil)
				resp, err := c.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			})
		}
		wg.Wait()
	}
	if n := dialled.Load(); n > 8 {
		t.Errorf("%d connections for 40 requests, 8 at a time: want at most 8", n)
	}
}

// colly reads COLLY_* variables after its options; none of them may loosen our settings.
func TestCollyEnvIgnored(t *testing.T) {
	t.Setenv("COLLY_IGNORE_ROBOTSTXT", "")
	t.Setenv("COLLY_USER_AGENT", "evil-bot")
	t.Setenv("COLLY_MAX_BODY_SIZE", "10")
	t.Setenv("COLLY_CACHE_DIR", t.TempDir())
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	site.set("/", fakePage{body: `<a href="/news/1">1</a>`, ctype: "text/html"})
	site.set("/news/1", fakePage{body: fmt.Sprintf(smallArticle, "Заголовок", "Заголовок", "Достаточно длинный текст статьи."), ctype: "text/html"})
	got, _, err := poll(ctx, htmlSource(t, site, testHTTP(), "/"), newMemState())
	if err != nil || len(got) != 1 || got[0].Text == "" {
		t.Fatalf("%v %+v", err, got)
	}
	for _, p := range []string{"/", "/news/1"} {
		if h, _ := site.lastHit(p); h.header.Get("User-Agent") != testHTTP().UserAgent {
			t.Errorf("%s fetched as %q", p, h.header.Get("User-Agent"))
		}
	}
}

// The cap counts the bytes that came over the wire, not colly's UTF-8 copy of a windows-1251 page
// (about twice as long), and an article over it is skipped loudly: Warn, Report.Oversized, and the
// listing's validators still stored, since retrying will not shrink it.
func TestBodyCapCountsWireBytes(t *testing.T) {
	const title = "Урожай зерна"
	page, err := charmap.Windows1251.NewEncoder().String(fmt.Sprintf(smallArticle, title, title,
		strings.Repeat("Аграрии Костанайской области убрали пшеницу. ", 16)))
	if err != nil {
		t.Fatal(err)
	}
	if len(page) > 951 {
		t.Fatalf("page of %d bytes, want at most 951", len(page))
	}
	page += strings.Repeat(" ", 951-len(page))
	if utf, _ := charmap.Windows1251.NewDecoder().String(page); len(utf) <= 1500 {
		t.Fatalf("decoded page of %d bytes: the test needs more than the 1500-byte cap", len(utf))
	}
	for _, c := range []struct {
		name      string
		maxBody   int
		chunked   bool
		emitted   bool
		oversized int
	}{
		{"951 bytes under a 1500-byte cap", 1500, false, true, 0},
		{"951 bytes under a 1500-byte cap, chunked", 1500, true, true, 0},
		{"951 bytes over a 900-byte cap", 900, false, false, 1},
		{"951 bytes over a 900-byte cap, chunked", 900, true, false, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := testCtx(t, 20*time.Second)
			site := newFakeSite(t)
			site.set("/", fakePage{body: `<a href="/news/1">1</a>`, ctype: "text/html", etag: `"l1"`})
			site.set("/news/1", fakePage{handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=windows-1251")
				if !c.chunked {
					w.Header().Set("Content-Length", fmt.Sprint(len(page)))
				}
				w.Write([]byte(page[:len(page)/2]))
				w.(http.Flusher).Flush()
				w.Write([]byte(page[len(page)/2:]))
			}})
			h := testHTTP()
			h.MaxBody = config.ByteSize(c.maxBody)
			deps, logs := logDeps(t, h)
			src, err := New(config.Source{Name: "t", Type: "html", URL: site.URL() + "/", LinkPattern: `/news/\d+`}, h, deps)
			if err != nil {
				t.Fatal(err)
			}
			st := newMemState()
			got, rep, err := poll(ctx, src, st)
			if err != nil {
				t.Fatal(err)
			}
			if c.emitted != (len(got) == 1 && got[0].Title == title) {
				t.Errorf("emitted %+v, want emitted=%v", got, c.emitted)
			}
			if rep.Oversized != c.oversized {
				t.Errorf("Report.Oversized = %d, want %d", rep.Oversized, c.oversized)
			}
			warned := strings.Contains(logs.String(), "level=WARN msg=\"article skipped\"")
			if warned != (c.oversized > 0) {
				t.Errorf("Warn logged: %v, want %v:\n%s", warned, c.oversized > 0, logs)
			}
			if v := st.vals["t "+site.URL()+"/"]; v.ETag != `"l1"` {
				t.Errorf("listing validators %+v, want them stored: an oversized article is skipped for good", v)
			}
		})
	}
}

// Validators a server stopped sending are deleted (stored as the zero value), and no longer sent.
func TestValidatorsDropped(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	site.set("/news/1", fakePage{body: fmt.Sprintf(smallArticle, "Один", "Один", "Текст первой новости."), ctype: "text/html"})
	st := newMemState()
	src := htmlSource(t, site, testHTTP(), "/")
	for i, c := range []struct {
		etag    string
		wantSet []Validators // SetValidators calls after this poll, in all
	}{
		{`"v1"`, []Validators{{ETag: `"v1"`}}},
		{"", []Validators{{ETag: `"v1"`}, {}}},
		{"", []Validators{{ETag: `"v1"`}, {}}}, // nothing stored, nothing to delete: no write
	} {
		site.set("/", fakePage{body: `<a href="/news/1">1</a>`, ctype: "text/html", etag: c.etag})
		if _, _, err := poll(ctx, src, st); err != nil {
			t.Fatalf("poll %d: %v", i+1, err)
		}
		if fmt.Sprint(st.set) != fmt.Sprint(c.wantSet) {
			t.Errorf("after poll %d: SetValidators calls %+v, want %+v", i+1, st.set, c.wantSet)
		}
		if i == 2 {
			if h, _ := site.lastHit("/"); h.header.Get("If-None-Match") != "" {
				t.Errorf("poll 3 sent If-None-Match %q for a dropped ETag", h.header.Get("If-None-Match"))
			}
		}
	}
}

func TestErrorPrefixes(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	n := 0
	var mu sync.Mutex
	site.set("/", fakePage{handler: func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		next := fmt.Sprintf("/?n=%d", n)
		mu.Unlock()
		http.Redirect(w, r, next, http.StatusFound)
	}})
	_, _, loopErr := poll(ctx, htmlSource(t, site, testHTTP(), "/"), newMemState())
	if loopErr == nil {
		t.Fatal("a redirect loop was followed to the end")
	}
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"ErrDisallowed", ErrDisallowed, "crawler: disallowed by robots.txt"},
		{"errTooLarge", errTooLarge, "crawler: body larger than the cap"},
		{"redirect loop", loopErr, "crawler: stopped after 10 redirects"},
	} {
		if !strings.Contains(c.err.Error(), c.want) {
			t.Errorf("%s: %q does not say %q", c.name, c.err, c.want)
		}
	}
}
