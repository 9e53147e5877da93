package crawler

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms end a paragraph where they start and where they end.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Figure: true,
	atom.Figcaption: true, atom.Header: true, atom.Footer: true, atom.Hr: true, atom.Br: true,
	atom.Address: true, atom.Details: true, atom.Summary: true,
}

// skipAtoms hold no article text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Button: true, atom.Form: true, atom.Select: true, atom.Textarea: true,
	atom.Input: true, atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true,
	atom.Canvas: true, atom.Head: true, atom.Nav: true, atom.Aside: true, atom.Math: true,
}

// paragraphs renders a node as the plain-text paragraphs it shows, whitespace folded.
func paragraphs(n *html.Node) []string {
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

// fold collapses each run of white space to one space and trims the ends. A run made only of no-break
// spaces stays one no-break space: "1\u00a0232 тыс. тонн" keeps its thousands separator.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var run []rune
	emit := func() {
		if len(run) == 0 {
			return
		}
		sep := ' '
		if allNoBreak(run) {
			sep = run[0]
		}
		if b.Len() > 0 {
			b.WriteRune(sep)
		}
		run = run[:0]
	}
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' {
			run = append(run, r)
			continue
		}
		emit()
		b.WriteRune(r)
	}
	return b.String()
}

func allNoBreak(run []rune) bool {
	for _, r := range run {
		if r != '\u00a0' && r != '\u202f' && r != '\u2009' {
			return false
		}
	}
	return true
}

// htmlText renders an HTML fragment (a feed item's content) as paragraphs joined by "\n\n".
func htmlText(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return fold(fragment)
	}
	var ps []string
	for _, n := range nodes {
		ps = append(ps, paragraphs(n)...)
	}
	return joinParagraphs(ps)
}

// joinParagraphs is the one place that says how an Article's paragraphs are separated.
func joinParagraphs(ps []string) string { return strings.Join(ps, "\n\n") }

// crossLinkRe finds the "read also" phrases that sites put inside article bodies; crossLinkStart is
// the same phrase opening a block.
var (
	crossLinkRe    = regexp.MustCompile(`(?i)(?:читать|читайте|смотрите)\s+(?:по\s+теме|также|еще|ещё)\s*:|(?:read|see)\s+also\s*:|тақырыпқа\s+қатысты\s*:`)
	crossLinkStart = regexp.MustCompile(`(?i)^(?:(?:читать|читайте|смотрите)\s+(?:по\s+теме|также|еще|ещё)|(?:read|see)\s+also|related\s*:|тақырыпқа\s+қатысты)`)
)
