package crawler

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// FuzzChromeClass: the class and id words are read as the lowercased, split attributes were.
func FuzzChromeClass(f *testing.F) {
	for _, s := range []string{
		"menu", "Site-Header main", " \tSHARE\u00a0x ", "sİdebar", "\u212aeep related", "navbar\u3000footer",
		"addtoany_share_save_container", "addtoany_share_save_containerx", "jp-relatedposts\xff", "",
	} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, class, id string) {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}, {Key: "id", Val: id}}}
		gs, gw := chromeClass(n)
		ws, ww := referenceChromeClass(n)
		if gs != ws || gw != ww {
			t.Fatalf("chromeClass(class %q, id %q) = %v, %v; lowercased and split: %v, %v", class, id, gs, gw, ws, ww)
		}
	})
}

// TestChromeWords: every chrome word fits chromeClass's buffer.
func TestChromeWords(t *testing.T) {
	for _, words := range []map[string]bool{strongChrome, weakChrome} {
		for w := range words {
			if len(w) > chromeWordMax {
				t.Errorf("%q is longer than chromeWordMax", w)
			}
		}
	}
}

// FuzzRemoveChrome: one walk removes what a goquery pass per test removed, from the page and from
// inside a configured body.
func FuzzRemoveChrome(f *testing.F) {
	addPages(f)
	for _, s := range []string{
		`<p>Дата: <time>1 мая</time></p><time>2 мая</time><header><div class="x">a</div></header>`,
		`<article><header class="menu">m</header><footer>f</footer><p class="related">r</p></article>`,
		`<main><div id="Footer"><time class="share">t</time></div></main><nav><p>n</p></nav><svg class="a"></svg>`,
		`<li><div><time>t</time></div></li><time><p class="sidebar">s</p></time>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		got, err1 := goquery.NewDocumentFromReader(strings.NewReader(page))
		want, err2 := goquery.NewDocumentFromReader(strings.NewReader(page))
		if err1 != nil || err2 != nil {
			return
		}
		for _, n := range got.FindMatcher(selMain).Nodes {
			removeStrongChrome(n)
		}
		want.FindMatcher(selMain).Each(func(_ int, s *goquery.Selection) { referenceRemoveStrongChrome(s) })
		removeChrome(got)
		referenceRemoveChrome(want)
		if g, w := dumpTree(got.Nodes[0]), dumpTree(want.Nodes[0]); g != w {
			t.Fatalf("%q:\none walk left\n%s\na pass per test left\n%s", page, g, w)
		}
	})
}
