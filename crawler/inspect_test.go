package crawler

import (
	"os"
	"strings"
	"testing"
	"time"

	"agrowatch/config"
)

func TestInspectLive(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	b, _ := os.ReadFile("testdata/eldala/home.html")
	site.set("/", fakePage{body: string(b), etag: `"v1"`, ctype: "text/html"})
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	st := newMemState()
	st.vals["eldala "+site.URL()+"/"] = Validators{ETag: `"v1"`}
	st.markSeen(site.URL() + "/novosti/mir/16671-kitay-otkryl-rynok-dlya-baraniny")
	items, err := src.(Inspector).Inspect(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 {
		t.Fatalf("%d items: %+v", len(items), items)
	}
	if h, _ := site.lastHit("/"); h.header.Get("If-None-Match") != "" {
		t.Error("Inspect sent validators: it must see the listing as it is now")
	}
	if st.setVals != 0 || len(st.seen) != 1 {
		t.Errorf("Inspect changed the state: %d validators stored, %d seen", st.setVals, len(st.seen))
	}
	if !items[2].Seen || items[0].Seen || items[0].BodyLen == 0 || items[0].BodyLen != len([]rune(items[0].Text)) || items[0].Published.IsZero() {
		t.Errorf("%+v", items)
	}
}

func TestInspectSavedPage(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t) // nothing may be fetched from it
	read := func(f string) []byte {
		b, err := os.ReadFile("testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		return []byte(strings.ReplaceAll(string(b), "{{BASE}}", site.URL()))
	}
	eld := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP()).(Inspector)
	items, err := eld.Inspect(ctx, nil, read("eldala/home.html"))
	if err != nil || len(items) != 3 || items[0].Title != "Убойные пункты оцифруют в Казахстане" {
		t.Errorf("saved listing: %+v %v", items, err)
	}
	items, err = eld.Inspect(ctx, nil, read("eldala/article-16670.html"))
	if err != nil || len(items) != 1 || items[0].Title != "Экспорт зерна в Китай вырос на треть" || items[0].BodyLen == 0 || items[0].Published.IsZero() {
		t.Errorf("saved article: %+v %v", items, err)
	}
	apk := newSource(t, config.Source{Name: "apk", Preset: "apk-news", URL: site.URL() + "/"}, testHTTP()).(Inspector)
	items, err = apk.Inspect(ctx, nil, read("apk-news/feed.xml"))
	if err != nil || len(items) != 2 || items[0].Published.IsZero() || items[0].Text == "" {
		t.Errorf("saved feed: %+v %v", items, err)
	}
	items, err = apk.Inspect(ctx, nil, read("apk-news/article-baranina.html"))
	if err != nil || len(items) != 1 || items[0].Title != "Китай возобновил ввоз баранины из Казахстана" {
		t.Errorf("saved article: %+v %v", items, err)
	}
	if p := site.paths(); len(p) != 0 {
		t.Errorf("a saved page made requests: %v", p)
	}
}

func TestNewRegistry(t *testing.T) {
	h := testHTTP()
	deps := testDeps(t, h)
	for _, src := range []config.Source{
		{Name: "a", Preset: "eldala"},
		{Name: "b", Preset: "apk-news"},
		{Name: "c", Preset: "eurasianet"},
		{Name: "d", Preset: "govkz", Project: "moa"},
		{Name: "e", Type: "feed", URL: "https://example.org/rss"},
		{Name: "f", Type: "html", URL: "https://example.org/news", Links: "a.news"},
	} {
		s, err := New(src, h, deps)
		if err != nil || s.Name() != src.Name {
			t.Errorf("%s: %v", src.Kind(), err)
		}
		if _, ok := s.(Inspector); !ok && src.Kind() != "govkz" {
			t.Errorf("%s is no Inspector", src.Kind())
		}
	}
	if _, err := New(config.Source{Name: "x", Preset: "nope"}, h, deps); err == nil {
		t.Error("unknown preset accepted")
	}
	// Building a source leaves the shared gates alone: they are the client's (Hosts.Configure).
	over := config.Source{Name: "g", Preset: "eldala", Delay: config.Duration(7 * time.Second), Parallelism: 2}
	if _, err := New(over, h, deps); err != nil {
		t.Fatal(err)
	}
	if g := HostsOf(deps.Client).gate("eldala.kz"); g.delay != h.Delay.D() || g.override {
		t.Errorf("New changed the eldala.kz gate: delay %s", g.delay)
	}
}

// The gates follow the set of sources: an override applies while its source runs, the politest of two
// wins, and a host whose sources are gone goes back to the http section's limits.
func TestHostsConfigure(t *testing.T) {
	h := testHTTP()
	h.Delay = config.Duration(time.Second)
	hs := HostsOf(NewClient(h, nil))
	check := func(host string, delay time.Duration, par int) {
		t.Helper()
		g := hs.gate(host)
		if g.delay != delay || cap(g.slots) != par {
			t.Errorf("%s: delay %s, parallelism %d; want %s, %d", host, g.delay, cap(g.slots), delay, par)
		}
	}
	eld := config.Source{Name: "a", Preset: "eldala", Delay: config.Duration(7 * time.Second)}
	eld2 := config.Source{Name: "b", Preset: "eldala", URL: "https://www.eldala.kz/", Delay: config.Duration(3 * time.Second), Parallelism: 2}
	kz := config.Source{Name: "c", Preset: "kazinform", Lang: "kk", Parallelism: 3}
	off := config.Source{Name: "d", Preset: "gacc", Delay: config.Duration(time.Minute), Disabled: true}
	hs.Configure([]config.Source{eld, eld2, kz, off})
	check("eldala.kz", 7*time.Second, 2)
	check("inform.kz", time.Second, 3)
	check("customs.gov.cn", time.Second, 1)

	hs.Configure([]config.Source{kz}) // a reload dropped both eldala sources
	check("eldala.kz", time.Second, 1)
	check("inform.kz", time.Second, 3)
	hs.Configure(nil)
	check("inform.kz", time.Second, 1)
}
