package main

import (
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/crawler"
	"agrowatch/dedup"
	"agrowatch/extract"
)

// TestMirror reads a small mirror as agrowatch does, page by page: the body of an article with a fact
// states that fact with the fields the generator gave it and no other; every other body, and every
// headline, states none; no two bodies with a fact read as one story told twice.
func TestMirror(t *testing.T) {
	now := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	c := generate(120, 7, now)
	s, err := render(c)
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New()
	var stories []dedup.Fingerprint
	planted := 0
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
		if strings.Contains(got.Text, a.Title) || strings.Contains(got.Text, c.lex[a.Lang].Chrome.Popular) {
			t.Errorf("%s: chrome or title in the text:\n%s", a.Path(), got.Text)
		}
		if !got.Published.Equal(a.Published) {
			t.Errorf("%s: published %v, want %v", a.Path(), got.Published, a.Published)
		}
		if ms := x.Extract(got.Title, a.Lang); len(ms) > 0 {
			t.Errorf("%s (%s): headline %q states %s", a.Path(), a.Lang, got.Title, ms[0].Kind)
		}
		ms := x.Extract(got.Text, a.Lang)
		if a.Fact == nil {
			for _, m := range ms {
				t.Errorf("%s (%s): neutral article states %s: %q", a.Path(), a.Lang, m.Kind, m.Sentence)
			}
			continue
		}
		planted++
		if len(ms) != 1 || !same(ms[0], *a.Fact) {
			t.Errorf("%s (%s): want exactly %+v, got %d mentions:", a.Path(), a.Lang, *a.Fact, len(ms))
			for _, m := range ms {
				t.Errorf("    %+v", m)
			}
		}
		fp, ok := dedup.Of(got.Text)
		if !ok {
			t.Errorf("%s: body too short for a fingerprint", a.Path())
			continue
		}
		for _, o := range stories {
			if dedup.Near(fp, o) {
				t.Errorf("%s: body reads as a story already told (similarity %.2f)", a.Path(), dedup.Similarity(fp, o))
				break
			}
		}
		stories = append(stories, fp)
	}
	if planted != len(c.articles)/mentionShare {
		t.Errorf("%d articles state a fact, want %d", planted, len(c.articles)/mentionShare)
	}
	for lang, path := range listingPaths {
		if !strings.Contains(string(s.pages[path].body), `class="section-news"`) {
			t.Errorf("listing %s (%s) has no news section", path, lang)
		}
	}
}

// same says whether the extractor read the fact the generator wrote.
func same(m agrowatch.Mention, f fact) bool {
	return string(m.Kind) == f.Kind && m.Status == f.Status && m.By == f.By && m.On == f.On && m.Commodity == f.Commodity &&
		m.Cause == f.Cause && m.Place == f.Place && m.From == f.From && m.To == f.To && m.Wagons == f.Wagons &&
		m.Trucks == f.Trucks && m.Tonnes == f.Tonnes
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

// TestFactsDistinct: volumes and delays never repeat; bans and inspections only once all their
// combinations have been dealt.
func TestFactsDistinct(t *testing.T) {
	c := generate(4000, 5, time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC))
	seen := map[string]bool{}
	repeats := map[string]int{}
	for _, a := range c.articles {
		if a.Fact == nil {
			continue
		}
		if k := a.Fact.key(); seen[k] {
			repeats[a.Fact.Kind]++
		} else {
			seen[k] = true
		}
	}
	if repeats["export_volume"] > 0 || repeats["border_delay"] > 0 {
		t.Errorf("figures repeat: %v", repeats)
	}
}
