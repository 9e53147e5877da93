package crawler

import (
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/config"
)

func eldalaSite(t *testing.T) *fakeSite {
	site := newFakeSite(t)
	site.file(t, "/", "eldala/home.html", "")
	site.file(t, "/novosti/zhivotnovodstvo/16668-uboynye-punkty-ocifruyut-v-kazahstane", "eldala/article-16668.html", "")
	site.file(t, "/novosti/zerno/16670-eksport-zerna-v-kitay-vyros", "eldala/article-16670.html", "")
	site.file(t, "/novosti/mir/16671-kitay-otkryl-rynok-dlya-baraniny", "eldala/article-16671.html", "")
	return site
}

func TestEldalaGolden(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("report %+v", rep)
	golden(t, site, "eldala", "articles", got)
}

func TestEldalaCanonicalID(t *testing.T) {
	site := newFakeSite(t)
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	e := src.(*eldala)
	want := site.URL() + "/novosti/zerno/16670-eksport-zerna"
	for _, raw := range []string{
		"/novosti/zerno/16670-eksport-zerna",
		"/novosti/zerno/16670-eksport-zerna?amp=1",
		"/novosti/zerno/16670-eksport-zerna/?utm_source=tg&utm_campaign=x&fbclid=abc",
		"/novosti/zerno/16670-eksport-zerna#comments",
		"http://WWW." + site.host() + "/novosti/zerno/16670-eksport-zerna?amp=1",
	} {
		canon, id, ok := e.article(resolve(e.start, raw))
		if !ok || canon != want || id != "16670" {
			t.Errorf("%s: got %q %q %v, want %q 16670", raw, canon, id, ok, want)
		}
	}
	for _, raw := range []string{"/novosti/zerno", "/video/123-reportazh", "https://other.example/novosti/zerno/16670-x"} {
		if _, _, ok := e.article(resolve(e.start, raw)); ok {
			t.Errorf("%s taken for an article", raw)
		}
	}
}

func TestEldalaHeaderDateIgnored(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	got, _, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range got {
		if a.Published.Year() == 2024 {
			t.Errorf("%s: took the page header's today (%s) for the article date", a.URL, a.Published)
		}
		if strings.Contains(a.Text, "Читать по теме") || strings.Contains(a.Text, "Элеваторы готовятся") || strings.Contains(a.Text, "Сертификаты станут") {
			t.Errorf("%s: cross-link left in the text:\n%s", a.URL, a.Text)
		}
		if strings.HasPrefix(a.Text, a.Title) {
			t.Errorf("%s: text repeats the title", a.URL)
		}
	}
	if want := time.Date(2026, 10, 6, 9, 30, 0, 0, time.UTC); len(got) < 2 || !got[1].Published.Equal(want) {
		t.Errorf("visible date near the title not read: %+v", got)
	}
}

func TestEldalaRobotsDisallow(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	site.set("/robots.txt", fakePage{body: "User-agent: *\nDisallow: /novosti/mir/\n", ctype: "text/plain"})
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	st := newMemState()
	got, rep, err := poll(ctx, src, st)
	if err != nil {
		t.Fatal(err)
	}
	if n := site.requested("/novosti/mir/16671-kitay-otkryl-rynok-dlya-baraniny"); n != 0 {
		t.Errorf("disallowed article fetched %d times", n)
	}
	if len(got) != 2 || rep.Items != 3 {
		t.Errorf("got %d articles of %d items, want 2 of 3", len(got), rep.Items)
	}
	if h, _ := site.lastHit("/robots.txt"); h.header.Get("User-Agent") != testHTTP().UserAgent {
		t.Errorf("robots.txt fetched with User-Agent %q", h.header.Get("User-Agent"))
	}
	// robots.txt is read once per robots_ttl, not once per poll.
	if _, _, err := poll(ctx, src, newMemState()); err != nil {
		t.Fatal(err)
	}
	if n := site.requested("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times in two polls, want 1", n)
	}

	// ignore_robots turns it off.
	h := testHTTP()
	h.IgnoreRobots = true
	src = newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, h)
	if got, _, err = poll(ctx, src, newMemState()); err != nil || len(got) != 3 {
		t.Errorf("with ignore_robots: %d articles, %v", len(got), err)
	}
}

