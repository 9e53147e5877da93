package crawler

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// FuzzReadabilityCopy: the page readability is given, joined and trimmed in place, is the tree that
// rendering it and parsing it again made, after the chrome and cross-links are gone from it.
func FuzzReadabilityCopy(f *testing.F) {
	addPages(f)
	for _, s := range []string{
		"<p>до <button>x</button> после</p>",
		"<pre>\n\nкод</pre><textarea>\nтекст</textarea>",
		"<table><tr><td>a<form>f</form>b</td></tr> <script>s</script> </table>",
		"<p>Читать по теме: <a>ссылка</a></p><p>текст<nav>n</nav></p>",
		"<math><mi>x</mi></math><b><p>x</b>y</p>",
		"<!-- c --><html><body>a</body></html>\n<!-- d -->",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
		if err != nil {
			return
		}
		stripCrossLinks(doc)
		removeChrome(doc)
		want, ok := referenceCopy(doc.Nodes[0])
		if !ok {
			return
		}
		if got, want := dumpTree(asParsed(doc.Nodes[0])), dumpTree(want); got != want {
			t.Fatalf("copy of %q:\n%s\nrendered and parsed:\n%s", page, got, want)
		}
	})
}

// addPages seeds a fuzz test with every HTML page of testdata.
func addPages(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*.html"))
	for _, name := range files {
		if raw, err := os.ReadFile(name); err == nil {
			f.Add(string(raw))
		}
	}
}

// FuzzUnreadMeta: readability finds the same text in a page whose head keeps only the <meta> elements
// that may name its title or author as in the page with all of them (testdata's pages seed it).
func FuzzUnreadMeta(f *testing.F) {
	addPages(f)
	for _, s := range []string{
		`<head><title>Сайт — Заголовок статьи</title><meta property="og:image" content="x.jpg"><meta name="description" content="Описание"></head><body><h1>Заголовок статьи</h1><p>` + strings.Repeat("Текст статьи, длинный. ", 30) + `</p></body>`,
		`<head><meta property="OG:Title" content="Другой заголовок"><meta name="AUTHOR" content="Автор"><meta name="dc.creator" content="Автор"></head><body><div class="byline">Автор</div><h2>Другой заголовок</h2><p>` + strings.Repeat("Слово, слово. ", 50) + `</p></body>`,
		`<head><meta property="og : title og:image" content="Т"><meta name="twitter:title" content=""><meta property="article:author" content="https://x.kz/a"></head><body><h1>Т</h1><p>коротко</p></body>`,
		`<meta name="viewport" content="w"><body><meta itemprop="datePublished" content="2026-01-01"><div><meta content="x"></div><p>` + strings.Repeat("абзац ", 100) + `</p></body>`,
	} {
		f.Add(s)
	}
	u, _ := url.Parse("https://eldala.kz/novosti/zerno/1")
	f.Fuzz(func(t *testing.T, page string) {
		read := func(r func(*html.Node, *url.URL) *html.Node) []string {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
			if err != nil {
				return nil
			}
			stripCrossLinks(doc)
			removeChrome(doc)
			if n := r(doc.Nodes[0], u); n != nil {
				return paragraphs(n)
			}
			return nil
		}
		if got, want := read(readable), read(referenceReadable); !slices.Equal(got, want) {
			t.Fatalf("readability read %q in %q without its unread metas, %q with them", got, page, want)
		}
	})
}
