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
