package main

import (
	"strings"
	"testing"
	"time"

	"agrowatch/crawler"
	"agrowatch/extract"
	"agrowatch/watch"
)

// TestMirror reads a small mirror as agrowatch does, page by page: an article the generator gave a
// kind states a fact of that kind, every other article states none, and one in four has one.
func TestMirror(t *testing.T) {
	now := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	c := generate(240, 7, now)
	s, err := render(c)
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New()
	kinds := 0
	for i := range c.articles {
		a := &c.articles[i]
		p, ok := s.pages[a.Path()]
		if !ok {
			t.Fatalf("no page at %s", a.Path())
		}
		got, err := crawler.ExtractArticle("https://eldala.kz"+a.Path(), p.body, p.contentType)
		if err != nil {
			t.Fatalf("%s: %v", a.Path(), err)
		}
		got.Lang = a.Lang // the mirror's sources are configured with their language
		if strings.Contains(got.Text, a.Title) || strings.Contains(got.Text, "Популярное") {
			t.Errorf("%s: chrome or title in the text:\n%s", a.Path(), got.Text)
		}
		ms := watch.Mentions(x, got)
		if a.Kind == "" {
			if len(ms) > 0 {
				t.Errorf("%s (%s): neutral article states %s: %q", a.Path(), a.Lang, ms[0].Kind, ms[0].Sentence)
			}
			continue
		}
		kinds++
		found := false
		for _, m := range ms {
			found = found || string(m.Kind) == a.Kind
		}
		if !found {
			t.Errorf("%s (%s): no %s found in:\n%s", a.Path(), a.Lang, a.Kind, got.Text)
		}
		if !got.Published.Equal(a.Published) {
			t.Errorf("%s: published %v, want %v", a.Path(), got.Published, a.Published)
		}
	}
	if kinds != len(c.articles)/mentionShare {
		t.Errorf("%d articles state a fact, want %d", kinds, len(c.articles)/mentionShare)
	}
	for lang, path := range listingPaths {
		if !strings.Contains(string(s.pages[path].body), `class="section-news"`) {
			t.Errorf("listing %s (%s) has no news section", path, lang)
		}
	}
}

// TestGenerateStable: the same seed gives the same mirror, so two runs of the bench compare alike.
func TestGenerateStable(t *testing.T) {
	now := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	a, b := generate(50, 3, now), generate(50, 3, now)
	for i := range a.articles {
		if a.articles[i].Title != b.articles[i].Title || strings.Join(a.articles[i].Paras, "") != strings.Join(b.articles[i].Paras, "") {
			t.Fatalf("article %d differs between two runs of one seed", i)
		}
	}
}
