package main

import (
	"context"
	"fmt"
	"html/template"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"agrowatch/config"
	"agrowatch/crawler"
	"agrowatch/extract"
	"agrowatch/store"
	"agrowatch/watch"
)

// BenchmarkPollUnchanged is the steady state of a daemon: one poll of an eldala listing of 20 cards,
// every one already seen, over loopback HTTP without conditional GET (the worst case: the listing is
// fetched and parsed whole every time). docs/scaling.md turns it into sources per core.
func BenchmarkPollUnchanged(b *testing.B) {
	var arts []siteArticle
	for i := range 20 {
		a := seedArticles()[i%3]
		a.ID, a.Slug = 17000+i, fmt.Sprintf("%s-%d", a.Slug, i)
		arts = append(arts, a)
	}
	tmpl := template.Must(template.ParseFiles("testdata/site/home.html", "testdata/site/article.html"))
	srv := httptest.NewServer(&fakeElDala{articles: arts, hits: map[string]int{}, tmpl: tmpl})
	defer srv.Close()
	db, err := store.Open(filepath.Join(b.TempDir(), "agrowatch.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	httpCfg := config.DefaultHTTP()
	httpCfg.Delay = 0
	client := crawler.NewClient(httpCfg, discardLogger())
	src, err := crawler.New(config.Source{Name: "eldala", Preset: "eldala", URL: srv.URL + "/", Interval: config.Duration(time.Hour)}, httpCfg,
		crawler.Deps{Client: client, Logger: discardLogger(), Now: time.Now})
	if err != nil {
		b.Fatal(err)
	}
	w := &watch.Watcher{Store: db, Extractor: extract.New(), Destinations: []string{"stdout"}, MaxAge: 72 * time.Hour, Now: time.Now, Logger: discardLogger()}
	s := watch.Source{Source: src, Interval: time.Hour}
	if res := w.Poll(context.Background(), s); res.Err != nil || res.New != 20 {
		b.Fatalf("first poll: %+v", res)
	}
	b.ResetTimer()
	for b.Loop() {
		if res := w.Poll(context.Background(), s); res.Err != nil || res.New != 0 {
			b.Fatalf("poll: %+v", res)
		}
	}
}
