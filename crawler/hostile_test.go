package crawler_test

// Sites that misbehave on purpose: a local server of scripted misbehaviour, polled the way the daemon
// polls (crawler source, watch loop, the real store on a temporary file). Every misbehaviour must end
// as a recorded state of the source (its health in the store), a line in the log, a schedule that
// backs off, memory that does not grow with what the site sends, and sources elsewhere polling on.

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/crawler"
	"agrowatch/extract"
	"agrowatch/store"
	"agrowatch/watch"
)

// hostileInterval is the configured interval of every hostile source. The loop never sleeps on it:
// the watcher's After is replaced, and the test only reads the waits the loop asked for.
const hostileInterval = time.Minute

// hostileTimeout is http.timeout for the suite: the slow and stalling sites cost this much per poll.
const hostileTimeout = 400 * time.Millisecond

// syncBuffer is a log the test reads while the watcher writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// article is a small, valid article page with a fact the extractor finds.
func article(title, text string) string {
	return fmt.Sprintf(`<html><head><meta charset="utf-8"><title>%s</title></head><body><article><h1>%s</h1>
<time datetime="2026-10-01T10:00:00+05:00">1 октября 2026</time><p>%s</p></article></body></html>`, title, title, text)
}

const factText = "С начала года Казахстан экспортировал в Китай 51,3 тыс. тонн пшеницы."

// listingOf links the given paths.
func listingOf(paths ...string) string {
	var b strings.Builder
	b.WriteString("<html><body><ul>")
	for _, p := range paths {
		fmt.Fprintf(&b, `<li><a href="%s">Новость %s</a></li>`, p, p)
	}
	b.WriteString("</ul></body></html>")
	return b.String()
}

// stall blocks a handler until the client gives up or the server closes.
func stall(w http.ResponseWriter, r *http.Request, done <-chan struct{}) {
	select {
	case <-r.Context().Done():
	case <-done:
	}
}

// reset closes the connection with SO_LINGER 0, so that the client reads a TCP reset.
func reset(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("no hijacker")
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		panic(err)
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	_ = conn.Close()
}

// endless writes n bytes of a repeated HTML paragraph, with or without a Content-Length, stopping when
// the client goes away.
func endless(w http.ResponseWriter, n int, length bool) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if length {
		w.Header().Set("Content-Length", fmt.Sprint(n))
	}
	chunk := bytes.Repeat([]byte("<p>пшеница зерно мука </p>\n"), 1024)
	for n > 0 {
		k := min(n, len(chunk))
		if _, err := w.Write(chunk[:k]); err != nil {
			return
		}
		n -= k
	}
}

