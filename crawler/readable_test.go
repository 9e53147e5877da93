package crawler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
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
