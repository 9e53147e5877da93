package crawler

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/config"
)

// govkzAPI is a fake gov.kz API serving the fixtures in testdata/govkz.
type govkzAPI struct {
	t        *testing.T
	list     string // fixture file of the listing
	project  string
	lang     string
	etag     string         // sent with the listing; If-None-Match equal to it gives 304
	robots   string         // served as /robots.txt; "" answers 404
	listBody []byte         // overrides list when set
	status   map[string]int // article id → status to answer instead of the fixture

	mu          sync.Mutex
	hash, token string // when set, requests without exactly these headers get 403
	listHits    int
	articleHits map[string]int
	refusals    int
	robotsHits  int
}

func (a *govkzAPI) setTokens(hash, token string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.hash, a.token = hash, token
}

func (a *govkzAPI) counts() (list int, articles map[string]int, refusals int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	m := map[string]int{}
	for k, v := range a.articleHits {
		m[k] = v
	}
	return a.listHits, m, a.refusals
}

func (a *govkzAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if r.URL.Path == "/robots.txt" {
		a.robotsHits++
		if a.robots == "" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, a.robots)
		return
	}
	base := "http://" + r.Host
	if got, want := r.Header.Get("Origin"), base; got != want {
		a.t.Errorf("%s: Origin = %q, want %q", r.URL, got, want)
	}
	if got, want := r.Header.Get("Referer"), base+"/memleket/entities/"+a.project+"/press/news?lang="+a.lang; got != want {
		a.t.Errorf("%s: Referer = %q, want %q", r.URL, got, want)
	}
	if got := r.URL.Query().Get("lang"); got != a.lang {
		a.t.Errorf("%s: lang = %q, want %q", r.URL, got, a.lang)
	}
	if a.hash != "" && (r.Header.Get("hash") != a.hash || r.Header.Get("token") != a.token) {
		a.refusals++
		http.Error(w, `{"message":"Forbidden"}`, http.StatusForbidden)
		return
	}
	switch id, ok := strings.CutPrefix(r.URL.Path, govkzAPIPath+"/"); {
	case r.URL.Path == govkzAPIPath:
		a.listHits++
		q := r.URL.Query()
		if q.Get("projects") != "eq:"+a.project || q.Get("sort-by") != "created_date:DESC" || q.Get("page") != "1" || q.Get("size") != "10" {
			a.t.Errorf("list query = %q", r.URL.RawQuery)
		}
		if a.etag != "" && r.Header.Get("If-None-Match") == a.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		body := a.listBody
		if body == nil {
			var err error
			if body, err = os.ReadFile(filepath.Join("testdata", "govkz", a.list)); err != nil {
				a.t.Error(err)
			}
		}
		if a.etag != "" {
			w.Header().Set("ETag", a.etag)
			w.Header().Set("Last-Modified", "Wed, 07 Oct 2026 07:00:00 GMT")
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	case ok:
		if a.articleHits == nil {
			a.articleHits = map[string]int{}
		}
		a.articleHits[id]++
		if code := a.status[id]; code != 0 {
			http.Error(w, http.StatusText(code), code)
			return
		}
		b, err := os.ReadFile(filepath.Join("testdata", "govkz", "article_"+id+".json"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(b)
	default:
		http.NotFound(w, r)
	}
}

// govkzFakeTokens is a tokenSource that hands out fixed headers and counts its calls.
type govkzFakeTokens struct {
	mu          sync.Mutex
	hash, token string
	calls       int
	pages       []string
}

func (f *govkzFakeTokens) Tokens(ctx context.Context, pageURL string) (string, string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	f.pages = append(f.pages, pageURL)
	return f.hash, f.token, nil
}

func (f *govkzFakeTokens) set(hash, token string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.hash, f.token = hash, token
}

func (f *govkzFakeTokens) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// govkzLog is a logger whose output the test can read.
type govkzLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *govkzLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *govkzLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// newGovkzTest starts a fake API and a source on it.
func newGovkzTest(t *testing.T, api *govkzAPI, src config.Source, h config.HTTP) (*govKZ, *httptest.Server, *govkzLog) {
	t.Helper()
	api.t = t
	if api.project == "" {
		api.project = "moa"
	}
	if api.lang == "" {
		api.lang = "ru"
	}
	ts := httptest.NewServer(api)
	t.Cleanup(ts.Close)
	logs := &govkzLog{}
	if src.Name == "" {
		src.Name = "govkz-test"
	}
	src.URL = ts.URL
	if h.MaxBody == 0 {
		h.MaxBody = 1 << 20
	}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s, err := newGovKZ(src, h, Deps{
		Client: NewClient(h, logger), // as in the daemon: host gates and the shared robots.txt cache
		Logger: logger,
		Now:    func() time.Time { return testNow },
	})
	if err != nil {
		t.Fatal(err)
	}
	g := s.(*govKZ)
	g.tokens = &govkzFakeTokens{} // never a real browser unless a test says so
	return g, ts, logs
}

func govkzCollect(ctx context.Context, s Source, st State) ([]agrowatch.Article, Report, error) {
	var got []agrowatch.Article
	rep, err := s.Poll(ctx, st, func(a agrowatch.Article) error {
		got = append(got, a)
		return nil
	})
	return got, rep, err
}

func TestGovKZListShapes(t *testing.T) {
	for _, tc := range []struct {
		name, list, project, lang string
	}{
		{"array", "list_array.json", "", ""},
		{"content", "list_content.json", "mti", "kk"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			api := &govkzAPI{list: tc.list, project: tc.project, lang: tc.lang}
			s, ts, _ := newGovkzTest(t, api, config.Source{Project: tc.project, Lang: tc.lang}, config.HTTP{})
			got, rep, err := govkzCollect(ctx, s, newMemState())
			if err != nil {
				t.Fatal(err)
			}
			out, err := json.MarshalIndent(struct {
				Report   Report              `json:"report"`
				Articles []agrowatch.Article `json:"articles"`
			}{rep, got}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(bytes.ReplaceAll(out, []byte(ts.URL), []byte("{base}")), '\n')
			golden := filepath.Join("testdata", "govkz", tc.name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run GovKZ ./crawler -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("poll differs from %s (-update rewrites it):\n%s", golden, out)
			}
			// Only the items without a body in the listing were fetched one by one.
			_, articles, _ := api.counts()
			for id, n := range articles {
				if n != 1 {
					t.Errorf("article %s fetched %d times", id, n)
				}
			}
			if tc.name == "array" && (len(articles) != 1 || articles["1041200"] != 1) {
				t.Errorf("article fetches = %v, want only 1041200", articles)
			}
		})
	}
}

func TestGovKZTokens(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	api := &govkzAPI{list: "list_array.json", hash: "h-1", token: "t-1"}
	s, ts, _ := newGovkzTest(t, api, config.Source{}, config.HTTP{})
	tokens := &govkzFakeTokens{hash: "h-1", token: "t-1"}
	s.tokens = tokens

	// A refusal makes the source capture tokens from the page and retry with them.
	got, _, err := govkzCollect(ctx, s, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d articles, want 3", len(got))
	}
	if tokens.count() != 1 {
		t.Fatalf("captures = %d, want 1", tokens.count())
	}
	if want := ts.URL + "/memleket/entities/moa/press/news?lang=ru"; tokens.pages[0] != want {
		t.Errorf("captured from %q, want %q", tokens.pages[0], want)
	}
	_, _, refusals := api.counts()
	if refusals != 1 {
		t.Errorf("refusals = %d, want 1 (the first plain request only)", refusals)
	}

	// The cached tokens serve the next poll without a browser.
	if _, _, err := govkzCollect(ctx, s, newMemState()); err != nil {
		t.Fatal(err)
	}
	if tokens.count() != 1 {
		t.Errorf("captures after second poll = %d, want 1 (tokens cached)", tokens.count())
	}

	// Rotated tokens: the cached ones are refused, one new capture, success.
	api.setTokens("h-2", "t-2")
	tokens.set("h-2", "t-2")
	if _, _, err := govkzCollect(ctx, s, newMemState()); err != nil {
		t.Fatal(err)
	}
	if tokens.count() != 2 {
		t.Errorf("captures after rotation = %d, want 2", tokens.count())
	}

	// Refused even with fresh tokens: one capture per poll, then a hard error.
	api.setTokens("h-3", "t-3")
	for poll := 1; poll <= 2; poll++ {
		got, rep, err := govkzCollect(ctx, s, newMemState())
		if err == nil || !strings.Contains(err.Error(), "crawler: govkz govkz-test: API refused (403) even with browser tokens") {
			t.Fatalf("poll %d: err = %v, want API refused (403) even with browser tokens", poll, err)
		}
		if len(got) != 0 || rep.Items != 0 {
			t.Errorf("poll %d: got %d articles, report %+v", poll, len(got), rep)
		}
		var ra *RetryAfterError
		if !errors.As(err, &ra) || ra.Status != http.StatusForbidden || ra.Wait != govkzRefusedWait {
			t.Errorf("poll %d: err = %#v, want a RetryAfterError{403, %s} for the scheduler", poll, err, govkzRefusedWait)
		}
		if want := 2 + poll; tokens.count() != want {
			t.Errorf("poll %d: captures = %d, want %d (one per poll)", poll, tokens.count(), want)
		}
	}
}

func TestGovKZNoChromium(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	api := &govkzAPI{list: "list_array.json", hash: "h", token: "t"}
	s, _, logs := newGovkzTest(t, api, config.Source{}, config.HTTP{})
	var looked []string
	s.tokens = &chromiumTokens{
		path: filepath.Join(t.TempDir(), "no-such-chromium"),
		lookPath: func(name string) (string, error) {
			looked = append(looked, name)
			return "", &exec.Error{Name: name, Err: exec.ErrNotFound}
		},
		timeout: time.Second,
		log:     s.log,
	}
	for poll := 1; poll <= 2; poll++ {
		got, rep, err := govkzCollect(ctx, s, newMemState())
		if err == nil || !errors.Is(err, errNoChromium) || !strings.Contains(err.Error(), "Chromium") {
			t.Fatalf("poll %d: err = %v, want one naming Chromium", poll, err)
		}
		if !strings.HasPrefix(err.Error(), "crawler: govkz govkz-test: API refused (403)") {
			t.Errorf("poll %d: err = %v", poll, err)
		}
		if len(got) != 0 {
			t.Errorf("poll %d: %d articles", poll, len(got))
		}
		if len(rep.Notes) != 1 || rep.Notes[0] != govkzNoChromiumNote {
			t.Errorf("poll %d: notes = %q, want [%q]", poll, rep.Notes, govkzNoChromiumNote)
		}
	}
	var warned int
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, "level=WARN") && strings.Contains(line, "no Chromium on this machine") {
			warned++
		}
	}
	if warned != 1 {
		t.Errorf("warned %d times, want once:\n%s", warned, logs)
	}
	if want := "chromium chromium-browser google-chrome headless-shell"; strings.Join(looked[:4], " ") != want {
		t.Errorf("looked up %q, want %q first", looked, want)
	}
}

