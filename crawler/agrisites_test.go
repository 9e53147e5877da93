package crawler

import (
	"strings"
	"testing"
	"time"

	"agrowatch/config"
)

const (
	zernoPshenica  = "/novosti/11-2026/231456-eksport-pshenicy-v-kitay-vyros-na-20"
	zernoVagony    = "/novosti/11-2026/231460-na-dostyke-skopilis-vagony-s-zernom"
	agroBaranina   = "/2026/10/07/kitaj-otkryl-rynok-dlya-kazahstanskoj-baraniny/"
	agroPosevnaya  = "/2026/10/06/posevnaya-2027-subsidii/"
	agroinfoFeedCT = "application/rss+xml; charset=UTF-8"
)

func zernoSite(t *testing.T) *fakeSite {
	site := newFakeSite(t)
	site.file(t, "/", "kazakh-zerno/home.html", "")
	site.file(t, zernoPshenica, "kazakh-zerno/article-pshenica.html", "")
	site.file(t, zernoVagony, "kazakh-zerno/article-vagony.html", "")
	return site
}

// Казах-Зерно announces no feed: the probes find its windows-1251 RSS at /rss.
func TestKazakhZernoFeedByProbe(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := zernoSite(t)
	site.file(t, "/rss", "kazakh-zerno/rss.xml", "application/rss+xml")
	src := newSource(t, config.Source{Name: "kazakh-zerno", Preset: "kazakh-zerno", URL: site.URL() + "/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 2 || rep.Fallback || site.requested("/feed/") != 1 {
		t.Errorf("report %+v, requested %v", rep, site.paths())
	}
	golden(t, site, "kazakh-zerno", "articles", got)
	if len(got) != 2 || !strings.Contains(got[0].Text, "1,8 млн тонн пшеницы") || strings.Contains(got[0].Text, "©") {
		t.Errorf("%+v", got)
	}
}

// Without any feed the home page's article links are read: the plan's second step, no fallback, and
// the Kazakh edition's and the about page's links are not articles.
func TestKazakhZernoWithoutFeed(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := zernoSite(t)
	src := newSource(t, config.Source{Name: "kazakh-zerno", Preset: "kazakh-zerno", URL: site.URL() + "/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil || len(got) != 2 || rep.Fallback {
		t.Fatalf("%d articles, %+v, %v", len(got), rep, err)
	}
	if want := time.Date(2026, 10, 7, 5, 15, 0, 0, time.UTC); !got[0].Published.Equal(want) {
		t.Errorf("published %s, want %s (10:15 in UTC+5)", got[0].Published, want)
	}
}

func agroinfoSite(t *testing.T) *fakeSite {
	site := newFakeSite(t)
	site.file(t, "/", "agroinfo/home.html", "")
	site.file(t, agroBaranina, "agroinfo/article-baranina.html", "")
	site.file(t, agroPosevnaya, "agroinfo/article-posevnaya.html", "")
	return site
}

// agroinfo.kz is WordPress: the feed it announces (not the comments feed), the entries' text by the
// theme's selectors.
func TestAgroinfoFeed(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := agroinfoSite(t)
	site.file(t, "/feed/", "agroinfo/feed.xml", agroinfoFeedCT)
	src := newSource(t, config.Source{Name: "agroinfo", Preset: "agroinfo", URL: site.URL() + "/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 2 || rep.Fallback || site.requested("/comments/feed/") != 0 {
		t.Errorf("report %+v, requested %v", rep, site.paths())
	}
	golden(t, site, "agroinfo", "articles", got)
	if len(got) == 0 || strings.Contains(got[0].Text, "Поделиться") || strings.Contains(got[0].Text, "Другое") {
		t.Errorf("%+v", got)
	}
}

// The feed gone, the entry titles are read; the entry content gone too, generic extraction reads
// the article and the poll says the preset fell back.
func TestAgroinfoWithoutFeedAndDrift(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := agroinfoSite(t)
	src := newSource(t, config.Source{Name: "agroinfo", Preset: "agroinfo", URL: site.URL() + "/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil || len(got) != 2 || rep.Fallback {
		t.Fatalf("no feed: %d articles, %+v, %v", len(got), rep, err)
	}
	if site.requested("/category/zhivotnovodstvo/") != 0 {
		t.Error("a category page was read as an article")
	}

	site = agroinfoSite(t)
	site.set(agroPosevnaya, fakePage{ctype: "text/html; charset=utf-8", body: `<html><body><main><article><h1>Посевная-2027: субсидии утверждены</h1><div class="post-body"><p>Министерство сельского хозяйства утвердило объём субсидий на весенне-полевые работы 2027 года.</p></div></article></main></body></html>`})
	src = newSource(t, config.Source{Name: "agroinfo", Preset: "agroinfo", URL: site.URL() + "/"}, testHTTP())
	got, rep, err = poll(ctx, src, newMemState())
	if err != nil || len(got) != 2 || !rep.Fallback {
		t.Fatalf("drift: %d articles, %+v, %v", len(got), rep, err)
	}
	if !strings.Contains(got[1].Text, "утвердило объём субсидий") {
		t.Errorf("generic extraction: %q", got[1].Text)
	}
}