func TestEldalaConditionalGet(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	home := fakePage{etag: `"v1"`, lastMod: "Wed, 07 Oct 2026 12:00:00 GMT", ctype: "text/html; charset=utf-8"}
	b, _ := os.ReadFile("testdata/eldala/home.html")
	home.body = string(b)
	site.set("/", home)
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	st := newMemState()
	if _, _, err := poll(ctx, src, st); err != nil {
		t.Fatal(err)
	}
	if v, _ := st.Validators("eldala", site.URL()+"/"); v.ETag != `"v1"` || v.LastModified != home.lastMod {
		t.Fatalf("validators not stored: %+v", v)
	}
	site.reset()
	got, rep, err := poll(ctx, src, st)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := site.lastHit("/")
	if h.header.Get("If-None-Match") != `"v1"` || h.header.Get("If-Modified-Since") != home.lastMod {
		t.Errorf("second poll sent If-None-Match %q, If-Modified-Since %q", h.header.Get("If-None-Match"), h.header.Get("If-Modified-Since"))
	}
	if !rep.NotModified || len(got) != 0 || rep.Items != 0 {
		t.Errorf("304 processed something: %+v, %d articles", rep, len(got))
	}
	if p := site.paths(); len(p) != 1 {
		t.Errorf("a 304 poll requested %v", p)
	}
}

// A poll that fails half-way stores no validators: the next one must see the listing again.
func TestEldalaValidatorsOnlyAfterSuccess(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	b, _ := os.ReadFile("testdata/eldala/home.html")
	site.set("/", fakePage{body: string(b), etag: `"v1"`, ctype: "text/html"})
	site.set("/novosti/zerno/16670-eksport-zerna-v-kitay-vyros", fakePage{status: http.StatusBadGateway, body: "upstream down"})
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	st := newMemState()
	got, _, err := poll(ctx, src, st)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || st.setVals != 0 {
		t.Errorf("got %d articles and %d validators stored; want 2 and none", len(got), st.setVals)
	}
}

func TestEldalaSeenNotFetched(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	st := newMemState()
	st.markSeen(site.URL() + "/novosti/zhivotnovodstvo/16668-uboynye-punkty-ocifruyut-v-kazahstane")
	got, rep, err := poll(ctx, src, st)
	if err != nil {
		t.Fatal(err)
	}
	if n := site.requested("/novosti/zhivotnovodstvo/16668-uboynye-punkty-ocifruyut-v-kazahstane"); n != 0 {
		t.Errorf("seen article fetched %d times", n)
	}
	if len(got) != 2 || rep.New != 2 || rep.Items != 3 {
		t.Errorf("got %d articles, report %+v", len(got), rep)
	}
}

func TestEldalaEmitErrorStops(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	boom := errors.New("disk full")
	calls := 0
	rep, err := src.Poll(ctx, newMemState(), func(agrowatch.Article) error { calls++; return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("Poll returned %v, want the emit error", err)
	}
	if calls != 1 || rep.Articles != 0 {
		t.Errorf("emit called %d times, report %+v", calls, rep)
	}
	if n := site.requested("/novosti/zerno/16670-eksport-zerna-v-kitay-vyros"); n != 0 {
		t.Errorf("poll went on after the emit error")
	}
}

func TestEldalaLayoutDrift(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	site.file(t, "/", "eldala/home-drift.html", "")
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Fallback || len(got) != 2 {
		t.Fatalf("drifted layout: %d articles, report %+v; want 2 through the fallback", len(got), rep)
	}
	prev := agrowatch.Health{MaxItems: 3, LastItems: 3}
	h, changed := NextHealth(prev, rep, nil, testNow)
	if !strings.HasPrefix(h.Degraded, "degraded: layout changed?") || changed != h.Degraded {
		t.Errorf("health %q, changed %q", h.Degraded, changed)
	}

	// Cards gone and no article links at all: no items where there used to be some.
	site.set("/", fakePage{body: "<html><body><main><p>Сайт на обслуживании</p></main></body></html>", ctype: "text/html"})
	_, rep, err = poll(ctx, src, newMemState())
	if err != nil || rep.Items != 0 {
		t.Fatalf("empty listing: %+v, %v", rep, err)
	}
	h, _ = NextHealth(prev, rep, nil, testNow)
	if !strings.Contains(h.Degraded, "no items") {
		t.Errorf("empty listing not degraded: %q", h.Degraded)
	}
}

// ElDala edits slugs: an article whose numeric id was seen is not read again under its new URL.
func TestEldalaEditedSlugIsSeen(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	st := newMemState()
	st.markSeen("eldala:16668") // recorded under an older slug
	got, rep, err := poll(ctx, src, st)
	if err != nil {
		t.Fatal(err)
	}
	if n := site.requested("/novosti/zhivotnovodstvo/16668-uboynye-punkty-ocifruyut-v-kazahstane"); n != 0 {
		t.Errorf("an article seen by its id was fetched %d times", n)
	}
	if len(got) != 2 || rep.New != 2 {
		t.Errorf("got %d articles, report %+v; want the 2 others", len(got), rep)
	}
	for _, a := range got {
		if !strings.HasPrefix(a.Key, "eldala:") {
			t.Errorf("article %s has key %q, want eldala:<id>", a.URL, a.Key)
		}
	}
}