func TestGovKZSeenNotFetched(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	api := &govkzAPI{list: "list_array.json"}
	s, ts, _ := newGovkzTest(t, api, config.Source{}, config.HTTP{})
	st := newMemState()
	st.seen[ts.URL+"/memleket/entities/moa/press/news/details/1041200?lang=ru"] = true
	st.seen[ts.URL+"/memleket/entities/moa/press/news/details/1041150?lang=ru"] = true
	got, rep, err := govkzCollect(ctx, s, st)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.HasSuffix(got[0].URL, "/details/1041234?lang=ru") {
		t.Fatalf("got %+v, want only 1041234", got)
	}
	if rep.Items != 3 || rep.New != 1 || rep.Articles != 1 {
		t.Errorf("report = %+v, want 3 items, 1 new, 1 article", rep)
	}
	if _, articles, _ := api.counts(); len(articles) != 0 {
		t.Errorf("article fetches = %v, want none (1041200 was seen)", articles)
	}
}

func TestGovKZNotModified(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	api := &govkzAPI{list: "list_array.json", etag: `"v1"`}
	s, _, _ := newGovkzTest(t, api, config.Source{}, config.HTTP{})
	st := newMemState()

	// A poll whose emit fails keeps no validators: the next poll must see the listing again.
	boom := errors.New("store full")
	if _, err := s.Poll(ctx, st, func(agrowatch.Article) error { return boom }); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the emit error", err)
	}
	if v, _ := st.Validators("govkz-test", s.listURL()); v != (Validators{}) {
		t.Errorf("validators after a failed poll = %+v, want none", v)
	}

	if _, rep, err := govkzCollect(ctx, s, st); err != nil || rep.NotModified || rep.Articles != 3 {
		t.Fatalf("first poll: report %+v, err %v", rep, err)
	}
	v, _ := st.Validators("govkz-test", s.listURL())
	if v.ETag != `"v1"` || v.LastModified != "Wed, 07 Oct 2026 07:00:00 GMT" {
		t.Errorf("validators = %+v", v)
	}
	got, rep, err := govkzCollect(ctx, s, st)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.NotModified || len(got) != 0 || rep.Items != 0 {
		t.Errorf("second poll: report %+v, %d articles; want NotModified and nothing else", rep, len(got))
	}
	if list, articles, _ := api.counts(); list != 3 || articles["1041200"] != 1 {
		t.Errorf("list fetched %d times, articles %v; want 3 and 1041200 once (the 304 fetches nothing)", list, articles)
	}

	// The API stops sending validators: the stored ones are deleted, not sent for ever.
	api.mu.Lock()
	api.etag = ""
	api.mu.Unlock()
	if _, rep, err := govkzCollect(ctx, s, st); err != nil || rep.NotModified {
		t.Fatalf("poll without validators: report %+v, err %v", rep, err)
	}
	if v, ok := st.vals["govkz-test "+s.listURL()]; !ok || v != (Validators{}) {
		t.Errorf("validators after the API dropped them = %+v (stored: %v), want the zero value stored", v, ok)
	}
}

func TestGovKZArticleErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	list := []byte(`[{"id":999,"title":"withdrawn"},{"id":1041200},{"id":7,"title":"kept","body":"<p>text</p>"}]`)

	// A withdrawn article (404) is skipped; the poll goes on.
	api := &govkzAPI{listBody: list}
	s, _, logs := newGovkzTest(t, api, config.Source{}, config.HTTP{})
	got, rep, err := govkzCollect(ctx, s, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Title != "Инспекция GACC посетит мясокомбинаты" || got[1].Text != "text" {
		t.Errorf("got %+v", got)
	}
	if rep.Items != 3 || rep.New != 3 || rep.Articles != 2 {
		t.Errorf("report = %+v", rep)
	}
	if !strings.Contains(logs.String(), "article gone") {
		t.Errorf("no warning about the withdrawn article:\n%s", logs)
	}

	// A server error stops the poll, naming the URL.
	api2 := &govkzAPI{listBody: list, etag: `"e"`, status: map[string]int{"1041200": http.StatusBadGateway}}
	s2, _, _ := newGovkzTest(t, api2, config.Source{}, config.HTTP{})
	st := newMemState()
	st.seen[s2.canonicalURL("999")] = true
	_, _, err = govkzCollect(ctx, s2, st)
	var se *govkzStatusError
	if !errors.As(err, &se) || se.Status != http.StatusBadGateway || !strings.HasPrefix(err.Error(), "crawler: govkz govkz-test: GET "+s2.articleURL("1041200")) {
		t.Errorf("err = %v, want a 502 naming the article URL", err)
	}
	if v, _ := st.Validators("govkz-test", s2.listURL()); v != (Validators{}) {
		t.Errorf("validators stored after a failed poll: %+v", v)
	}
}

