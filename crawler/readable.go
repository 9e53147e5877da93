package crawler

import (
	"bytes"
	"log/slog"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readable runs readability over the page and returns the node it found to be the article, or nil.
// Readability rewrites the page it is given.
func readable(doc *html.Node, u *url.URL) *html.Node {
	p := readability.NewParser()
	// The default logger formats every record it is given, to io.Discard: a sixth of readability's time.
	p.Logger = slog.New(slog.DiscardHandler)
	// removeChrome took the page's scripts out, JSON-LD with them: readability would search for them
	// in vain (compiling a selector each time).
	p.DisableJSONLD = true
	// Only the article's text is read (paragraphs goes by element, not by class): the pass that strips
	// class attributes from the article is work for nothing.
	p.KeepClasses = true
	doc = asParsed(doc)
	dropUnreadMeta(doc)
	art, err := p.ParseAndMutate(doc, u)
	if err != nil {
		return nil
	}
	return art.Node
}

// asParsed makes the page the tree readability was first given, when the page was rendered, parsed
// again and cloned: a parse never leaves two text nodes side by side nor an empty one, as removing
// chrome between two runs of text or cutting a cross-link does, and readability's clone kept no
// namespace. A page whose <html>, <head> or <body> went with a cross-link (a parse makes them again)
// is still rendered and parsed.
func asParsed(doc *html.Node) *html.Node {
	if !hasSkeleton(doc) {
		var b bytes.Buffer
		if err := html.Render(&b, doc); err == nil {
			if n, err := html.Parse(&b); err == nil {
				doc = n
			}
		}
	}
	normalize(doc)
	return doc
}

// dropUnreadMeta takes out of the page's <head> the <meta> elements that cannot name its title or its
// author, once the page's own title and date were read: readability tries two case-insensitive
// patterns on each meta's name or property, for metadata (a description, an image, a date) nothing
// here reads; its title and author alone change which text it finds (a heading that repeats the
// title, a byline, are not the text). A <meta> in the head is never part of the article, and one that
// stays there has a name or property with "title", "author" or "creator" in it, as each of the title's
// and the author's keys has.
func dropUnreadMeta(doc *html.Node) {
	head := childElement(rootElement(doc), atom.Head)
	if head == nil {
		return
	}
	for c := head.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom == atom.Meta && !namesTitleOrAuthor(c) {
			head.RemoveChild(c)
		}
		c = next
	}
}

// namesTitleOrAuthor says whether a <meta>'s name or property may be one readability takes a title or
// an author from: its patterns are ASCII words matched without case, and no other letter folds to
// theirs.
func namesTitleOrAuthor(meta *html.Node) bool {
	for _, a := range meta.Attr {
		if a.Key != "name" && a.Key != "property" {
			continue
		}
		v := strings.ToLower(a.Val)
		if strings.Contains(v, "title") || strings.Contains(v, "author") || strings.Contains(v, "creator") {
			return true
		}
	}
	return false
}

// childElement is n's first child element of that kind, nil without one (or without n).
func childElement(n *html.Node, a atom.Atom) *html.Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// hasSkeleton says whether a document still has its <html> with a <head> and a <body> in it.
func hasSkeleton(doc *html.Node) bool {
	h := rootElement(doc)
	if h == nil {
		return false
	}
	head, body := false, false
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		head = head || c.Type == html.ElementNode && c.DataAtom == atom.Head
		body = body || c.Type == html.ElementNode && (c.DataAtom == atom.Body || c.DataAtom == atom.Frameset)
	}
	return head && body
}

// normalize joins the text nodes that stand side by side, drops the empty ones and the namespaces.
func normalize(n *html.Node) {
	n.Namespace = ""
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.TextNode && c.Data == "":
			n.RemoveChild(c)
		case c.Type == html.TextNode && c.PrevSibling != nil && c.PrevSibling.Type == html.TextNode:
			c.PrevSibling.Data += c.Data
			n.RemoveChild(c)
		default:
			normalize(c)
		}
		c = next
	}
}
