package crawler

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/config"
)

var update = flag.Bool("update", false, "rewrite crawler/testdata/*/*.golden.json")

// testNow is the fixed clock of every test source.
var testNow = time.Date(2026, 10, 8, 6, 0, 0, 0, time.UTC)

// memState is the store as far as the crawler sees it.
type memState struct {
	mu      sync.Mutex
	seen    map[string]bool
	vals    map[string]Validators
	setVals int
	set     []Validators // every SetValidators, in order
}

func newMemState() *memState {
	return &memState{seen: map[string]bool{}, vals: map[string]Validators{}}
}

func (s *memState) Seen(u string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seen[u], nil
}

func (s *memState) Validators(source, u string) (Validators, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.vals[source+" "+u], nil
}

func (s *memState) SetValidators(source, u string, v Validators) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.vals[source+" "+u] = v
	s.setVals++
	s.set = append(s.set, v)
	return nil
}

func (s *memState) markSeen(u string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seen[u] = true
}

// fakePage is what the fake site answers on one path.
type fakePage struct {
	body    string
	ctype   string
	etag    string
	lastMod string
	status  int
	header  map[string]string
	handler http.HandlerFunc // answers instead, when set
}

// hit is one request the fake site saw.
type hit struct {
	path   string
	query  string
	start  time.Time
	end    time.Time
	header http.Header
}

// fakeSite is an httptest server serving pages by path, recording every request. Pages may say
// {{BASE}} (the server's URL) and {{HOST}} (its host).
type fakeSite struct {
	srv *httptest.Server

	mu          sync.Mutex
	pages       map[string]fakePage
	hits        []hit
	inflight    int
	maxInflight int
	hold        time.Duration // how long each answer takes
}

func newFakeSite(t *testing.T) *fakeSite {
	t.Helper()
	s := &fakeSite{pages: map[string]fakePage{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *fakeSite) URL() string  { return s.srv.URL }
func (s *fakeSite) host() string { return strings.TrimPrefix(s.srv.URL, "http://") }

func (s *fakeSite) set(path string, p fakePage) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.body = strings.NewReplacer("{{BASE}}", s.srv.URL, "{{HOST}}", s.host()).Replace(p.body)
	s.pages[path] = p
}

// file serves a testdata file as HTML (or as ctype).
func (s *fakeSite) file(t *testing.T, path, file, ctype string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	if ctype == "" {
		ctype = "text/html; charset=utf-8"
	}
	s.set(path, fakePage{body: string(b), ctype: ctype})
}

func (s *fakeSite) serve(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	s.mu.Lock()
	s.inflight++
	s.maxInflight = max(s.maxInflight, s.inflight)
	p, ok := s.pages[r.URL.Path]
	hold := s.hold
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inflight--
		s.hits = append(s.hits, hit{path: r.URL.Path, query: r.URL.RawQuery, start: start, end: time.Now(), header: r.Header.Clone()})
		s.mu.Unlock()
	}()
	if hold > 0 {
		time.Sleep(hold)
	}
	switch {
	case !ok:
		http.NotFound(w, r)
		return
	case p.handler != nil:
		p.handler(w, r)
		return
	}
	for k, v := range p.header {
		w.Header().Set(k, v)
	}
	if p.etag != "" {
		w.Header().Set("ETag", p.etag)
		if r.Header.Get("If-None-Match") == p.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if p.lastMod != "" {
		w.Header().Set("Last-Modified", p.lastMod)
		if r.Header.Get("If-Modified-Since") == p.lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if p.ctype != "" {
		w.Header().Set("Content-Type", p.ctype)
	}
	if p.status != 0 {
		w.WriteHeader(p.status)
	}
	_, _ = w.Write([]byte(p.body))
}

// paths lists the requested paths in order.
func (s *fakeSite) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, h := range s.hits {
		out = append(out, h.path)
	}
	return out
}

func (s *fakeSite) requested(path string) int {
	n := 0
	for _, p := range s.paths() {
		if p == path {
			n++
		}
	}
	return n
}

func (s *fakeSite) lastHit(path string) (hit, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.hits) - 1; i >= 0; i-- {
		if s.hits[i].path == path {
			return s.hits[i], true
		}
	}
	return hit{}, false
}

func (s *fakeSite) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits = nil
}

// testHTTP is a fast, strict configuration for test servers.
func testHTTP() config.HTTP {
	return config.HTTP{
		UserAgent:   "agrowatch-test/1.0 (+https://example.org/agrowatch)",
		Timeout:     config.Duration(5 * time.Second),
		Parallelism: 1,
		MaxBody:     1 << 20,
		RobotsTTL:   config.Duration(time.Hour),
	}
}

func testDeps(t *testing.T, h config.HTTP) Deps {
	logger := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return Deps{Client: NewClient(h, logger), Logger: logger, Now: func() time.Time { return testNow }}
}

// logDeps is testDeps with a log the test can read.
func logDeps(t *testing.T, h config.HTTP) (Deps, *govkzLog) {
	logs := &govkzLog{}
	logger := slog.New(slog.NewTextHandler(io.MultiWriter(logs, testWriter{t}), &slog.HandlerOptions{Level: slog.LevelDebug}))
	return Deps{Client: NewClient(h, logger), Logger: logger, Now: func() time.Time { return testNow }}, logs
}

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func newSource(t *testing.T, src config.Source, h config.HTTP) Source {
	t.Helper()
	s, err := New(src, h, testDeps(t, h))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testCtx(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// poll runs one poll the way the daemon does: every emitted article is marked seen.
func poll(ctx context.Context, s Source, st *memState) ([]agrowatch.Article, Report, error) {
	var got []agrowatch.Article
	rep, err := s.Poll(ctx, st, func(a agrowatch.Article) error {
		got = append(got, a)
		st.markSeen(a.URL)
		return nil
	})
	return got, rep, err
}

// golden compares articles with testdata/<dir>/<name>.golden.json, the server's URL written {{BASE}}.
func golden(t *testing.T, site *fakeSite, dir, name string, got []agrowatch.Article) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(b), site.URL(), "{{BASE}}") + "\n"
	path := filepath.Join("testdata", dir, name+".golden.json")
	if *update {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./crawler -run %s -update)", err, t.Name())
	}
	if string(want) != text {
		t.Errorf("%s differs from what the source produced:\n%s\n(run go test ./crawler -run %s -update and review the diff)", path, text, t.Name())
	}
}