func TestGovKZRateLimited(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Retry-After", "120")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}))
	defer ts.Close()
	s, err := newGovKZ(config.Source{Name: "rl", URL: ts.URL}, config.HTTP{}, Deps{Client: ts.Client()})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = govkzCollect(ctx, s, newMemState())
	var ra *RetryAfterError
	if !errors.As(err, &ra) || ra.Status != http.StatusTooManyRequests || ra.Wait != 2*time.Minute ||
		!strings.HasPrefix(err.Error(), "crawler: govkz rl: ") {
		t.Errorf("err = %v, want a RetryAfterError of 2m", err)
	}
}

func TestGovKZBodyCap(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	big := fmt.Sprintf(`[{"id":1,"title":"x","body":"<p>%s</p>"}]`, strings.Repeat("а", 600))
	api := &govkzAPI{listBody: []byte(big)}
	s, _, _ := newGovkzTest(t, api, config.Source{}, config.HTTP{MaxBody: 1000})
	got, _, err := govkzCollect(ctx, s, newMemState())
	if err == nil || !strings.Contains(err.Error(), s.listURL()) || !strings.Contains(err.Error(), "larger than 1000 bytes") {
		t.Fatalf("err = %v, want a body cap error naming %s", err, s.listURL())
	}
	if len(got) != 0 {
		t.Errorf("%d articles from a refused body", len(got))
	}

	// Exactly at the cap is fine.
	api2 := &govkzAPI{listBody: []byte(big)}
	s2, _, _ := newGovkzTest(t, api2, config.Source{}, config.HTTP{MaxBody: config.ByteSize(len(big))})
	if got, _, err := govkzCollect(ctx, s2, newMemState()); err != nil || len(got) != 1 {
		t.Fatalf("at the cap: %d articles, err %v", len(got), err)
	}
}

