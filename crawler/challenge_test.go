package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"agrowatch"
)

// challengeSite is customs.gov.cn as plain clients have met it: every page, robots.txt aside, answers
// 412 with a script that sets a cookie and reloads, unless the request carries that cookie. want is
// the cookie value the site accepts now; the script hands it out unless refuseAll is set.
type challengeSite struct {
	*fakeSite
	front *httptest.Server

	mu        sync.Mutex
	want      string
	refuseAll bool
	refused   int      // 412s answered
	passedUA  []string // User-Agents of requests that carried the cookie
	flipTo    string   // when set, the cookie the site wants once it has served one page
}

func newChallengeSite(t *testing.T) *challengeSite {
	cs := &challengeSite{fakeSite: gaccSite(t), want: "v1"}
	cs.front = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		cs.mu.Lock()
		want, refuseAll := cs.want, cs.refuseAll
		c, err := r.Cookie("gacc_pass")
		ok := err == nil && c.Value == want
		if ok {
			cs.passedUA = append(cs.passedUA, r.UserAgent())
			if cs.flipTo != "" {
				cs.want, cs.flipTo = cs.flipTo, ""
			}
		} else {
			cs.refused++
		}
		cs.mu.Unlock()
		if ok {
			cs.serve(w, r)
			return
		}
		hand := want
		if refuseAll {
			hand = "stale"
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusPreconditionFailed)
		fmt.Fprintf(w, `<!doctype html><html><head><meta charset="utf-8"></head><body>
<script>document.cookie = "gacc_pass=%s; path=/"; setTimeout(function () { location.reload(); }, 30);</script>
</body></html>`, hand)
	}))
	t.Cleanup(cs.front.Close)
	return cs
}

func (cs *challengeSite) set(want string, refuseAll bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.want, cs.refuseAll = want, refuseAll
}

// source is the gacc preset moved to the challenging front server.
func (cs *challengeSite) source(t *testing.T, d Deps) *htmlSite {
	t.Helper()
	src, p := onSite(t, "gacc", "", cs.front.URL)
	s, err := newFrom(src, p, testHTTP(), d)
	if err != nil {
		t.Fatal(err)
	}
	return s.(*htmlSite)
}

// fakeBrowser passes the challenge the way the site's script would, or has no browser to run.
type fakeBrowser struct {
	mu    sync.Mutex
	value string
	err   error
	calls int
}

func (b *fakeBrowser) Cookies(_ context.Context, pageURL, userAgent string) ([]*http.Cookie, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.calls++
	if b.err != nil {
		return nil, b.err
	}
	return []*http.Cookie{{Name: "gacc_pass", Value: b.value, Path: "/"}}, nil
}

func (b *fakeBrowser) runs() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.calls
}

func TestChallengePage(t *testing.T) {
	for name, tt := range map[string]struct {
		body string
		want bool
	}{
		"script and a cookie":  {`<html><body><script>document.cookie="a=b";location.reload()</script></body></html>`, true},
		"an obfuscated script": {`<html><head><meta id="x" content="..."><script>$_ts=window['$_ts'];</script></head><body></body></html>`, true},
		"a listing":            {``, false},
		"an article with analytics": {`<html><body><script>if (document.cookie) {}</script>` +
			strings.Repeat("<p>海关总署决定解除对哈萨克斯坦牛肉的进口禁令。</p>", 20) + `</body></html>`, false},
		"no script": {`<html><body>cookie</body></html>`, false},
	} {
		body := []byte(tt.body)
		if name == "a listing" {
			var err error
			if body, err = os.ReadFile(filepath.Join("testdata", "gacc", "dzs-utf8.html")); err != nil {
				t.Fatal(err)
			}
		}
		if got := challengePage(body); got != tt.want {
			t.Errorf("%s: challengePage = %v, want %v", name, got, tt.want)
		}
	}
}

// The browser's cookies let plain requests through for as long as the site takes them; refused again,
// the browser is asked again; refused even with fresh cookies, the source backs off hard.
func TestChallengeCookiesKept(t *testing.T) {
	ctx := testCtx(t, 30*time.Second)
	cs := newChallengeSite(t)
	s := cs.source(t, testDeps(t, testHTTP()))
	fb := &fakeBrowser{value: "v1"}
	s.pass.browser = fb
	st := newMemState()

	got, rep, err := poll(ctx, s, st)
	if err != nil || len(got) != 3 || rep.Articles != 3 || len(rep.Notes) != 0 {
		t.Fatalf("first poll: %d articles, %+v, %v", len(got), rep, err)
	}
	if fb.runs() != 1 {
		t.Errorf("the browser ran %d times in the first poll, want once", fb.runs())
	}
	// The next poll goes on with the cookies: no browser.
	if _, _, err := poll(ctx, s, st); err != nil || fb.runs() != 1 {
		t.Fatalf("second poll: %v; browser runs %d, want still 1", err, fb.runs())
	}
	// The site wants another cookie: refused, the browser earns it, the poll goes on.
	cs.set("v2", false)
	fb.mu.Lock()
	fb.value = "v2"
	fb.mu.Unlock()
	if _, _, err := poll(ctx, s, st); err != nil || fb.runs() != 2 {
		t.Fatalf("after the site changed its cookie: %v; browser runs %d, want 2", err, fb.runs())
	}
	// Refused even with the browser's cookie: a long wait, not a poll every interval.
	cs.set("v3", true)
	_, _, err = poll(ctx, s, st)
	var ra *RetryAfterError
	if !errors.As(err, &ra) || ra.Wait != challengeRefusedWait || ra.Status != http.StatusPreconditionFailed {
		t.Fatalf("refused with fresh cookies: %v; want a RetryAfterError of %s", err, challengeRefusedWait)
	}
	if fb.runs() != 3 {
		t.Errorf("browser runs %d, want 3 (one per refused poll)", fb.runs())
	}
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for _, ua := range cs.passedUA {
		if ua != testHTTP().UserAgent {
			t.Errorf("a request with the cookie came as %q, want our User-Agent", ua)
		}
	}
}