// garbage is bytes no page is made of: every byte value, NULs and lone continuation bytes included,
// in an order no charset detector makes sense of.
func garbage(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func nested(depth int, inner string) string {
	return strings.Repeat("<div>", depth) + inner + strings.Repeat("</div>", depth)
}

type hostileCase struct {
	name string
	// handler serves the site; "/" is its listing. done closes when the test ends.
	handler func(other string, done <-chan struct{}) http.HandlerFunc
	polls   int // polls the loop is let run
	// wantErr is in the source's last error after the polls ("" for none: the poll succeeds).
	wantErr string
	// wantWaits is the schedule the loop asks for after each poll.
	wantWaits []time.Duration
	// check looks at the store after the polls.
	check func(t *testing.T, db *store.DB, base string)
	// maxAlloc bounds the bytes allocated during the polls.
	maxAlloc uint64
	// wantLog is in the log besides what wantErr asks for.
	wantLog string
	// seen, when set, says which URLs the store has seen, in place of the store's own answer.
	seen func(url string) bool
}

// backoff is the loop's schedule after n failed polls in a row.
func backoff(n int) []time.Duration {
	var out []time.Duration
	for i := 1; i <= n; i++ {
		out = append(out, watch.Backoff(hostileInterval, i))
	}
	return out
}

func steady(n int) []time.Duration {
	var out []time.Duration
	for range n {
		out = append(out, hostileInterval)
	}
	return out
}

// recorded checks that an article was stored with valid UTF-8 text that holds want.
func recorded(path, want string) func(t *testing.T, db *store.DB, base string) {
	return func(t *testing.T, db *store.DB, base string) {
		t.Helper()
		rec, ok, err := db.Lookup(base + path)
		if err != nil || !ok {
			t.Fatalf("%s not recorded (%v)", path, err)
		}
		body, err := db.Body(rec.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(body) || !utf8.ValidString(rec.Title) {
			t.Errorf("stored text is not UTF-8: title %q body %q", rec.Title, body)
		}
		if !strings.Contains(body, want) {
			t.Errorf("stored body lacks %q:\n%.500s", want, body)
		}
	}
}

const mib = 1 << 20

func hostileCases() []hostileCase {
	art := func(p string) string { return article("Экспорт пшеницы "+p, factText) }
	return []hostileCase{
		{
			name: "slow past the timeout",
			handler: func(_ string, done <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						stall(w, r, done)
						return
					}
					http.NotFound(w, r)
				}
			},
			polls: 3, wantErr: "deadline exceeded", wantWaits: backoff(3), maxAlloc: 8 * mib,
		},
		{
			name: "headers then a stall",
			handler: func(_ string, done <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						w.Header().Set("Content-Type", "text/html")
						w.WriteHeader(http.StatusOK)
						fmt.Fprint(w, `<html><body><a href="/news/1">`)
						w.(http.Flusher).Flush()
						stall(w, r, done)
						return
					}
					http.NotFound(w, r)
				}
			},
			polls: 3, wantErr: "deadline exceeded", wantWaits: backoff(3), maxAlloc: 8 * mib,
		},
		{
			name: "50 MB listing with a Content-Length",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						endless(w, 50*mib, true)
						return
					}
					http.NotFound(w, r)
				}
			},
			polls: 3, wantErr: "body larger than the cap", wantWaits: backoff(3), maxAlloc: 8 * mib,
		},
		{
			name: "50 MB listing, chunked",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						endless(w, 50*mib, false)
						return
					}
					http.NotFound(w, r)
				}
			},
			// Each poll reads up to http.max_body (1 MiB) and stops: three polls stay far below one body.
			polls: 3, wantErr: "body larger than the cap", wantWaits: backoff(3), maxAlloc: 16 * mib,
		},
		{
			name: "50 MB article: skipped, the listing read",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					switch r.URL.Path {
					case "/":
						fmt.Fprint(w, listingOf("/news/1", "/news/2"))
					case "/news/1":
						endless(w, 50*mib, false)
					case "/news/2":
						fmt.Fprint(w, art("2"))
					default:
						http.NotFound(w, r)
					}
				}
			},
			polls: 2, wantWaits: steady(2), maxAlloc: 24 * mib, wantLog: "body larger than the cap",
			check: func(t *testing.T, db *store.DB, base string) {
				recorded("/news/2", "51,3 тыс. тонн")(t, db, base)
				h, _, err := db.Health("hostile")
				if err != nil {
					t.Fatal(err)
				}
				if h.Oversized == 0 {
					t.Errorf("health does not count the oversized article: %+v", h)
				}
			},
		},
		{
			name: "endless redirect loop",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				var n atomic.Int64
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/robots.txt" {
						http.NotFound(w, r)
						return
					}
					http.Redirect(w, r, fmt.Sprintf("/loop/%d", n.Add(1)), http.StatusFound)
				}
			},
			polls: 3, wantErr: "redirects", wantWaits: backoff(3), maxAlloc: 8 * mib,
		},
		{
			name: "redirect to another host",
			handler: func(other string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						http.Redirect(w, r, other+"/", http.StatusMovedPermanently)
						return
					}
					http.NotFound(w, r)
				}
			},
			polls: 3, wantErr: "another site", wantWaits: backoff(3), maxAlloc: 8 * mib,
		},
		{
			name: "an article redirected to another host: skipped",
			handler: func(other string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					switch r.URL.Path {
					case "/":
						fmt.Fprint(w, listingOf("/news/1", "/news/2"))
					case "/news/1":
						http.Redirect(w, r, other+"/news/1", http.StatusFound)
					case "/news/2":
						fmt.Fprint(w, art("2"))
					default:
						http.NotFound(w, r)
					}
				}
			},
			polls: 1, wantWaits: steady(1), maxAlloc: 8 * mib, wantLog: "article skipped", check: recorded("/news/2", "51,3 тыс. тонн"),
		},
		{
			name: "invalid UTF-8 labelled UTF-8",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html; charset=utf-8")
					switch r.URL.Path {
					case "/":
						fmt.Fprint(w, listingOf("/news/1")+"\xff\xfe\xc0\x80")
					case "/news/1":
						fmt.Fprint(w, strings.Replace(art("1"), "пшеницы.", "пшеницы. \xff\xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 конец.", 1))
					default:
						http.NotFound(w, r)
					}
				}
			},
			polls: 1, wantWaits: steady(1), maxAlloc: 8 * mib, check: recorded("/news/1", "51,3 тыс. тонн"),
		},
		{
			name: "windows-1251 labelled UTF-8, UTF-8 labelled koi8-r",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					switch r.URL.Path {
					case "/":
						w.Header().Set("Content-Type", "text/html; charset=utf-8")
						fmt.Fprint(w, listingOf("/news/1", "/news/2"))
					case "/news/1":
						w.Header().Set("Content-Type", "text/html; charset=utf-8")
						// "Экспорт пшеницы" in windows-1251.
						fmt.Fprint(w, "<html><body><article><h1>\xdd\xea\xf1\xef\xee\xf0\xf2 \xef\xf8\xe5\xed\xe8\xf6\xfb</h1><p>\xdd\xea\xf1\xef\xee\xf0\xf2 \xef\xf8\xe5\xed\xe8\xf6\xfb 51,3</p></article></body></html>")
					case "/news/2":
						w.Header().Set("Content-Type", "text/html; charset=koi8-r")
						fmt.Fprint(w, art("2"))
					default:
						http.NotFound(w, r)
					}
				}
			},
			polls: 1, wantWaits: steady(1), maxAlloc: 8 * mib,
			check: func(t *testing.T, db *store.DB, base string) {
				// Mislabelled text cannot be read right, but it must be stored as valid UTF-8.
				recorded("/news/1", "51,3")(t, db, base)
				recorded("/news/2", "51,3")(t, db, base)
			},
		},
		{
			name: "truncated HTML",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					switch r.URL.Path {
					case "/":
						fmt.Fprint(w, `<html><body><ul><li><a href="/news/1">Один</a><li><a href="/news/2">Два</a><li><a href="/news/`)
					case "/news/1":
						fmt.Fprint(w, `<html><head><title>Экспорт пшеницы</title><body><article><h1>Экспорт пшеницы</h1><p>`+factText+`<p>Второй абзац обрывается на полусло`)
					case "/news/2":
						fmt.Fprint(w, `<html><head><title>Экспорт пшеницы 2</title><body><article><h1>Экспорт пшеницы 2</h1><p>`+factText+`</p><p class="x`)
					default:
						http.NotFound(w, r)
					}
				}
			},
			polls: 1, wantWaits: steady(1), maxAlloc: 8 * mib,
			check: func(t *testing.T, db *store.DB, base string) {
				recorded("/news/1", "51,3 тыс. тонн")(t, db, base)
				recorded("/news/2", "51,3 тыс. тонн")(t, db, base)
			},
		},
		{
			// Every link was read before (the store says so): the poll reads the listing and no page. With
			// -hostile.long every link is new and its page answers 410: each is skipped for good, and
			// none holds the poll back (ten thousand requests: too slow for every run under -race).
			name: "a listing of 10,000 links",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				paths := make([]string, 10000)
				for i := range paths {
					paths[i] = fmt.Sprintf("/news/%d", i+1)
				}
				page := listingOf(paths...)
				return func(w http.ResponseWriter, r *http.Request) {
					switch r.URL.Path {
					case "/":
						fmt.Fprint(w, page)
					default:
						http.Error(w, "gone", http.StatusGone)
					}
				}
			},
			seen: func(u string) bool { return !*hostileLong && strings.Contains(u, "/news/") },
			// About 25 MiB for a 600 KB page of links, more under -race.
			polls: 1, wantWaits: steady(1), maxAlloc: 160 * mib,
			check: func(t *testing.T, db *store.DB, base string) {
				h, _, err := db.Health("hostile")
				if err != nil {
					t.Fatal(err)
				}
				if h.LastItems != 10000 {
					t.Errorf("health says %d items, want 10000", h.LastItems)
				}
			},
		},
		{
			// golang.org/x/net/html refuses to parse a page nested deeper than 512 elements: the listing
			// shows no items, and the poll is not an error.
			name: "a listing nested 20,000 deep",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					switch r.URL.Path {
					case "/":
						fmt.Fprint(w, "<html><body>"+nested(20000, `<a href="/news/1">Один</a>`)+"</body></html>")
					default:
						http.NotFound(w, r)
					}
				}
			},
			polls: 1, wantWaits: steady(1), maxAlloc: 64 * mib,
			check: func(t *testing.T, db *store.DB, base string) {
				if h, _, err := db.Health("hostile"); err != nil || h.LastItems != 0 {
					t.Errorf("health %+v (%v), want a listing of no items", h, err)
				}
			},
		},
		{
			// An article nested 20,000 deep cannot be parsed either: it comes out with an empty body, is
			// held back and said in the log, and the article beside it is read.
			name: "an article nested 20,000 deep",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					switch r.URL.Path {
					case "/":
						fmt.Fprint(w, listingOf("/news/1", "/news/2"))
					case "/news/1":
						fmt.Fprint(w, "<html><head><title>Экспорт пшеницы</title></head><body>"+nested(20000, "<p>"+factText+"</p>")+"</body></html>")
					case "/news/2":
						fmt.Fprint(w, art("2"))
					default:
						http.NotFound(w, r)
					}
				}
			},
			polls: 1, wantWaits: steady(1), maxAlloc: 64 * mib, wantLog: "empty body held back",
			check: func(t *testing.T, db *store.DB, base string) {
				recorded("/news/2", "51,3 тыс. тонн")(t, db, base)
				h, _, err := db.Health("hostile")
				if err != nil {
					t.Fatal(err)
				}
				if h.EmptyBodies != 1 {
					t.Errorf("health counts %d empty bodies, want 1: %+v", h.EmptyBodies, h)
				}
			},
		},
		{
			name: "binary garbage labelled text/html",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				junk := garbage(256 << 10) // more than the store keeps whole: kept in part
				return func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html")
					switch r.URL.Path {
					case "/":
						fmt.Fprint(w, listingOf("/news/1", "/news/2"))
					case "/news/1":
						_, _ = w.Write(junk)
					case "/news/2":
						fmt.Fprint(w, art("2"))
					default:
						http.NotFound(w, r)
					}
				}
			},
			polls: 1, wantWaits: steady(1), maxAlloc: 64 * mib,
			check: func(t *testing.T, db *store.DB, base string) {
				recorded("/news/2", "51,3 тыс. тонн")(t, db, base)
				if rec, ok, err := db.Lookup(base + "/news/1"); err != nil {
					t.Fatal(err)
				} else if ok {
					body, err := db.Body(rec.ID)
					if err != nil {
						t.Fatal(err)
					}
					if !utf8.ValidString(body) || !utf8.ValidString(rec.Title) {
						t.Errorf("garbage stored as invalid UTF-8")
					}
				}
			},
		},
		{
			name: "binary garbage as the listing",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				junk := garbage(256 << 10)
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						w.Header().Set("Content-Type", "text/html; charset=utf-8")
						_, _ = w.Write(junk)
						return
					}
					http.NotFound(w, r)
				}
			},
			polls: 1, wantWaits: steady(1), maxAlloc: 64 * mib,
			check: func(t *testing.T, db *store.DB, base string) {
				h, _, err := db.Health("hostile")
				if err != nil {
					t.Fatal(err)
				}
				if h.LastItems != 0 || h.Articles != 0 || h.Failures != 0 {
					t.Errorf("health after a garbage listing: %+v", h)
				}
			},
		},
		{
			name: "connection reset",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						reset(w)
						return
					}
					http.NotFound(w, r)
				}
			},
			polls: 3, wantErr: "GET", wantWaits: backoff(3), maxAlloc: 8 * mib,
		},
		{
			name: "reset in the middle of the body",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						w.Header().Set("Content-Length", "100000")
						w.WriteHeader(http.StatusOK)
						fmt.Fprint(w, `<html><body><a href="/news/1">один</a>`)
						w.(http.Flusher).Flush()
						reset(w)
						return
					}
					http.NotFound(w, r)
				}
			},
			polls: 3, wantErr: "GET", wantWaits: backoff(3), maxAlloc: 8 * mib,
		},
		{
			name: "500",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						http.Error(w, "internal error", http.StatusInternalServerError)
						return
					}
					http.NotFound(w, r)
				}
			},
			polls: 4, wantErr: "status 500", wantWaits: backoff(4), maxAlloc: 8 * mib,
		},
		{
			name: "503 with a Retry-After of an hour",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path == "/" {
						w.Header().Set("Retry-After", "3600")
						http.Error(w, "maintenance", http.StatusServiceUnavailable)
						return
					}
					http.NotFound(w, r)
				}
			},
			// The server's hour beats the first backoff, up to the backoff's cap. One poll only: the
			// host's gate now holds every request to it for maxRetryAfter, on real time.
			polls: 1, wantErr: "retry after 1h0m0s", wantWaits: []time.Duration{min(time.Hour, 8*hostileInterval)}, maxAlloc: 8 * mib,
		},
		{
			name: "503 with a Retry-After date in the past",
			handler: func(_ string, _ <-chan struct{}) http.HandlerFunc {
				var n atomic.Int64
				return func(w http.ResponseWriter, r *http.Request) {
					switch {
					case r.URL.Path == "/" && n.Add(1) <= 2:
						// An hour ago: retried at once, refused again.
						w.Header().Set("Retry-After", time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat))
						http.Error(w, "busy", http.StatusServiceUnavailable)
					case r.URL.Path == "/":
						fmt.Fprint(w, listingOf("/news/1"))
					case r.URL.Path == "/news/1":
						fmt.Fprint(w, art("1"))
					default:
						http.NotFound(w, r)
					}
				}
			},
			// The first poll fails after its one retry; the second reads the article.
			polls: 2, wantWaits: []time.Duration{hostileInterval, hostileInterval}, maxAlloc: 8 * mib,
			check: func(t *testing.T, db *store.DB, base string) {
				recorded("/news/1", "51,3 тыс. тонн")(t, db, base)
				h, _, err := db.Health("hostile")
				if err != nil {
					t.Fatal(err)
				}
				if h.Polls != 2 || h.Failures != 0 || h.LastError != "" {
					t.Errorf("health after a refusal and a recovery: %+v", h)
				}
			},
		},
	}
}

