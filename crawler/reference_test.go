package crawler

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
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
