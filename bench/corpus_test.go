package main

import (
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/bench/mirror"
	"agrowatch/crawler"
	"agrowatch/dedup"
	"agrowatch/extract"
)

// TestMirror reads a small mirror as agrowatch does, page by page: the body of an article with a fact
// states that fact with the fields the generator gave it and no other; every other body, and every
// headline, states none; no two bodies with a fact read as one story told twice.
func TestMirror(t *testing.T) {
	now := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	c := mirror.Generate(120, 7, now)
	s, err := render(c)
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New()
	var stories []dedup.Fingerprint
	planted := 0
	for i := range c.Articles {
		a := &c.Articles[i]
		p, ok := s.pages[a.Path()]
		if !ok {
			t.Fatalf("no page at %s", a.Path())
		}
		got, err := crawler.ExtractArticle("https://eldala.kz"+a.Path(), p.body, p.contentType)
		if err != nil {
			t.Fatalf("%s: %v", a.Path(), err)
		}
		if strings.Contains(got.Text, a.Title) || strings.Contains(got.Text, c.Lex[a.Lang].Chrome.Popular) {
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
	if planted != len(c.Articles)/mirror.MentionShare {
		t.Errorf("%d articles state a fact, want %d", planted, len(c.Articles)/mirror.MentionShare)
	}
	for lang, path := range listingPaths {
		if !strings.Contains(string(s.pages[path].body), `class="section-news"`) {
			t.Errorf("listing %s (%s) has no news section", path, lang)
		}
	}
}

// same reports whether the extractor read m as the fact f the generator wrote. An inspection's goods are not compared: the mirror's facts give none, and its
// templates name the plants by their goods in some languages ("Kazakh poultry farms", «құс фабрикаларын»),
// which the extractor reads as the inspection's commodity.
func same(m agrowatch.Mention, f mirror.Fact) bool {
	goods := m.Commodity == f.Commodity || f.Kind == "inspection" && f.Commodity == ""
	return string(m.Kind) == f.Kind && m.Status == f.Status && m.By == f.By && m.On == f.On && goods &&
		m.Cause == f.Cause && m.Place == f.Place && m.From == f.From && m.To == f.To && m.Wagons == f.Wagons &&
		m.Trucks == f.Trucks && m.Tonnes == f.Tonnes
}