// sharedExtractor is built once: compiling the lexicons costs seconds under -race, and an Extractor is
// safe for concurrent use.
var sharedExtractor = sync.OnceValue(extract.New)

var hostileLong = flag.Bool("hostile.long", false, "hostile sites: also the cases too slow for every run")

// seenStore is the real store whose Seen answers as a predicate says: a store that read thousands of
// articles before, without the thousands of commits it would take to fill one.
type seenStore struct {
	*store.DB
	seen func(string) bool
}

func (s seenStore) Seen(u string) (bool, error) {
	if s.seen(u) {
		return true, nil
	}
	return s.DB.Seen(u)
}

// hostileWatcher is one source over url, polled by the watch loop with the real store and extractor.
func hostileWatcher(t *testing.T, siteURL string, log io.Writer) (*watch.Watcher, *store.DB) {
	t.Helper()
	return watcherOf(t, hostileTimeout, log, siteURL)
}

// watcherOf polls a `type: html` source over each site URL, named "hostile", "other-1", "other-2"…
func watcherOf(t *testing.T, timeout time.Duration, log io.Writer, sites ...string) (*watch.Watcher, *store.DB) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "agrowatch.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	h := config.HTTP{
		UserAgent:   "agrowatch-test/1.0 (+https://example.org/agrowatch)",
		Timeout:     config.Duration(timeout),
		Parallelism: 1,
		MaxBody:     mib,
		RobotsTTL:   config.Duration(time.Hour),
	}
	logger := slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelInfo}))
	client := crawler.NewClient(h, logger) // one client for all, as the daemon has
	var sources []watch.Source
	for i, site := range sites {
		name := "hostile"
		if i > 0 {
			name = fmt.Sprintf("other-%d", i)
		}
		src, err := crawler.New(config.Source{Name: name, Type: "html", URL: site + "/", LinkPattern: `/news/\d+`}, h,
			crawler.Deps{Client: client, Logger: logger})
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, watch.Source{Source: src, Interval: hostileInterval})
	}
	return &watch.Watcher{
		Store:        db,
		Extractor:    sharedExtractor(),
		Sources:      sources,
		Destinations: []string{agrowatch.Console},
		MaxAge:       100 * 365 * 24 * time.Hour,
		Now:          time.Now,
		Logger:       logger,
	}, db
}

