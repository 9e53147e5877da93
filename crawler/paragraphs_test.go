package crawler

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzParagraphs: a page's paragraphs are what they were before the white space between blocks was
// told blank without folding it, whatever the page (testdata's pages seed it).
func FuzzParagraphs(f *testing.F) {
	addPages(f)
	for _, s := range []string{
		"<p> \u00a0 </p><p>\u200b</p><div>\xff</div><p>\u0085\u3000</p>",
		"<table><tr><td> </td><td>1</td></tr></table>",
		"<p>а <b> б </b>\n\tв</p>  <br> <p>\u00a0\u00a0г</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		if got, want := paragraphs(doc), referenceParagraphs(doc); !slices.Equal(got, want) {
			t.Fatalf("paragraphs(%q) = %q, the reference reads %q", page, got, want)
		}
	})
}

// FuzzDateLine: a paragraph too long to be counted is no more a dateline than when it was counted.
func FuzzDateLine(f *testing.F) {
	for _, s := range []string{
		"09 февраля 2024 | 05:30", "Опубликовано: 1 декабря 2026, 10:00", "\xff\xff 12.03.2025",
		strings.Repeat("я", 61), strings.Repeat("я", 60), "2026-12-01 " + strings.Repeat("\xff", 60),
		"Понедельник, 1 декабря 2026 г.", "1 декабря 2026 года в 12:00 " + strings.Repeat("😀", 40),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if got, want := dateLine(p, kzZone), referenceDateLine(p, kzZone); got != want {
			t.Fatalf("dateLine(%q) = %v, the reference says %v", p, got, want)
		}
	})
}