func TestGovKZConstructor(t *testing.T) {
	s, err := newGovKZ(config.Source{Name: "moa"}, config.HTTP{}, Deps{})
	if err != nil {
		t.Fatal(err)
	}
	g := s.(*govKZ)
	for _, c := range [][2]string{
		{g.listURL(), "https://www.gov.kz/api/v1/public/content-manager/news?sort-by=created_date:DESC&projects=eq:moa&page=1&size=10&lang=ru"},
		{g.articleURL("42"), "https://www.gov.kz/api/v1/public/content-manager/news/42?lang=ru"},
		{g.pageURL(), "https://www.gov.kz/memleket/entities/moa/press/news?lang=ru"},
		{g.canonicalURL("42"), "https://www.gov.kz/memleket/entities/moa/press/news/details/42?lang=ru"},
		{s.Name(), "moa"},
		{fmt.Sprint(g.maxBody), fmt.Sprint(govkzDefaultMaxBody)},
		{fmt.Sprint(g.client != nil, g.now != nil, g.log != nil), "true true true"},
	} {
		if c[0] != c[1] {
			t.Errorf("got %q, want %q", c[0], c[1])
		}
	}
	m, err := newGovKZ(config.Source{Name: "mti", URL: "http://mirror.example:8080/some/path", Project: "mti", Lang: "en"}, config.HTTP{}, Deps{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.(*govKZ).canonicalURL("7"), "http://mirror.example:8080/memleket/entities/mti/press/news/details/7?lang=en"; got != want {
		t.Errorf("mirror canonical = %q, want %q", got, want)
	}
	for _, bad := range []config.Source{
		{Name: "x", Lang: "zh"},
		{Name: "x", URL: "ftp://gov.kz"},
		{Name: "x", Project: "moa/../x"},
	} {
		if _, err := newGovKZ(bad, config.HTTP{}, Deps{}); err == nil || !strings.HasPrefix(err.Error(), "crawler: govkz x: ") {
			t.Errorf("%+v: err = %v", bad, err)
		}
	}
}

func TestGovKZParseTime(t *testing.T) {
	kz := time.FixedZone("KZ", 5*3600)
	for _, tc := range []struct {
		raw  string
		want time.Time
	}{
		{`"2026-10-07T12:00:00+05:00"`, time.Date(2026, 10, 7, 7, 0, 0, 0, time.UTC)},
		{`"2026-10-07T12:00:00+0500"`, time.Date(2026, 10, 7, 7, 0, 0, 0, time.UTC)},
		{`"2026-10-07T12:00:00.123+0500"`, time.Date(2026, 10, 7, 7, 0, 0, 123e6, time.UTC)},
		{`"2026-10-07T07:00:00Z"`, time.Date(2026, 10, 7, 7, 0, 0, 0, time.UTC)},
		{`"2026-10-07T07:00:00.5Z"`, time.Date(2026, 10, 7, 7, 0, 0, 5e8, time.UTC)},
		{`"2026-10-07 12:00:00"`, time.Date(2026, 10, 7, 12, 0, 0, 0, kz)},
		{`"2026-10-07T12:00:00"`, time.Date(2026, 10, 7, 12, 0, 0, 0, kz)},
		{`"2026-10-07"`, time.Date(2026, 10, 7, 0, 0, 0, 0, kz)},
		{`"07.10.2026 12:00"`, time.Date(2026, 10, 7, 12, 0, 0, 0, kz)},
		{`1791100800000`, time.Date(2026, 10, 4, 8, 0, 0, 0, time.UTC)},
		{`"1791100800000"`, time.Date(2026, 10, 4, 8, 0, 0, 0, time.UTC)},
		{`1.7911008e12`, time.Date(2026, 10, 4, 8, 0, 0, 0, time.UTC)},
		{`1791100800`, time.Date(2026, 10, 4, 8, 0, 0, 0, time.UTC)},
		{`null`, time.Time{}},
		{``, time.Time{}},
		{`""`, time.Time{}},
		{`"вчера"`, time.Time{}},
		{`"2026"`, time.Time{}},
		{`0`, time.Time{}},
		{`-5`, time.Time{}},
		{`true`, time.Time{}},
		{`{"date":"2026-10-07"}`, time.Time{}},
	} {
		if got := govkzParseTime(json.RawMessage(tc.raw)); !got.Equal(tc.want) {
			t.Errorf("%s: got %v, want %v", tc.raw, got, tc.want)
		}
	}
}

func TestGovKZText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"plain  text\n here", "plain text here"},
		{"<p>a&nbsp;b</p><p> c </p>", "a\u00a0b\n\nc"},
		{"<script>x()</script><style>p{}</style><p>kept</p><noscript>no</noscript>", "kept"},
		{"<p>line one<br>line two</p>", "line one\n\nline two"},
		{"<div>outer <span>in</span><b>line</b> text<div>nested</div>tail</div>", "outer inline text\n\nnested\n\ntail"},
		{"<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"},
		{"<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
		{"<p><img src=x></p>", ""},
		{"<p>Word<o:p></o:p> doc</p>", "Word doc"},
		{"&lt;escaped&gt; &amp; fine", "<escaped> & fine"},
	} {
		if got := htmlText(tc.in); got != tc.want {
			t.Errorf("htmlText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestGovKZDecode(t *testing.T) {
	for _, bad := range []string{`{"items":[]}`, `nope`, `[{"id":`} {
		if _, err := govkzDecodeList([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	items, err := govkzDecodeList([]byte(` {"content": []} `))
	if err != nil || len(items) != 0 {
		t.Errorf("empty content: %v, %v", items, err)
	}
	for _, in := range []string{`{"id":5,"body":"<p>b</p>"}`, `{"content":{"id":5,"body":"<p>b</p>"}}`, `{"data":{"id":"5","body":"<p>b</p>"}}`} {
		it, err := govkzDecodeArticle([]byte(in))
		if err != nil || it.id() != "5" || it.Body != "<p>b</p>" {
			t.Errorf("%s: %+v, %v", in, it, err)
		}
	}
}

// The API obeys robots.txt (through the client's shared cache) unless ignore_robots, and no redirect
// takes it off the site.
func TestGovKZRobotsAndRedirects(t *testing.T) {
	const disallowAPI = "User-agent: *\nDisallow: /api/\n"
	for _, c := range []struct {
		name         string
		robots       string
		ignoreRobots bool
		wantErr      error
		listHits     int
	}{
		{"robots.txt disallows the API", disallowAPI, false, ErrDisallowed, 0},
		{"ignore_robots", disallowAPI, true, nil, 1},
		{"robots.txt allows", "User-agent: *\nDisallow: /private/\n", false, nil, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			api := &govkzAPI{list: "list_array.json", robots: c.robots}
			s, _, _ := newGovkzTest(t, api, config.Source{}, config.HTTP{IgnoreRobots: c.ignoreRobots})
			_, _, err := govkzCollect(ctx, s, newMemState())
			if c.wantErr == nil && err != nil || c.wantErr != nil && !errors.Is(err, c.wantErr) {
				t.Fatalf("err = %v, want %v", err, c.wantErr)
			}
			if list, _, _ := api.counts(); list != c.listHits {
				t.Errorf("listing requested %d times, want %d", list, c.listHits)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "crawler: govkz govkz-test: ") {
				t.Errorf("err %q lacks the source's prefix", err)
			}
		})
	}

	t.Run("redirect to another server", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		var mu sync.Mutex
		otherHits := 0
		other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			otherHits++
			mu.Unlock()
			_, _ = io.WriteString(w, "[]")
		}))
		defer other.Close()
		ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			http.Redirect(w, r, other.URL+r.URL.RequestURI(), http.StatusFound)
		}))
		defer ts.Close()
		h := config.HTTP{MaxBody: 1 << 20}
		s, err := newGovKZ(config.Source{Name: "moa", URL: ts.URL}, h, Deps{Client: NewClient(h, nil)})
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = govkzCollect(ctx, s, newMemState())
		if !errors.Is(err, errOffSite) || !strings.Contains(err.Error(), other.URL) {
			t.Errorf("err = %v, want an off-site error naming %s", err, other.URL)
		}
		mu.Lock()
		defer mu.Unlock()
		if otherHits != 0 {
			t.Errorf("the other server got %d requests", otherHits)
		}
	})
}
