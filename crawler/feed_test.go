package crawler

import (
	"strings"
	"testing"
	"time"

	"agrowatch/config"
)

func TestEurasianetGolden(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	site.file(t, "/rss", "eurasianet/rss.xml", "application/rss+xml; charset=utf-8")
	site.file(t, "/kazakhstan-wheat-shipments-to-china-climb-as-rail-bottlenecks-ease", "eurasianet/article-wheat.html", "")
	// The round-up's page is gone (404): its text comes from the feed. The third item lives on another
	// site: it is never fetched, its description stands in.
	src := newSource(t, config.Source{Name: "eurasianet", Preset: "eurasianet", URL: site.URL() + "/rss"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 3 || rep.Articles != 3 || rep.Fallback {
		t.Errorf("report %+v", rep)
	}
	for _, p := range site.paths() {
		if strings.Contains(p, "elsewhere") {
			t.Errorf("fetched %s", p)
		}
	}
	golden(t, site, "eurasianet", "articles", got)
}

// Eurasianet configured with its home page: the feed is discovered, and without one the home page's
// links are read with the fallback reported.
func TestEurasianetDiscovery(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	site.set("/", fakePage{body: `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body></body></html>`, ctype: "text/html"})
	site.file(t, "/rss", "eurasianet/rss.xml", "application/rss+xml")
	site.file(t, "/kazakhstan-wheat-shipments-to-china-climb-as-rail-bottlenecks-ease", "eurasianet/article-wheat.html", "")
	src := newSource(t, config.Source{Name: "eurasianet", Preset: "eurasianet", URL: site.URL() + "/"}, testHTTP())
	if got, rep, err := poll(ctx, src, newMemState()); err != nil || len(got) != 3 || rep.Fallback {
		t.Fatalf("%d articles, %+v, %v", len(got), rep, err)
	}

	site = newFakeSite(t)
	site.set("/", fakePage{body: `<html><body><a href="/kazakhstan-wheat-shipments-to-china-climb-as-rail-bottlenecks-ease">Wheat</a> <a href="/about">About</a></body></html>`, ctype: "text/html"})
	site.file(t, "/kazakhstan-wheat-shipments-to-china-climb-as-rail-bottlenecks-ease", "eurasianet/article-wheat.html", "")
	src = newSource(t, config.Source{Name: "eurasianet", Preset: "eurasianet", URL: site.URL() + "/"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil || len(got) != 1 || !rep.Fallback {
		t.Fatalf("no feed: %d articles, %+v, %v", len(got), rep, err)
	}
	if got[0].Lang != "en" || !got[0].Published.Equal(time.Date(2026, 10, 8, 4, 30, 0, 0, time.UTC)) {
		t.Errorf("%+v", got[0])
	}
}

func TestFeedType(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	site.file(t, "/bulletin.atom", "feed/atom.xml", "application/atom+xml")
	site.file(t, "/bulletin/2026/postavki-muki", "feed/article-muka.html", "")
	src := newSource(t, config.Source{Name: "bulletin", Type: "feed", URL: site.URL() + "/bulletin.atom", Lang: "ru"}, testHTTP())
	got, rep, err := poll(ctx, src, newMemState())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Items != 2 || len(got) != 2 {
		t.Fatalf("report %+v, %d articles", rep, len(got))
	}
	if n := site.requested("/bulletin/2026/postavki-muki"); n != 1 {
		t.Errorf("item page fetched %d times", n)
	}
	golden(t, site, "feed", "articles", got)

	// A URL that is no feed and links none is an error for type feed.
	site.set("/page", fakePage{body: "<html><body><p>nothing</p></body></html>", ctype: "text/html"})
	src = newSource(t, config.Source{Name: "x", Type: "feed", URL: site.URL() + "/page"}, testHTTP())
	if _, _, err := poll(ctx, src, newMemState()); err == nil || !strings.Contains(err.Error(), "not a feed") {
		t.Errorf("got %v", err)
	}
}
