package crawler

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/preset"
)

const (
	gaccList     = "/customs/302249/302266/302267/index.html"
	gaccBan      = "/customs/302249/302266/302267/5712345/index.html"
	gaccWheat    = "/customs/302249/302266/302267/5709876/index.html"
	gaccDzsList  = "/dzs/index.html"
	gaccDzsVisit = "/dzs/2746776/5713001/index.html"
)

// onSite is a shipped declaration with its edition picked and every start URL moved to base, the way
// `url:` moves a preset with a single start URL.
func onSite(t *testing.T, name, lang, base string) (config.Source, preset.Preset) {
	t.Helper()
	src := config.Source{Name: name, Preset: name, Lang: lang}
	p, err := src.Declaration()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := url.Parse(base)
	e := p.Editions[0]
	starts := make([]string, len(e.Start))
	for i, s := range e.Start {
		u, _ := url.Parse(s)
		u.Scheme, u.Host = b.Scheme, b.Host
		starts[i] = u.String()
	}
	e.Start = starts
	p.Editions = []preset.Edition{e}
	return src, p
}

func gaccSite(t *testing.T) *fakeSite {
	site := newFakeSite(t)
	// GBK and GB18030 pages as the site sends them: the header names no charset. The listing says
	// gb2312 in its <meta>; the article says nothing and is decoded by the preset's fallback.
	site.file(t, gaccList, "gacc/announcements-gbk.html", "text/html")
	site.file(t, gaccBan, "gacc/article-5712345-gb18030.html", "text/html")
	site.file(t, gaccWheat, "gacc/article-5709876-utf8.html", "text/html; charset=utf-8")
	site.file(t, gaccDzsList, "gacc/dzs-utf8.html", "text/html; charset=utf-8")
	site.file(t, gaccDzsVisit, "gacc/article-5713001-utf8.html", "")
	return site
}

func gaccSource(t *testing.T, site *fakeSite) Source {
	t.Helper()
	src, p := onSite(t, "gacc", "", site.URL())
	s, err := newFrom(src, p, testHTTP(), testDeps(t, testHTTP()))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestGACC(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := gaccSite(t)
	got, rep, err := poll(ctx, gaccSource(t, site), newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 3 || rep.Articles != 3 || rep.Fallback || len(rep.Notes) != 0 || rep.EmptyDates != 0 {
		t.Errorf("report %+v", rep)
	}
	golden(t, site, "gacc", "articles", got)

	byKey := map[string]int{}
	for i, a := range got {
		byKey[a.Key] = i
	}
	ban, ok := byKey["gacc:5712345"]
	if !ok {
		t.Fatalf("no article keyed gacc:5712345 among %+v", got)
	}
	a := got[ban]
	// The whole title from the listing's title attribute, not the shortened link text; the time of
	// day from the article's dateline, in Beijing time.
	if a.Title != "海关总署公告2024年第18号（关于解除哈萨克斯坦牛肉输华禁令的公告）" {
		t.Errorf("title %q", a.Title)
	}
	if want := time.Date(2024, 2, 7, 1, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published %s, want %s (09:30 in UTC+8)", a.Published, want)
	}
	if _, off := a.Published.Zone(); off != 8*3600 {
		t.Errorf("published in a zone %d s east of UTC, want UTC+8", off)
	}
	if a.Lang != "zh" || a.URL != site.URL()+gaccBan {
		t.Errorf("lang %q, url %q", a.Lang, a.URL)
	}
	// The GB18030 body decoded, the site's chrome left out.
	if !strings.Contains(a.Text, "海关总署决定解除对哈萨克斯坦牛肉的进口禁令。") || strings.Contains(a.Text, "主办单位") || strings.Contains(a.Text, "发布时间") {
		t.Errorf("text %q", a.Text)
	}
}

// The listing's entries gone (a redesign): the article links are still found, and the poll says it
// fell back.
func TestGACCDrift(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := gaccSite(t)
	site.file(t, gaccList, "gacc/announcements-drift.html", "")
	site.set(gaccDzsList, fakePage{body: "<html><body><p>栏目调整中</p></body></html>", ctype: "text/html; charset=utf-8"})
	got, rep, err := poll(ctx, gaccSource(t, site), newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Fallback || len(got) != 2 || site.requested("/about") != 0 {
		t.Fatalf("%d articles, report %+v", len(got), rep)
	}
	h, changed := NextHealth(agrowatch.Health{MaxItems: 3, LastItems: 3}, rep, nil, testNow)
	if !strings.Contains(h.Degraded, "generic discovery") || changed == "" {
		t.Errorf("health %q, changed %q", h.Degraded, changed)
	}
}

// One of the two listings gone: the other is still read, and the note says which one failed.
func TestGACCOneListingGone(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := gaccSite(t)
	site.set(gaccDzsList, fakePage{body: "gone", status: 404})
	got, rep, err := poll(ctx, gaccSource(t, site), newMemState())
	if err != nil || len(got) != 2 {
		t.Fatalf("%d articles, %v", len(got), err)
	}
	if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], gaccDzsList) {
		t.Errorf("notes %q", rep.Notes)
	}
}

// A configured gacc source with url reads that one listing.
func TestGACCByURL(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := gaccSite(t)
	src := newSource(t, config.Source{Name: "gacc", Preset: "gacc", URL: site.URL() + gaccList}, testHTTP())
	got, _, err := poll(ctx, src, newMemState())
	if err != nil || len(got) != 2 {
		t.Fatalf("%d articles, %v", len(got), err)
	}
	if site.requested(gaccDzsList) != 0 {
		t.Error("the department's listing was read although url names the announcements alone")
	}
}

// `sources check gacc -file PAGE`: a saved GBK listing gives its entries, a saved GB18030 article its
// text, both as the source reads them.
func TestGACCInspectSavedPages(t *testing.T) {
	ctx := testCtx(t, 10*time.Second)
	src := newSource(t, config.Source{Name: "gacc", Preset: "gacc"}, testHTTP()).(Inspector)
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "gacc", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	items, err := src.Inspect(ctx, nil, read("announcements-gbk.html"))
	if err != nil || len(items) != 2 {
		t.Fatalf("listing: %+v, %v", items, err)
	}
	if items[0].Title != "海关总署公告2024年第18号（关于解除哈萨克斯坦牛肉输华禁令的公告）" ||
		items[0].URL != "http://www.customs.gov.cn"+gaccBan || !items[0].Published.Equal(time.Date(2024, 2, 7, 0, 0, 0, 0, preset.Zone(8*time.Hour))) {
		t.Errorf("first entry %+v", items[0])
	}
	items, err = src.Inspect(ctx, nil, read("article-5712345-gb18030.html"))
	if err != nil || len(items) != 1 {
		t.Fatalf("article: %+v, %v", items, err)
	}
	if !strings.Contains(items[0].Text, "解除对哈萨克斯坦牛肉的进口禁令") || items[0].Published.Hour() != 9 {
		t.Errorf("article %+v", items[0])
	}
}