func TestHostileSites(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan struct{})
			other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				fmt.Fprint(w, listingOf("/news/9"))
			}))
			defer other.Close()
			srv := httptest.NewUnstartedServer(tc.handler(other.URL, done))
			srv.Config.ErrorLog = nil
			srv.Start()
			defer srv.Close()
			defer close(done)

			var log syncBuffer
			w, db := hostileWatcher(t, srv.URL, &log)
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			var waits []time.Duration
			fired := make(chan time.Time, 1)
			fired <- time.Time{}
			close(fired)
			w.After = func(d time.Duration) <-chan time.Time {
				waits = append(waits, d)
				if len(waits) == tc.polls {
					cancel()
					return nil
				}
				return fired
			}

			if tc.seen != nil {
				w.Store = seenStore{DB: db, seen: tc.seen}
			}
			if *hostileLong && tc.maxAlloc < 512*mib {
				tc.maxAlloc = 512 * mib
			}
			// The extractor and the store's compressor build their tables on first use: that is not
			// what a site costs.
			if _, _, err := w.Process(agrowatch.Article{Source: "warm-up", URL: "https://warm-up.example/1", Title: "Экспорт", Text: factText}); err != nil {
				t.Fatal(err)
			}
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			w.Run(ctx)
			runtime.ReadMemStats(&after)
			if ctx.Err() == context.DeadlineExceeded {
				t.Fatalf("the loop did not get through %d polls:\n%s", tc.polls, log.String())
			}

			if fmt.Sprint(waits) != fmt.Sprint(tc.wantWaits) {
				t.Errorf("the loop waited %v, want %v", waits, tc.wantWaits)
			}
			h, ok, err := db.Health("hostile")
			if err != nil || !ok {
				t.Fatalf("no health recorded (%v)", err)
			}
			if h.Polls != tc.polls {
				t.Errorf("health counts %d polls, want %d", h.Polls, tc.polls)
			}
			if tc.wantErr != "" {
				if h.Failures != tc.polls || !strings.Contains(h.LastError, tc.wantErr) {
					t.Errorf("health %d failures, last error %q; want %d failures and %q", h.Failures, h.LastError, tc.polls, tc.wantErr)
				}
				if !strings.Contains(log.String(), "poll failed") || !strings.Contains(log.String(), tc.wantErr) {
					t.Errorf("the log does not say the poll failed with %q:\n%s", tc.wantErr, log.String())
				}
			} else if h.Failures != 0 || h.LastError != "" {
				t.Errorf("health %+v, want a successful poll", h)
			}
			if tc.wantLog != "" && !strings.Contains(log.String(), tc.wantLog) {
				t.Errorf("the log does not say %q:\n%s", tc.wantLog, log.String())
			}
			if tc.check != nil {
				tc.check(t, db, srv.URL)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > tc.maxAlloc {
				t.Errorf("%d polls allocated %d MiB, want at most %d MiB", tc.polls, alloc/mib, tc.maxAlloc/mib)
			} else {
				t.Logf("%d polls allocated %.1f MiB", tc.polls, float64(alloc)/mib)
			}
		})
	}
}

