package crawler

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The page → text step as it was before it was made faster, kept as the reference the fast code is
// compared with (reference_test.go's fuzz tests and golden pages).

// referenceCopy is how readability was first given the page: rendered and parsed again (readability
// then cloned that tree, namespaces dropped).
func referenceCopy(doc *html.Node) (*html.Node, bool) {
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		return nil, false
	}
	n, err := html.Parse(&b)
	if err != nil {
		return nil, false
	}
	return n, true
}

// dumpTree writes a tree with every node boundary visible, namespaces left out.
func dumpTree(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		fmt.Fprintf(&b, "%s%d %q %d %q\n", strings.Repeat(" ", depth), n.Type, n.Data, n.DataAtom, n.Attr)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

// referenceCrossLinkText is crossLinkText without its literal tests.
func referenceCrossLinkText(s string) bool {
	if strings.IndexByte(s, ':') >= 0 && crossLinkRe.MatchString(s) {
		return true
	}
	head := strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(head) > crossLinkHead {
		cut := crossLinkHead
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	return crossLinkStart.MatchString(fold(head))
}

// referenceFold is fold written plainly: a []rune per run of white space, the zero-width space dropped.
func referenceFold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var run []rune
	emit := func() {
		if len(run) == 0 {
			return
		}
		sep := ' '
		if referenceNoBreak(run) {
			sep = run[0]
		}
		if b.Len() > 0 {
			b.WriteRune(sep)
		}
		run = run[:0]
	}
	for _, r := range s {
		if r == '\u200b' {
			continue // shows as nothing: dropped, inside a word and beside white space alike
		}
		if unicode.IsSpace(r) {
			run = append(run, r)
			continue
		}
		emit()
		b.WriteRune(r)
	}
	return b.String()
}

func referenceNoBreak(run []rune) bool {
	for _, r := range run {
		if r != '\u00a0' && r != '\u202f' && r != '\u2009' {
			return false
		}
	}
	return true
}

// referenceChromeClass is chromeClass as it was: each attribute lowercased and split.
func referenceChromeClass(n *html.Node) (strong, weak bool) {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(a.Val)) {
			strong = strong || strongChrome[w]
			weak = weak || weakChrome[w]
		}
	}
	return strong, weak
}

// referenceRemoveChrome is removeChrome as it was: a goquery pass per test.
func referenceRemoveChrome(doc *goquery.Document) {
	doc.Find("script, style, noscript, template, iframe, form, nav, aside, button, svg").Remove()
	doc.Find("time").Each(func(_ int, s *goquery.Selection) {
		if s.Closest("p, li, td, blockquote").Length() == 0 {
			s.Remove()
		}
	})
	doc.Find("header, footer, [class], [id]").Each(func(_ int, s *goquery.Selection) {
		if inChrome(s.Nodes[0]) {
			s.Remove()
		}
	})
}

// referenceRemoveStrongChrome is how a configured body lost its share buttons and related links.
func referenceRemoveStrongChrome(s *goquery.Selection) {
	s.Find("[class], [id]").Each(func(_ int, c *goquery.Selection) {
		if strong, _ := chromeClass(c.Nodes[0]); strong {
			c.Remove()
		}
	})
}

// referenceContainsLower is how challengePage searched a page: in a lowercased copy.
func referenceContainsLower(b []byte, pat string) bool {
	return bytes.Contains(bytes.ToLower(b), []byte(pat))
}

// referenceParagraphs is paragraphs as it was: every flush folded, white space between blocks too.
func referenceParagraphs(n *html.Node) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if t := fold(b.String()); t != "" {
			out = append(out, t)
		}
		b.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipAtoms[n.DataAtom] {
				return
			}
		case html.DocumentNode:
		default:
			return
		}
		block := blockAtoms[n.DataAtom]
		cell := n.DataAtom == atom.Td || n.DataAtom == atom.Th
		if block {
			flush()
		}
		if cell {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if cell {
			b.WriteByte(' ')
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}

// referenceDateLine is dateLine as it was: every paragraph's runes counted.
func referenceDateLine(p string, loc *time.Location) bool {
	if len([]rune(p)) > 60 {
		return false
	}
	_, start, end, ok := findDateSpan(p, loc)
	if !ok {
		return false
	}
	rest := p[:start] + " " + p[end:]
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !dateLineWords[w] {
			return false
		}
	}
	return true
}

// referenceReadable is readable as it was: every <meta> of the head left for readability to read.
func referenceReadable(doc *html.Node, u *url.URL) *html.Node {
	p := readability.NewParser()
	p.Logger = slog.New(slog.DiscardHandler)
	p.DisableJSONLD = true
	p.KeepClasses = true
	art, err := p.ParseAndMutate(asParsed(doc), u)
	if err != nil {
		return nil
	}
	return art.Node
}
