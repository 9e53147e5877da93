package crawler

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// govkzText turns the API's body HTML into plain text: one paragraph per block element or <br>, each
// with its whitespace folded, joined by "\n\n". Scripts, styles and other non-text elements are dropped.
func govkzText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		// x/net/html recovers from any markup; an error means the reader failed, which a string cannot.
		return strings.Join(strings.Fields(s), " ")
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
				atom.Svg, atom.Canvas, atom.Head, atom.Title, atom.Button, atom.Select, atom.Textarea:
				return
			case atom.Br, atom.Hr:
				flush()
				return
			case atom.Img, atom.Input:
				return
			}
			if govkzInline(n.DataAtom) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
					cur.WriteByte(' ') // adjacent cells must not glue their words together
				}
				return
			}
			flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			flush()
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// govkzInline reports whether an element continues the paragraph around it.
func govkzInline(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Cite, atom.Code, atom.Data, atom.Dfn, atom.Em,
		atom.Font, atom.I, atom.Kbd, atom.Label, atom.Mark, atom.Q, atom.S, atom.Samp, atom.Small,
		atom.Span, atom.Strike, atom.Strong, atom.Sub, atom.Sup, atom.Time, atom.U, atom.Var, atom.Wbr,
		atom.Td, atom.Th, atom.Big, atom.Tt, atom.Ins, atom.Del, atom.Nobr:
		return true
	}
	// Unknown elements (custom tags such as <o:p> from Word) are treated as inline.
	return a == 0
}

// govkzZone is Kazakhstan's single time zone since March 2024 (UTC+5), used for dates written without
// an offset. It is made per call: no package-level mutable state.
func govkzZone() *time.Location { return time.FixedZone("KZ", 5*60*60) }

// govkzParseTime reads a date in the shapes gov.kz's API has used: RFC 3339 (with or without fractional
// seconds, offset with or without a colon), "2006-01-02 15:04:05", a bare date, and epoch milliseconds
// (or seconds) as a JSON number or a string of digits. Anything else is zero: a date is never invented.
func govkzParseTime(raw json.RawMessage) time.Time {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return time.Time{}
	}
	var s string
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil {
			return time.Time{}
		}
	} else {
		s = string(raw)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if t, ok := govkzEpoch(s); ok {
		return t
	}
	for _, layout := range []string{
		time.RFC3339Nano,
		"2006-01-02T15:04:05.999999999Z0700",
		"2006-01-02T15:04:05.999999999-07",
		"2006-01-02 15:04:05.999999999Z07:00",
		"2006-01-02 15:04:05.999999999Z0700",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	for _, layout := range []string{
		"2006-01-02T15:04:05.999999999",
		"2006-01-02 15:04:05.999999999",
		"2006-01-02T15:04",
		"2006-01-02 15:04",
		"2006-01-02",
		"02.01.2006 15:04:05",
		"02.01.2006 15:04",
		"02.01.2006",
	} {
		if t, err := time.ParseInLocation(layout, s, govkzZone()); err == nil {
			return t
		}
	}
	return time.Time{}
}

// govkzEpoch reads epoch milliseconds, or seconds when the number is too small to be milliseconds of
// this century. Negative, fractional and implausible values are refused.
func govkzEpoch(s string) (time.Time, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		f, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil || f != float64(int64(f)) {
			return time.Time{}, false
		}
		n = int64(f) // 1.7e12, as some JSON encoders write large numbers
	}
	switch {
	case n >= 1e11 && n < 1e14: // milliseconds: 1973 … 5138
		return time.UnixMilli(n).UTC(), true
	case n >= 1e8 && n < 1e11: // seconds: 1973 … 5138
		return time.Unix(n, 0).UTC(), true
	}
	return time.Time{}, false
}
