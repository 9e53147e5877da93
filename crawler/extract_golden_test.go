package crawler

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// goldenExtractors are the ways a page is read: generically, and with each shipped preset's and the
// tests' article selectors. Every page goes through each of them, so that a selector that finds nothing
// on a page (and falls back to the generic reading) is exercised as much as one that finds its element.
var goldenExtractors = []struct {
	name string
	x    extractor
}{
	{"generic", extractor{loc: kzZone}},
	{"gacc", newExtractor("", ".easysite-news-peruse", ".easysite-news-describe", time.FixedZone("CST", 8*3600))},
	{"kazinform", newExtractor("", ".article__description, .article__body-text", "", kzZone)},
	{"agroinfo", newExtractor(".entry-title", ".entry-content", "time.entry-date", kzZone)},
	{"press", newExtractor(".press__title", ".press__text", ".press__date", kzZone)},
}

// TestExtractGolden reads every HTML page of testdata (the sites' fixtures, listings included, and
// pages of the bench command's mirror in testdata/bench) with every extractor and compares title,
// date, language and text with <page>.extract.golden beside it. The goldens were written before the
// page → text step was made faster: what is extracted must not change with how fast it is.
func TestExtractGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no HTML pages in testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			u, _ := url.Parse("https://example.kz/" + filepath.Base(filepath.Dir(f)) + "/" + strings.TrimSuffix(filepath.Base(f), ".html"))
			compareExtracted(t, strings.TrimSuffix(f, ".html")+".extract.golden", u, raw)
		})
	}
	t.Run("full-page", func(t *testing.T) {
		pages, _ := fullPage(t)
		compareExtracted(t, filepath.Join("testdata", "eldala", "full-page.extract.golden"), pages[0].u, pages[0].body)
	})
}

// compareExtracted reads one page with every golden extractor and compares the readings with a golden
// file (-update rewrites it).
func compareExtracted(t *testing.T, path string, u *url.URL, raw []byte) {
	t.Helper()
	body, err := toUTF8(raw, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, g := range goldenExtractors {
		fmt.Fprintf(&b, "== %s\n%s", g.name, describeExtracted(g.x.extract(u, body)))
	}
	got := b.String()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./crawler -run TestExtractGolden -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from what the extractor read:\n%s\n(run go test ./crawler -run TestExtractGolden -update and review the diff)", path, got)
	}
}

// describeExtracted writes a reading as the golden files hold it.
func describeExtracted(x extracted) string {
	published := "-"
	if !x.Published.IsZero() {
		published = x.Published.Format(time.RFC3339)
	}
	return fmt.Sprintf("title: %q\nweak title: %v\npublished: %s\nlang: %q\nmissed: %q\ntext:\n%s\n", x.Title, x.WeakTitle, published, x.Lang, x.Missed, x.Text)
}
