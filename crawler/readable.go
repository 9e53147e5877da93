package crawler

import (
	"bytes"
	"log/slog"
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readable runs readability over a copy of the page (it rewrites the tree it is given) and returns
// the node it found to be the article, or nil.
func readable(doc *html.Node, u *url.URL) *html.Node {
	p := readability.NewParser()
	// The default logger formats every record it is given, to io.Discard: a tenth of readability's time.
	p.Logger = slog.New(slog.DiscardHandler)
	art, err := p.ParseAndMutate(copyForReadability(doc), u)
	if err != nil {
		return nil
	}
	return art.Node
}

// copyForReadability copies the page in memory; a page whose <html>, <head> or <body> went with a
// cross-link (a parse would make them again) is rendered and parsed again, as it was at first.
func copyForReadability(doc *html.Node) *html.Node {
	if hasSkeleton(doc) {
		return readabilityCopy(doc)
	}
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		return readabilityCopy(doc)
	}
	n, err := html.Parse(&b)
	if err != nil {
		return readabilityCopy(doc)
	}
	return readabilityCopy(n)
}

// hasSkeleton says whether a document still has its <html> with a <head> and a <body> in it.
func hasSkeleton(doc *html.Node) bool {
	for h := doc.FirstChild; h != nil; h = h.NextSibling {
		if h.Type != html.ElementNode || h.DataAtom != atom.Html {
			continue
		}
		head, body := false, false
		for c := h.FirstChild; c != nil; c = c.NextSibling {
			head = head || c.Type == html.ElementNode && c.DataAtom == atom.Head
			body = body || c.Type == html.ElementNode && (c.DataAtom == atom.Body || c.DataAtom == atom.Frameset)
		}
		return head && body
	}
	return false
}

// readabilityCopy copies a tree in memory as readability was first given it: rendered and parsed again,
// then cloned. A parse never leaves two text nodes side by side nor an empty one, as removing chrome
// between two runs of text or cutting a cross-link does; readability's own clone keeps no namespace.
func readabilityCopy(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data}
	if len(n.Attr) > 0 {
		c.Attr = append([]html.Attribute(nil), n.Attr...)
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.TextNode {
			if k.Data == "" {
				continue
			}
			if last := c.LastChild; last != nil && last.Type == html.TextNode {
				last.Data += k.Data
				continue
			}
		}
		c.AppendChild(readabilityCopy(k))
	}
	return c
}
