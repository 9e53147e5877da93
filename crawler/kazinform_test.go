package crawler

import (
	"strings"
	"testing"
	"time"

	"agrowatch/config"
)

const (
	kzGovyadina = "/ru/kitay-snyal-zapret-na-vvoz-kazahstanskoy-govyadiny_a4123456"
	kzPshenica  = "/ru/minselhoz-eksport-pshenicy-v-kitay-vyros_a4123470"
	kzSiyr      = "/kz/kytay-kazakstannyn-siyr-etine-tyyymdy-aldy_a4123501"
	kzAstyk     = "/kz/astyk-eksporty-osti_a4123502"
	kzLatnSiyr  = "/kytai-qazaqstandyq-siyr-etine-tyiymdy-alyp-tastady_a4123601"
)

func kazinformSite(t *testing.T) *fakeSite {
	site := newFakeSite(t)
	site.file(t, "/ru/", "kazinform/home-ru.html", "")
	site.file(t, "/ru/rss", "kazinform/rss-ru.xml", "application/rss+xml; charset=utf-8")
	site.file(t, kzGovyadina, "kazinform/article-ru-govyadina.html", "")
	site.file(t, kzPshenica, "kazinform/article-ru-pshenica.html", "")
	site.file(t, "/kz/", "kazinform/home-kk.html", "")
	site.file(t, kzSiyr, "kazinform/article-kk-siyr.html", "")
	site.file(t, kzAstyk, "kazinform/article-kk-astyk.html", "")
	return site
}

// The Russian edition announces its feed: the feed is read, the listing is not needed.
func TestKazinformFeedFirst(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := kazinformSite(t)
	src := newSource(t, config.Source{Name: "kazinform-ru", Preset: "kazinform", Lang: "ru", URL: site.URL() + "/ru/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 2 || rep.Fallback || len(rep.Notes) != 0 {
		t.Errorf("report %+v", rep)
	}
	golden(t, site, "kazinform", "ru", got)
	// The feed's link carried utm_source: the canonical URL drops it; the article's id is its key; the
	// "Читать по теме" line and the sidebar are not the article.
	a := got[0]
	if a.URL != site.URL()+kzGovyadina || a.Key != "kazinform:4123456" || a.Lang != "ru" {
		t.Errorf("url %q key %q lang %q", a.URL, a.Key, a.Lang)
	}
	if !strings.Contains(a.Text, "сняло ограничения на ввоз говядины") || strings.Contains(a.Text, "Читать по теме") || strings.Contains(a.Text, "Другая новость") {
		t.Errorf("text %q", a.Text)
	}
}

// The Kazakh edition has no feed: the listing's cards are read, with their dates in UTC+5, and that is
// the plan's second step, not a fallback.
func TestKazinformListingSecond(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := kazinformSite(t)
	src := newSource(t, config.Source{Name: "kazinform-kk", Preset: "kazinform", Lang: "kk", URL: site.URL() + "/kz/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/kz/rss", "/rss", "/kz/rss.xml"} {
		if site.requested(p) != 1 {
			t.Errorf("%s asked %d times, want once", p, site.requested(p))
		}
	}
	if rep.Items != 2 || rep.Fallback || len(rep.Notes) != 1 || site.requested("/kz/about") != 0 {
		t.Errorf("report %+v", rep)
	}
	golden(t, site, "kazinform", "kk", got)
	if want := time.Date(2026, 10, 7, 9, 40, 0, 0, time.UTC); len(got) == 0 || !got[0].Published.Equal(want) || got[0].Lang != "kk" {
		t.Fatalf("articles %+v; want the first at %s, in kk", got, want)
	}
}

// Latin-script Kazakh is an edition of its own, picked by lang; its articles are Kazakh for extraction.
func TestKazinformLatinEdition(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	site.file(t, "/", "kazinform/home-latn.html", "")
	site.file(t, kzLatnSiyr, "kazinform/article-latn-siyr.html", "")
	src := newSource(t, config.Source{Name: "kazinform-latn", Preset: "kazinform", Lang: "kk-latn", URL: site.URL() + "/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil || len(got) != 1 || rep.Fallback {
		t.Fatalf("%d articles, %+v, %v", len(got), rep, err)
	}
	golden(t, site, "kazinform", "latn", got)
	if got[0].Lang != "kk" || !strings.Contains(got[0].Text, "tyiymdy alyp tastady") {
		t.Errorf("%+v", got[0])
	}
}

// Neither a feed nor the cards: links that look like articles, and the health says the preset fell back.
func TestKazinformDrift(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := kazinformSite(t)
	site.set("/kz/", fakePage{body: `<html><body><ul><li><a href="/kz/astyk-eksporty-osti_a4123502">Астық экспорты өсті</a></li><li><a href="/kz/about">Біз туралы</a></li></ul></body></html>`, ctype: "text/html; charset=utf-8"})
	src := newSource(t, config.Source{Name: "kazinform-kk", Preset: "kazinform", Lang: "kk", URL: site.URL() + "/kz/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil || len(got) != 1 || !rep.Fallback {
		t.Fatalf("%d articles, %+v, %v", len(got), rep, err)
	}
}
