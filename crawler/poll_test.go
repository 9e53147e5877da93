package crawler

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/config"
)

// shellPage is what a single-page app or a broken layout serves: a page without the article's text.
const shellPage = `<html><head><title>Новости</title></head><body><div id="app"></div></body></html>`

// An article whose body comes out empty is not emitted (so not marked seen for good): it counts in
// EmptyBodies, is warned about once per poll, and the listing's validators are not stored, so that the
// next poll reads it again. A feed item carrying its own text is its own body.
func TestEmptyBodyHeldBack(t *testing.T) {
	const text = "Посевная кампания в Акмолинской области завершена."
	article := fmt.Sprintf(smallArticle, "Посевная", "Посевная", text)
	feed := `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title>
<item><title>Посевная</title><link>{{BASE}}/news/1</link><description>` + text + `</description></item></channel></rss>`
	for _, c := range []struct {
		name    string
		src     config.Source
		listing fakePage
		// emitted on poll 1 and 2
		first, second int
	}{
		{"html page empty, then filled", config.Source{Name: "t", Type: "html", LinkPattern: `/news/\d+`},
			fakePage{body: `<a href="/news/1">Посевная</a><a href="/news/2">Другое</a>`, ctype: "text/html", etag: `"l1"`}, 0, 1},
		{"feed item with its own text", config.Source{Name: "t", Type: "feed"},
			fakePage{body: feed, ctype: "application/rss+xml", etag: `"l1"`}, 1, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := testCtx(t, 20*time.Second)
			site := newFakeSite(t)
			site.set("/", c.listing)
			site.set("/news/1", fakePage{body: shellPage, ctype: "text/html"})
			site.set("/news/2", fakePage{body: fmt.Sprintf(smallArticle, "Другое", "Другое", "Другой текст."), ctype: "text/html"})
			h := testHTTP()
			deps, logs := logDeps(t, h)
			c.src.URL = site.URL() + "/"
			src, err := New(c.src, h, deps)
			if err != nil {
				t.Fatal(err)
			}
			st := newMemState()

			got, rep, err := poll(ctx, src, st)
			if err != nil {
				t.Fatal(err)
			}
			if n := count(got, "/news/1"); n != c.first {
				t.Fatalf("poll 1 emitted /news/1 %d times, want %d: %+v", n, c.first, got)
			}
			if c.first == 1 {
				if a := got[0]; a.Text != text {
					t.Errorf("feed item: text %q, want the feed's %q", a.Text, text)
				}
				if rep.EmptyBodies != 0 || st.setVals != 1 {
					t.Errorf("feed item: EmptyBodies %d, %d validators stored; want 0 and 1", rep.EmptyBodies, st.setVals)
				}
				return
			}
			if rep.EmptyBodies != 1 || rep.Articles != 1 {
				t.Errorf("poll 1: EmptyBodies %d, Articles %d; want 1 and 1", rep.EmptyBodies, rep.Articles)
			}
			if st.setVals != 0 {
				t.Errorf("poll 1 stored validators %+v: the next poll would get a 304 and never retry", st.set)
			}
			if n := strings.Count(logs.String(), "level=WARN msg=\"articles with an empty body held back"); n != 1 {
				t.Errorf("%d warnings about empty bodies in one poll, want 1:\n%s", n, logs)
			}

			site.set("/news/1", fakePage{body: article, ctype: "text/html"})
			got, rep, err = poll(ctx, src, st)
			if err != nil {
				t.Fatal(err)
			}
			if n := count(got, "/news/1"); n != c.second || got[0].Text != text {
				t.Fatalf("poll 2 emitted /news/1 %d times, want %d with its text: %+v", n, c.second, got)
			}
			if rep.EmptyBodies != 0 || st.setVals != 1 {
				t.Errorf("poll 2: EmptyBodies %d, %d validators stored; want 0 and 1", rep.EmptyBodies, st.setVals)
			}
			if got, _, err := poll(ctx, src, st); err != nil || len(got) != 0 {
				t.Errorf("poll 3: %d articles, %v; want none", len(got), err)
			}
		})
	}
}

// count is how many articles have a URL ending in suffix.
func count(as []agrowatch.Article, suffix string) int {
	n := 0
	for _, a := range as {
		if strings.HasSuffix(a.URL, suffix) {
			n++
		}
	}
	return n
}
