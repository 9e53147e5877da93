package crawler

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Class or id words of page chrome. Strong ones are chrome wherever they are (a related-news block
// inside an article is still not the article); weak ones only outside an <article> or <main>.
var (
	strongChrome = map[string]bool{
		"navbar": true, "nav": true, "menu": true, "sidebar": true, "breadcrumb": true, "breadcrumbs": true,
		"related": true, "comments": true, "share": true,
		// WordPress plugins' share and related-posts blocks, inside the entry's content.
		"sharedaddy": true, "jp-relatedposts": true, "addtoany_share_save_container": true,
	}
	weakChrome = map[string]bool{
		"header": true, "site-header": true, "page-header": true, "topbar": true, "top-bar": true,
		"footer": true, "site-footer": true,
	}
)

// inChrome says whether a node belongs to the page around the article: nav, aside and strong chrome
// classes anywhere; header, footer and weak chrome classes unless they sit inside an <article> or
// <main> (an article's own header holds its title and date).
func inChrome(n *html.Node) bool {
	chrome := false
	for p := n; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Nav, atom.Aside:
			return true
		case atom.Article, atom.Main:
			if !chrome {
				return false
			}
			chrome = false
			continue
		case atom.Header, atom.Footer:
			chrome = true
		}
		strong, weak := chromeClass(p)
		if strong {
			return true
		}
		if weak {
			chrome = true
		}
	}
	return chrome
}

// chromeClass says whether an element's class or id names strong or weak chrome.
func chromeClass(n *html.Node) (strong, weak bool) {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for v := a.Val; v != ""; {
			var w string
			w, v = nextField(v)
			var buf [chromeWordMax]byte
			switch lw, ascii := lowerASCII(w, buf[:0]); {
			case ascii:
				strong = strong || strongChrome[string(lw)]
				weak = weak || weakChrome[string(lw)]
			default: // strings.ToLower makes "sidebar" of "sİdebar"
				l := strings.ToLower(w)
				strong = strong || strongChrome[l]
				weak = weak || weakChrome[l]
			}
		}
	}
	return strong, weak
}

// chromeWordMax is the length of the longest chrome word ("addtoany_share_save_container").
const chromeWordMax = 29

// nextField splits off s's first field as strings.Fields does.
func nextField(s string) (field, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// lowerASCII lowercases an ASCII word into buf. A word longer than buf is no chrome word: it comes
// back empty but ASCII; a word that is not ASCII comes back nil and not ASCII.
func lowerASCII(w string, buf []byte) (lower []byte, ascii bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case len(buf) == cap(buf):
			buf = buf[:0:0] // too long; keep checking that it is ASCII
		case c >= 'A' && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		default:
			buf = append(buf, c)
		}
	}
	return buf, true
}

// removeChrome takes out of the page what is never its text: scripts, forms, navigation, the page
// chrome, and a dateline standing on its own. Each test looks only at an element and those above it,
// so one walk from the top that leaves a removed element's inside unvisited removes what a pass per
// test removed.
func removeChrome(doc *goquery.Document) {
	var walk func(n *html.Node, inSentence bool)
	walk = func(n *html.Node, inSentence bool) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if chromeElement(c, inSentence) {
					n.RemoveChild(c)
				} else {
					walk(c, inSentence || sentenceAtoms[c.DataAtom])
				}
			}
			c = next
		}
	}
	walk(doc.Nodes[0], false)
}

// chromeElement says whether removeChrome takes an element out; inSentence: it is inside a paragraph,
// a list item, a table cell or a quote.
func chromeElement(n *html.Node, inSentence bool) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Form, atom.Nav,
		atom.Aside, atom.Button, atom.Svg:
		return true
	case atom.Time:
		// A <time> standing on its own is the article's dateline, already read; one inside a sentence stays.
		if !inSentence {
			return true
		}
	}
	if n.DataAtom == atom.Header || n.DataAtom == atom.Footer || hasAttr(n, "class") || hasAttr(n, "id") {
		return inChrome(n)
	}
	return false
}

// sentenceAtoms hold a <time> that is part of a sentence.
var sentenceAtoms = map[atom.Atom]bool{atom.P: true, atom.Li: true, atom.Td: true, atom.Blockquote: true}

// removeStrongChrome removes from inside a configured body the elements whose class or id is strong
// chrome (share buttons, related links), wherever they are.
func removeStrongChrome(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if strong, _ := chromeClass(c); strong {
				n.RemoveChild(c)
			} else {
				removeStrongChrome(c)
			}
		}
		c = next
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
