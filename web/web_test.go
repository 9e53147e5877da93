package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/crypto/bcrypt"

	"agrowatch"
	"agrowatch/export"
	"agrowatch/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func get(t *testing.T, h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./web -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		diff := firstDiff(string(want), string(got))
		t.Errorf("%s differs from the golden file (go test ./web -update rewrites it); first difference at line %d:\nwant %q\n got %q",
			name, diff.line, diff.want, diff.got)
	}
}

type lineDiff struct {
	line      int
	want, got string
}

func firstDiff(want, got string) lineDiff {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return lineDiff{i + 1, a, b}
		}
	}
	return lineDiff{}
}

// TestPages renders every page from a filled store and compares it with its golden HTML.
func TestPages(t *testing.T) {
	s := newServer(t, fillStore(t))
	for _, tc := range []struct{ golden, target string }{
		{"facts-ru.html", "/facts?lang=ru"},
		{"facts-en.html", "/facts?lang=en"},
		{"facts-kk.html", "/facts?lang=kk"},
		{"facts-bans-beef.html", "/facts?kind=meat_ban&commodity=beef&country=CN&lang=en"},
		{"facts-page2.html", "/facts?n=10&page=2&lang=en"},
		{"facts-words.html", "/facts?q=%D0%BF%D1%88%D0%B5%D0%BD%D0%B8%D1%86%D1%8B+%D0%9A%D0%B8%D1%82%D0%B0%D0%B9&lang=ru"},
		{"facts-bad-query.html", "/facts?kind=cheese&country=Kazakhstan&since=yesterday&lang=en"},
		{"facts-clamped.html", "/facts?since=2020-01-01&until=2026-12-01&lang=en"},
		{"stories-ru.html", "/stories?lang=ru"},
		{"story-beef-ru.html", "/story?commodity=beef&by=CN&on=KZ&lang=ru"},
		{"story-beef-en.html", "/story?commodity=beef&by=CN&on=KZ&lang=en"},
		{"story-missing.html", "/story?lang=en"},
		{"tonnes-month-ru.html", "/tonnes?lang=ru"},
		{"tonnes-year-en.html", "/tonnes?per=year&lang=en"},
		{"tonnes-china-en.html", "/tonnes?to=CN&commodity=wheat&lang=en"},
		{"sources-en.html", "/sources?lang=en"},
		{"sources-kk.html", "/sources?lang=kk"},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			rec := get(t, s, tc.target)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: %d %s", tc.target, rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			golden(t, tc.golden, rec.Body.Bytes())
		})
	}
}

// TestSafety: every answer carries a policy that allows no script; scraped markup is escaped; nothing
// but GET and HEAD is answered.
func TestSafety(t *testing.T) {
	s := newServer(t, fillStore(t))
	for _, target := range []string{"/facts", "/stories", "/story?commodity=beef&by=CN&on=KZ", "/tonnes", "/sources", "/facts.csv", "/facts.atom", "/static/style.css", "/nowhere"} {
		rec := get(t, s, target)
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "script-src") {
			t.Errorf("%s: Content-Security-Policy %q", target, csp)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", target)
		}
		if strings.Contains(rec.Body.String(), "<script") {
			t.Errorf("%s: a <script> in the answer", target)
		}
	}
	body := get(t, s, "/facts?lang=en").Body.String()
	if strings.Contains(body, "<Kazakh>") || !strings.Contains(body, "China to inspect &lt;Kazakh&gt; meat plants &amp; &#34;farms&#34;") {
		t.Error("a scraped title is not escaped")
	}
	// A hostile article: a script URL and markup in its title, its sentence and its source's name.
	db := fillStore(t)
	_, err := db.Commit(store.Proposal{Article: agrowatch.Article{Source: `x"><script>alert(1)</script>`, URL: "javascript:alert(1)//",
		Title: `<img src=x onerror=alert(1)>`, Published: now.Add(-time.Hour), Fetched: now, Text: "x"},
		Mentions: []agrowatch.Mention{{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Commodity: "beef",
			Sentence: `</blockquote><script>alert(2)</script>`}}})
	if err != nil {
		t.Fatal(err)
	}
	hostile := newServer(t, db)
	for _, target := range []string{"/facts", "/story?commodity=beef&by=CN&on=KZ", "/stories", "/facts?source=%3Cscript%3E&q=%3Cb%3E"} {
		body := get(t, hostile, target).Body.String()
		for _, bad := range []string{"<script", "<img", `href="javascript:`, "<b>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: %q in the page", target, bad)
			}
		}
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
		req := httptest.NewRequest(method, "/facts", strings.NewReader("kind=meat_ban"))
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s /facts: %d, want 405", method, rec.Code)
		}
	}
	head := httptest.NewRecorder()
	s.ServeHTTP(head, httptest.NewRequest(http.MethodHead, "/facts", nil))
	if head.Code != http.StatusOK || head.Body.Len() != 0 && head.Header().Get("Content-Type") == "" {
		t.Errorf("HEAD /facts: %d, %d bytes", head.Code, head.Body.Len())
	}
	if rec := get(t, s, "/"); rec.Code != http.StatusFound || rec.Header().Get("Location") != "/facts" {
		t.Errorf("/: %d to %q, want a redirect to /facts", rec.Code, rec.Header().Get("Location"))
	}
}

