package crawler

import (
	"net/url"
	"slices"
	"strconv"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A site keeps its article text in one place on every article page. Readability finds that place
// anew on each page, and is a fifth of a poll's CPU; a source without a configured body selector
// therefore learns the place from readability itself and then reads it directly. A layout is trusted
// only after it gave exactly readability's text on templateAgree pages in a row; once trusted, every
// templateCheck-th page is still read both ways, and a page where the two differ, or where the place is
// missing, is read by readability and puts the source back to learning. Nothing is trusted across a
// restart: each process learns its sources again, a few pages each.
const (
	templateAgree = 3
	templateCheck = 8
)

// sig is what a layout knows of one element: its tag, id and class attribute.
type sig struct {
	tag       atom.Atom
	name      string // the tag when it has no atom
	id, class string
}

func sigOf(n *html.Node) sig {
	s := sig{tag: n.DataAtom}
	if s.tag == 0 {
		s.name = n.Data
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			s.id = a.Val
		case "class":
			s.class = a.Val
		}
	}
	return s
}

// layout says where a page keeps its article: the container (the chain of elements from <body>
// down to it) and which of its child elements are the text.
type layout struct {
	path []sig // from <body>'s child to the container; empty: the container is <body>
	keep []sig // the container's children that readability kept, as a set
}

func (l *layout) equal(o *layout) bool {
	return l != nil && o != nil && slices.Equal(l.path, o.path) && slices.Equal(l.keep, o.keep)
}

// text reads the layout's paragraphs out of a page, nil when the page has not exactly one container
// or nothing in it.
func (l *layout) text(doc *html.Node) []string {
	body := childElement(rootElement(doc), atom.Body)
	if body == nil {
		return nil
	}
	var found *html.Node
	n := 0
	var walk func(p *html.Node, depth int)
	walk = func(p *html.Node, depth int) {
		if depth == len(l.path) {
			found = p
			n++
			return
		}
		for c := p.FirstChild; c != nil && n < 2; c = c.NextSibling {
			if c.Type == html.ElementNode && sigOf(c) == l.path[depth] {
				walk(c, depth+1)
			}
		}
	}
	walk(body, 0)
	if n != 1 {
		return nil
	}
	var ps []string
	for c := found.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && slices.Contains(l.keep, sigOf(c)) {
			ps = append(ps, paragraphs(c)...)
		}
	}
	return ps
}

// origins records every element's parent and signature before readability reads the page: it reads
// copies of it (a clone a pass), so each element is marked with its index in an attribute the copies
// keep.
type origins []origin

type origin struct {
	parent int // index of the parent element, -1 for <body>'s parent and above
	elem   *html.Node
	sig    sig
}

const originAttr = "data-agrowatch-origin"

func recordOrigins(doc *html.Node) origins {
	var o origins
	var walk func(n *html.Node, parent int)
	walk = func(n *html.Node, parent int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				i := len(o)
				o = append(o, origin{parent: parent, elem: c, sig: sigOf(c)})
				c.Attr = append(c.Attr, html.Attribute{Key: originAttr, Val: strconv.Itoa(i)})
				walk(c, i)
			}
		}
	}
	walk(doc, -1)
	return o
}

// of is the index of the element n is a copy of, -1 when n is readability's own.
func (o origins) of(n *html.Node) int {
	for _, a := range n.Attr {
		if a.Key == originAttr {
			if i, err := strconv.Atoi(a.Val); err == nil && i >= 0 && i < len(o) {
				return i
			}
		}
	}
	return -1
}

// layoutOf tells, from what readability returned (its own <div>s around copies of elements of the
// page), where those elements were: nil when they came from more than one container, or readability
// made them anew.
func (o origins) layoutOf(art *html.Node) *layout {
	var kept []int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if i := o.of(c); i >= 0 {
				kept = append(kept, i)
			} else { // a <div> of readability's own
				walk(c)
			}
		}
	}
	walk(art)
	if len(kept) == 0 {
		return nil
	}
	container := o[kept[0]].parent
	l := &layout{}
	for _, k := range kept {
		if o[k].parent != container {
			return nil
		}
		if s := o[k].sig; !slices.Contains(l.keep, s) {
			l.keep = append(l.keep, s)
		}
	}
	for i := container; ; i = o[i].parent {
		if i < 0 {
			return nil // not under <body>
		}
		if e := o[i].elem; e.DataAtom == atom.Body {
			break
		}
		l.path = append(l.path, o[i].sig)
	}
	slices.Reverse(l.path)
	slices.SortFunc(l.keep, func(a, b sig) int { // a set: the order readability kept them in is not asked
		switch {
		case a.tag != b.tag:
			return int(a.tag) - int(b.tag)
		case a.name != b.name:
			return cmpString(a.name, b.name)
		case a.id != b.id:
			return cmpString(a.id, b.id)
		}
		return cmpString(a.class, b.class)
	})
	return l
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// bodyTemplate is one source's learned layout; the source's pages are read concurrently.
type bodyTemplate struct {
	mu      sync.Mutex
	cand    *layout // what the last page read by readability showed
	agree   int     // pages in a row on which cand gave readability's text
	trusted bool
	since   int // pages read by the layout since the last check
	used    int // pages read by the layout alone, for the tests
}

// plan says how to read the next page: by the trusted layout alone (use), or by readability, with the
// candidate layout to compare (nil when there is none).
func (t *bodyTemplate) plan() (l *layout, use bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.trusted && t.since < templateCheck-1 {
		t.since++
		t.used++
		return t.cand, true
	}
	t.since = 0
	return t.cand, false
}

// missed takes a page the trusted layout found nothing in: readability reads it, and the source
// learns again.
func (t *bodyTemplate) missed() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.used--
	t.trusted, t.agree, t.since = false, 0, 0
}

// observe takes one page read by readability: the candidate layout's text of it (pre, read before
// readability changed the page), readability's text and the layout readability's choice showed.
func (t *bodyTemplate) observe(cand *layout, pre, ps []string, got *layout) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if cand != t.cand { // another page changed the candidate meanwhile
		return
	}
	if cand != nil && len(ps) > 0 && slices.Equal(pre, ps) {
		if t.agree++; t.agree >= templateAgree {
			t.trusted = true
		}
		return
	}
	t.trusted, t.agree, t.since = false, 0, 0
	if !got.equal(t.cand) {
		t.cand = got
	}
}

// mainText is the generic text of a page (mainContent), through the source's learned layout when it
// has one it trusts.
func (x extractor) mainText(doc *goquery.Document, u *url.URL, again func() *goquery.Document) []string {
	t := x.tpl
	if t == nil {
		return mainContent(doc, u, again)
	}
	removeChrome(doc)
	cand, use := t.plan()
	var pre []string
	if cand != nil {
		pre = cand.text(doc.Nodes[0])
		if use && len(pre) > 0 {
			return pre
		}
	}
	if use {
		t.missed()
	}
	o := recordOrigins(doc.Nodes[0])
	ps, art := readableText(doc, u)
	var got *layout
	if art != nil {
		got = o.layoutOf(art)
	}
	t.observe(cand, pre, ps, got)
	if len(ps) > 0 {
		return ps
	}
	return fallbackText(again)
}