// A site that changes its cookie between the listing and the articles, read eight at a time: every
// article comes back refused at once, the browser runs once for the poll, and each article is asked
// again with the cookie it earned, the ones refused while it ran too.
func TestChallengeMidPollParallel(t *testing.T) {
	ctx := testCtx(t, 30*time.Second)
	cs := newChallengeSite(t)
	h := testHTTP()
	h.Parallelism = 8
	src, p := onSite(t, "gacc", "", cs.front.URL)
	s0, err := newFrom(src, p, h, testDeps(t, h))
	if err != nil {
		t.Fatal(err)
	}
	s := s0.(*htmlSite)
	fb := &fakeBrowser{value: "v1"}
	s.pass.browser = fb
	st := newMemState()
	if _, _, err := poll(ctx, s, st); err != nil || fb.runs() != 1 {
		t.Fatalf("first poll: %v; browser runs %d", err, fb.runs())
	}
	st = newMemState() // the same articles are new again
	cs.mu.Lock()
	cs.flipTo = "v2"
	cs.mu.Unlock()
	fb.mu.Lock()
	fb.value = "v2"
	fb.mu.Unlock()
	got, rep, err := poll(ctx, s, st)
	if err != nil || len(got) != 3 || rep.Articles != 3 {
		t.Fatalf("poll with the cookie changed after the listing: %d articles, %+v, %v", len(got), rep, err)
	}
	if fb.runs() != 2 {
		t.Errorf("browser runs %d, want 2: one for the second poll however many pages were refused at once", fb.runs())
	}
}

// No browser on the machine: the poll backs off hard and the health says why.
func TestChallengeNoChromium(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	cs := newChallengeSite(t)
	s := cs.source(t, testDeps(t, testHTTP()))
	s.pass.browser = &fakeBrowser{err: fmt.Errorf("tried chromium: %w", errNoChromium)}
	_, rep, err := poll(ctx, s, newMemState())
	var ra *RetryAfterError
	if !errors.As(err, &ra) || ra.Wait != challengeRefusedWait || !errors.Is(err, errNoChromium) {
		t.Fatalf("err = %v; want a long RetryAfterError naming the missing browser", err)
	}
	h, _ := NextHealth(agrowatch.Health{}, rep, err, testNow)
	if !strings.Contains(h.Note, "no Chromium on this machine") || h.Failures != 1 {
		t.Errorf("health %+v", h)
	}
}

// The real thing: a headless Chromium runs the site's script, and plain requests go on with its
// cookie. CI installs Debian's chromium; elsewhere the test says why it does not run.
func TestChallengeChromium(t *testing.T) {
	chromium := govkzChromiumForTest(t)
	ctx := testCtx(t, 90*time.Second)
	cs := newChallengeSite(t)
	d := testDeps(t, testHTTP())
	d.ChromiumPath = chromium
	s := cs.source(t, d)
	got, rep, err := poll(ctx, s, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || rep.Articles != 3 || len(rep.Notes) != 0 {
		t.Errorf("%d articles, report %+v", len(got), rep)
	}
	s.pass.mu.Lock()
	runs := s.pass.runs
	s.pass.mu.Unlock()
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if runs != 1 || cs.refused < 1 {
		t.Errorf("browser runs %d, 412s %d; want one run after at least one refusal", runs, cs.refused)
	}
	// The browser's own load and every plain request after it: the listing twice (browser, then
	// plain), both listings' articles and the department's listing, all as agrowatch.
	if len(cs.passedUA) < 5 {
		t.Errorf("%d requests carried the cookie, want at least 5", len(cs.passedUA))
	}
	for _, ua := range cs.passedUA {
		if ua != testHTTP().UserAgent {
			t.Errorf("a request with the cookie came as %q, want our User-Agent", ua)
		}
	}
}

// FuzzContainsLower: the search without a lowercase copy finds what the search in the copy found.
func FuzzContainsLower(f *testing.F) {
	for _, s := range []string{
		"<SCRIPT>document.Cookie</script>", "<scrip", "coo\u212aie <ScRiPt", "\u0130", "$_TS", "\xff<script\xfe",
		"<ſcript", "КУКИ cookie", "", "c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, pat := range []string{"<script", "cookie", "$_ts"} {
			if got, want := containsLower([]byte(s), pat), referenceContainsLower([]byte(s), pat); got != want {
				t.Fatalf("containsLower(%q, %q) = %v, in the lowercased copy %v", s, pat, got, want)
			}
		}
	})
}
