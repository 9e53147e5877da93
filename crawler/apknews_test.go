package crawler

import (
	"strings"
	"testing"
	"time"

	"agrowatch/config"
)

const (
	apkBaranina = "/2026/10/07/kitay-vozobnovil-vvoz-baraniny-iz-kazahstana/"
	apkDostyk   = "/2026/10/06/zernovye-otgruzki-cherez-dostyk-vyrosli/"
)

func apkSite(t *testing.T, home string) *fakeSite {
	site := newFakeSite(t)
	site.file(t, "/", "apk-news/"+home, "")
	site.file(t, apkBaranina, "apk-news/article-baranina.html", "")
	site.file(t, apkDostyk, "apk-news/article-dostyk.html", "")
	return site
}

func apkSource(t *testing.T, site *fakeSite) Source {
	return newSource(t, config.Source{Name: "apk-news", Preset: "apk-news", URL: site.URL() + "/"}, testHTTP())
}

func TestAPKNewsFeedByAlternate(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := apkSite(t, "home-alternate.html")
	site.file(t, "/novosti/lenta.xml", "apk-news/feed.xml", "application/rss+xml; charset=UTF-8")
	src := apkSource(t, site)
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 2 || rep.Fallback || len(rep.Notes) != 0 {
		t.Errorf("report %+v", rep)
	}
	for _, p := range []string{"/feed/", "/rss", "/comments/feed/"} {
		if site.requested(p) != 0 {
			t.Errorf("%s probed although the home page announces a feed", p)
		}
	}
	golden(t, site, "apk-news", "articles", got)

	// The feed found is remembered: the next poll asks for it alone.
	site.reset()
	if _, _, err := poll(ctx, src, newMemState()); err != nil {
		t.Fatal(err)
	}
	if p := site.paths(); len(p) == 0 || p[0] != "/novosti/lenta.xml" || site.requested("/") != 0 {
		t.Errorf("second poll requested %v", p)
	}
}

func TestAPKNewsFeedByProbe(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := apkSite(t, "home-plain.html")
	site.file(t, "/feed/", "apk-news/feed.xml", "application/rss+xml")
	got, rep, err := poll(ctx, apkSource(t, site), newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || rep.Fallback {
		t.Fatalf("%d articles, report %+v", len(got), rep)
	}
	golden(t, site, "apk-news", "articles", got)
}

func TestAPKNewsListingPattern(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := apkSite(t, "home-plain.html")
	src := apkSource(t, site)
	st := newMemState()
	got, rep, err := poll(ctx, src, st)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/feed/", "/rss", "/rss.xml"} {
		if site.requested(p) != 1 {
			t.Errorf("%s probed %d times", p, site.requested(p))
		}
	}
	if len(got) != 2 || rep.Items != 2 || rep.Fallback || len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "no feed") {
		t.Fatalf("%d articles, report %+v", len(got), rep)
	}
	titles := got[0].Title + " / " + got[1].Title
	if titles != "Китай возобновил ввоз баранины из Казахстана / Зерновые отгрузки через Достык выросли" {
		t.Errorf("titles %s", titles)
	}
	if want := time.Date(2026, 10, 6, 11, 40, 0, 0, time.UTC); !got[1].Published.Equal(want) {
		t.Errorf("visible date: %s, want %s", got[1].Published, want)
	}
	// Without a feed the listing is read again next time, without probing again for a day.
	site.reset()
	if _, _, err := poll(ctx, src, st); err != nil {
		t.Fatal(err)
	}
	if p := site.paths(); len(p) != 1 || p[0] != "/" {
		t.Errorf("second poll requested %v", p)
	}
}