// TestLanguage: ?lang= wins, then Accept-Language, then Russian.
func TestLanguage(t *testing.T) {
	s := newServer(t, fillStore(t))
	for _, tc := range []struct{ target, accept, want string }{
		{"/sources", "", "ru"},
		{"/sources", "en-GB,en;q=0.9", "en"},
		{"/sources", "de-DE, kk;q=0.8", "kk"},
		{"/sources?lang=en", "kk", "en"},
		{"/sources?lang=xx", "de", "ru"},
	} {
		rec := get(t, s, tc.target, "Accept-Language", tc.accept)
		if got := rec.Header().Get("Content-Language"); got != tc.want {
			t.Errorf("%s with Accept-Language %q: %s, want %s", tc.target, tc.accept, got, tc.want)
		}
	}
}

// TestCSV: the facts download opens with encoding/csv as the export format, Cyrillic and quotes intact.
func TestCSV(t *testing.T) {
	s := newServer(t, fillStore(t))
	rec := get(t, s, "/facts.csv?lang=ru")
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv; charset=utf-8") {
		t.Errorf("Content-Type %q", ct)
	}
	body := rec.Body.Bytes()
	if !bytes.HasPrefix(body, []byte("\ufeff")) {
		t.Fatal("no byte-order mark")
	}
	if !bytes.Contains(body, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(body, []byte("\r\n"), nil), []byte("\n")) {
		t.Error("line ends are not CRLF")
	}
	recs, err := csv.NewReader(bytes.NewReader(body[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0], ",") != strings.Join(export.Header(), ",") {
		t.Errorf("header %q", recs[0])
	}
	if len(recs) != 1+22 {
		t.Fatalf("%d rows, want 22 mentions", len(recs)-1)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	newest := recs[1]
	for k, want := range map[string]string{"published": "2026-11-20 14:45", "source": "kazinform-kk", "kind": "meat_ban", "status": "imposed",
		"by": "UZ", "on": "KZ", "commodity": "poultry", "cause": "avian_influenza", "forecast": "",
		"sentence": "Өзбекстан құс тұмауына байланысты Қазақстаннан құс етін әкелуге уақытша тыйым салды."} {
		if got := newest[col[k]]; got != want {
			t.Errorf("newest row %s = %q, want %q", k, got, want)
		}
	}
	var sawQuote, sawAlso, sawForecast bool
	for _, r := range recs[1:] {
		sawQuote = sawQuote || r[col["title"]] == `China to inspect <Kazakh> meat plants & "farms"`
		sawAlso = sawAlso || (r[col["source"]] == "gacc" && r[col["also reported by"]] == "kazinform-ru")
		sawForecast = sawForecast || (r[col["tonnes"]] == "1000000" && r[col["forecast"]] == "true" && r[col["year"]] == "2025")
	}
	if !sawQuote || !sawAlso || !sawForecast {
		t.Errorf("quoted title %v, also reported %v, forecast %v", sawQuote, sawAlso, sawForecast)
	}
	// A source finds the articles it wrote and those it also reported.
	also, err := csv.NewReader(bytes.NewReader(get(t, s, "/facts.csv?source=kazinform-ru").Body.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var bySource []string
	for _, r := range also[1:] {
		bySource = append(bySource, r[col["source"]])
	}
	if len(bySource) != 11 || !slices.Contains(bySource, "gacc") {
		t.Errorf("source=kazinform-ru gives rows of %q, want its 10 and gacc's that it also reported", bySource)
	}
	golden(t, "tonnes.csv", get(t, s, "/tonnes.csv").Body.Bytes())
	golden(t, "sources.csv", get(t, s, "/sources.csv").Body.Bytes())
}

// TestJSON: one object per line, the export format's fields by name.
func TestJSON(t *testing.T) {
	s := newServer(t, fillStore(t))
	rec := get(t, s, "/facts.json?kind=export_volume")
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if len(lines) != 15 {
		t.Fatalf("%d lines, want the 15 export figures:\n%s", len(lines), rec.Body)
	}
	for _, line := range lines {
		var o export.Object
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		if o.Kind != "export_volume" || o.Forecast == nil || o.Sentence == "" || o.Published.IsZero() {
			t.Errorf("line %s", line)
		}
	}
	golden(t, "stories.jsonl", get(t, s, "/stories.json").Body.Bytes())
	golden(t, "tonnes-year.jsonl", get(t, s, "/tonnes.json?per=year").Body.Bytes())
	golden(t, "sources.jsonl", get(t, s, "/sources.json").Body.Bytes())
}

// TestAtom: each list's feed parses back as Atom 1.0 with its entries.
func TestAtom(t *testing.T) {
	s := newServer(t, fillStore(t))
	for _, tc := range []struct {
		target  string
		entries int
		first   string
	}{
		{"/facts.atom?lang=en", 22, "Uzbekistan bans imports of poultry from Kazakhstan (avian influenza)"},
		{"/facts.atom?kind=meat_ban&commodity=beef&lang=ru", 4, "Китай: снят запрет на ввоз говядины из Казахстана"},
		{"/story.atom?commodity=beef&by=CN&on=KZ&lang=en", 4, "China bans imports of beef from Kazakhstan (foot-and-mouth disease)"},
		{"/stories.atom?lang=en", 2, "Uzbekistan: poultry from Kazakhstan: imposed"},
		{"/tonnes.atom?lang=en", 15, "Kazakhstan → China: 310,000 t, wheat, “в феврале”"},
		{"/sources.atom?lang=en", 9, "eldala: ok"},
	} {
		t.Run(tc.target, func(t *testing.T) {
			rec := get(t, s, tc.target)
			if ct := rec.Header().Get("Content-Type"); ct != "application/atom+xml; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			feed, err := gofeed.NewParser().ParseString(rec.Body.String())
			if err != nil {
				t.Fatalf("%v\n%s", err, rec.Body)
			}
			if feed.FeedType != "atom" || feed.FeedVersion != "1.0" {
				t.Errorf("parsed as %s %s", feed.FeedType, feed.FeedVersion)
			}
			if feed.Title == "" || feed.UpdatedParsed == nil || feed.FeedLink != "http://example.com"+tc.target {
				t.Errorf("feed title %q, updated %v, self %q", feed.Title, feed.UpdatedParsed, feed.FeedLink)
			}
			if len(feed.Items) != tc.entries {
				t.Fatalf("%d entries, want %d", len(feed.Items), tc.entries)
			}
			ids := map[string]bool{}
			for _, it := range feed.Items {
				if it.GUID == "" || ids[it.GUID] || it.UpdatedParsed == nil || it.Link == "" || it.Title == "" {
					t.Errorf("entry %q: id %q, updated %v, link %q", it.Title, it.GUID, it.UpdatedParsed, it.Link)
				}
				ids[it.GUID] = true
			}
			if feed.Items[0].Title != tc.first {
				t.Errorf("first entry %q, want %q", feed.Items[0].Title, tc.first)
			}
		})
	}
}

// TestAuth: with web.auth set, nothing is served without the user and password.
func TestAuth(t *testing.T) {
	hash, err := bcrypt.GenerateFromPassword([]byte("s3cret"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Store: fillStore(t), Auth: Auth{User: "editor", Hash: string(hash)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		user, pass string
		want       int
	}{{"", "", 401}, {"editor", "wrong", 401}, {"other", "s3cret", 401}, {"editor", "s3cret", 200}, {"editor", "s3cret", 200}} {
		req := httptest.NewRequest(http.MethodGet, "/sources", nil)
		if tc.user != "" {
			req.SetBasicAuth(tc.user, tc.pass)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != tc.want {
			t.Errorf("%s:%s: %d, want %d", tc.user, tc.pass, rec.Code, tc.want)
		}
		if rec.Code == 401 && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Basic ") {
			t.Error("401 without a Basic challenge")
		}
	}
	if _, err := New(Options{Store: fillStore(t), Auth: Auth{User: "editor", Hash: "plain"}}); err == nil {
		t.Error("a password that is not a bcrypt hash was accepted")
	}
}

// stoppingStore ends every walk after a few rows, as the request's deadline would over a large archive.
type stoppingStore struct {
	*store.DB
	after int
}

func (s stoppingStore) MentionsWithin(ctx context.Context, q store.Query, fn func(store.Row) error) (time.Time, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := 0
	return s.DB.MentionsWithin(ctx, q, func(r store.Row) error {
		if n++; n == s.after {
			cancel()
		}
		return fn(r)
	})
}

// TestStopped: a query the deadline cuts short shows what it found, says how far it read, and links the
// same search further back; a download says it is partial in a header.
func TestStopped(t *testing.T) {
	s, err := New(Options{Store: stoppingStore{fillStore(t), 3}, Sources: fixtureSources, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	rec := get(t, s, "/facts?lang=en")
	if rec.Code != http.StatusOK {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	golden(t, "facts-stopped.html", rec.Body.Bytes())
	if csv := get(t, s, "/facts.csv"); csv.Header().Get("X-Agrowatch-Partial") == "" {
		t.Error("a partial download does not say so")
	}
}