// A site that never answers holds up nobody else: while its first poll hangs, a source on another site
// polls again and again on its schedule.
func TestHostileSiteHoldsUpNoOther(t *testing.T) {
	hanging := make(chan struct{}) // closed when the hostile listing was asked for
	var once sync.Once
	release := make(chan struct{})
	var returned atomic.Bool
	hostile := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		once.Do(func() { close(hanging) })
		select {
		case <-release:
		case <-r.Context().Done():
		}
		returned.Store(true)
	}))
	defer hostile.Close()
	defer close(release)

	const want = 3
	var polls atomic.Int64
	enough := make(chan struct{})
	healthy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			<-hanging // the other source polls while the hostile one hangs, not before it starts to
			fmt.Fprint(w, listingOf("/news/1"))
			// The listing asked for the n-th time: n-1 polls are recorded.
			if polls.Add(1) == want+1 {
				close(enough)
			}
		case "/news/1":
			fmt.Fprint(w, article("Экспорт пшеницы", factText))
		default:
			http.NotFound(w, r)
		}
	}))
	defer healthy.Close()

	var log syncBuffer
	// A timeout far longer than the test: only the hostile site's release ends its poll.
	w, db := watcherOf(t, 10*time.Minute, &log, hostile.URL, healthy.URL)
	fired := make(chan time.Time)
	close(fired)
	w.After = func(time.Duration) <-chan time.Time { return fired }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stopped := make(chan struct{})
	go func() { w.Run(ctx); close(stopped) }()

	select {
	case <-enough:
	case <-time.After(60 * time.Second):
		t.Fatalf("the other source polled %d times in a minute while the hostile one hung:\n%s", polls.Load(), log.String())
	}
	if returned.Load() {
		t.Fatal("the hostile site answered: the test proves nothing")
	}
	cancel()
	<-stopped
	h, ok, err := db.Health("other-1")
	if err != nil || !ok || h.Polls < want || h.Failures != 0 {
		t.Errorf("the other source's health: %+v (%v)", h, err)
	}
	if rec, ok, err := db.Lookup(healthy.URL + "/news/1"); err != nil || !ok || rec.Source != "other-1" {
		t.Errorf("the other source's article: %+v, %v, %v", rec, ok, err)
	}
}
