package crawler

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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
		// The white space between two blocks is most of what is flushed: told blank, it is not given
		// to fold, which would build a string of nothing.
		if s := b.String(); !blank(s) {
			out = append(out, fold(s)) // not blank: never folds to ""
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

// blank says whether fold makes nothing of s: it holds only white space (a byte that is not UTF-8
// becomes U+FFFD, which is not).
func blank(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			if !foldSpace(rune(s[i])) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !foldSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// fold collapses each run of white space to one space and trims the ends. A run made only of no-break
// spaces stays one no-break space: "1\u00a0232 тыс. тонн" keeps its thousands separator. A zero-width
// space is dropped, as a reader sees it: inside a word («запре\u200bтил») it was a hint where a line may
// break, and a space there would split the word. Bytes that are not UTF-8 become U+FFFD. Text that is
// already folded is returned as it is.
func fold(s string) string {
	if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	inRun, noBreak := false, true
	var first rune
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		if r == '\u200b' {
			continue
		}
		if foldSpace(r) {
			if !inRun {
				inRun, noBreak, first = true, true, r
			}
			noBreak = noBreak && (r == '\u00a0' || r == '\u202f' || r == '\u2009')
			continue
		}
		if inRun && b.Len() > 0 {
			if noBreak {
				b.WriteRune(first)
			} else {
				b.WriteByte(' ')
			}
		}
		inRun = false
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case n == 1:
			b.WriteRune(utf8.RuneError) // a byte that is not UTF-8
		default:
			b.WriteString(s[i-n : i])
		}
	}
	return b.String()
}

// folded says whether fold would return s unchanged: ASCII spaces only, each alone between two other
// characters, no other white space and no byte that is not UTF-8.
func folded(s string) bool {
	prevSpace := true // a space at the start is not folded
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			// A two-byte letter (Cyrillic, Kazakh, Latin-1), told without decoding it: of those, only
			// U+0085 and U+00A0 are white space.
			if c == 0xc2 && (s[i+1] == 0x85 || s[i+1] == 0xa0) {
				return false
			}
			i++
			prevSpace = false
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || foldSpace(r) {
				return false
			}
			i += n - 1
			prevSpace = false
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c <= ' ' && foldSpace(rune(c)):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// foldSpace is white space to fold: Unicode's (unicode.IsSpace, answered without its tables for the
// letters of our languages), and the zero-width space, which fold drops and blank counts as blank.
func foldSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r < '\u1680':
		return r == '\u0085' || r == '\u00a0'
	case r < '\u2000':
		return r == '\u1680'
	}
	return unicode.IsSpace(r) || r == '\u200b'
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
