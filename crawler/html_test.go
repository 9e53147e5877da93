package crawler

import (
	"strings"
	"testing"
	"time"

	"agrowatch/config"
)

func htmlTypeSite(t *testing.T) *fakeSite {
	site := newFakeSite(t)
	site.file(t, "/press", "html/listing.html", "")
	site.file(t, "/press/2021/11/18/kvota-na-eksport-skota", "html/article-kvota.html", "")
	site.file(t, "/press/2024/02/07/karantin-snyat", "html/article-karantin.html", "")
	return site
}

func TestHTMLTypeSelectors(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := htmlTypeSite(t)
	src := newSource(t, config.Source{
		Name: "press", Type: "html", URL: site.URL() + "/press",
		Links: ".news-list .news-item a.title", LinkPattern: `/press/\d{4}/`,
		Title: ".press__title", Body: ".press__text", Date: ".press__date",
	}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 2 || rep.Fallback || site.requested("/press/archive") != 0 {
		t.Errorf("report %+v; requested %v", rep, site.paths())
	}
	golden(t, site, "html", "articles", got)
}

func TestHTMLTypePatternOnly(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := htmlTypeSite(t)
	src := newSource(t, config.Source{Name: "press", Type: "html", URL: site.URL() + "/press", LinkPattern: `/press/\d{4}/\d{2}/\d{2}/`}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || rep.Fallback {
		t.Fatalf("%d articles, %+v", len(got), rep)
	}
	// Without selectors the generic extraction finds the same dates.
	if !got[0].Published.Equal(time.Date(2021, 11, 18, 13, 11, 0, 0, time.UTC)) || !got[1].Published.Equal(time.Date(2024, 2, 6, 19, 0, 0, 0, time.UTC)) {
		t.Errorf("dates %s, %s", got[0].Published, got[1].Published)
	}
}

// Selectors that no longer match fall back to generic discovery and extraction, and say so.
func TestHTMLTypeDrift(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := htmlTypeSite(t)
	src := newSource(t, config.Source{
		Name: "press", Type: "html", URL: site.URL() + "/press",
		Links: ".gone a", Body: ".gone-body",
	}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Fallback || len(got) != 2 || !strings.Contains(got[0].Text, "маточного поголовья") {
		t.Fatalf("%d articles, %+v", len(got), rep)
	}

	if _, err := New(config.Source{Name: "bad", Type: "html", URL: site.URL(), Links: "a[href"}, testHTTP(), testDeps(t, testHTTP())); err == nil {
		t.Error("a broken selector was accepted")
	}
}

// A user's type html source written with the gacc preset's fields reads the site as the preset does:
// a preset is only a shipped declaration.
func TestHTMLTypeAsPreset(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := gaccSite(t)
	user := newSource(t, config.Source{
		Name: "customs", Type: "html", URL: site.URL() + gaccList,
		Items: `[class^="conList_ul"] li`, ItemTitle: "a[title]", ItemDate: "span",
		Body: ".easysite-news-peruse", Date: ".easysite-news-describe", Zone: "+08:00", Charset: "gb18030",
	}, testHTTP())
	mine, rep, err := poll(ctx, user, newMemState())
	if err != nil || rep.Fallback || len(mine) != 2 {
		t.Fatalf("user source: %d articles, %+v, %v", len(mine), rep, err)
	}
	shipped, _, err := poll(ctx, newSource(t, config.Source{Name: "gacc", Preset: "gacc", URL: site.URL() + gaccList}, testHTTP()), newMemState())
	if err != nil || len(shipped) != 2 {
		t.Fatalf("preset: %d articles, %v", len(shipped), err)
	}
	for i := range mine {
		a, b := mine[i], shipped[i]
		if a.URL != b.URL || a.Title != b.Title || !a.Published.Equal(b.Published) || a.Text != b.Text {
			t.Errorf("article %d differs:\nuser   %+v\npreset %+v", i, a, b)
		}
		if _, off := a.Published.Zone(); off != 8*3600 {
			t.Errorf("article %d dated in a zone %d s east, want UTC+8", i, off)
		}
	}
}
