package crawler

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"agrowatch"
)

// extractor turns an article page into title, date and text. Configured selectors (type: html) come
// first; whatever they do not find is found generically.
type extractor struct {
	title, body, date goquery.Matcher // compiled CSS selectors, nil for generic
	loc               *time.Location  // zone of dates written without one
	tpl               *bodyTemplate   // the source's learned layout (template.go), nil: readability on every page
}

// newExtractor compiles a declaration's article selectors ("" for generic).
func newExtractor(title, body, date string, loc *time.Location) extractor {
	return extractor{title: compileSelector(title), body: compileSelector(body), date: compileSelector(date), loc: loc}
}

// extracted is what one page yielded.
type extracted struct {
	Title     string
	Published time.Time
	Text      string // paragraphs joined by "\n\n", the title not repeated
	Lang      string
	Missed    []string // configured selectors that found nothing: the layout may have changed
	WeakTitle bool     // the title is only the page's <title>: a listing's link text may be better
}

// ExtractArticle reads one saved page generically: charset from contentType, a BOM or <meta>; title,
// date and main text as a source would. `agrowatch scan` and `sources check -file` use it.
func ExtractArticle(pageURL string, body []byte, contentType string) (agrowatch.Article, error) {
	u, err := url.Parse(pageURL)
	if err != nil || !u.IsAbs() {
		return agrowatch.Article{}, fmt.Errorf("crawler: extract: %q is not an absolute URL", pageURL)
	}
	utf, err := toUTF8(body, contentType)
	if err != nil {
		return agrowatch.Article{}, err
	}
	x := extractor{loc: kzZone}.extract(u, utf)
	if x.Title == "" && x.Text == "" {
		return agrowatch.Article{}, fmt.Errorf("crawler: extract %s: no title and no text found", pageURL)
	}
	return agrowatch.Article{
		URL:       canonicalURL(u),
		Title:     x.Title,
		Published: x.Published,
		Text:      x.Text,
		Lang:      x.Lang,
	}, nil
}

// extract reads a page already decoded to UTF-8.
func (x extractor) extract(u *url.URL, body []byte) extracted {
	if x.loc == nil {
		x.loc = kzZone
	}
	var out extracted
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil { // only a failing reader makes the HTML parser fail
		return out
	}
	out.Lang = pageLang(doc)
	h1 := titleHeading(doc)

	if x.title != nil {
		if out.Title = fold(doc.FindMatcher(x.title).First().Text()); out.Title == "" {
			out.Missed = append(out.Missed, "title")
		}
	}
	if out.Title == "" {
		out.Title, out.WeakTitle = pageTitle(doc, h1)
	}

	if x.date != nil {
		if out.Published = selectedDate(doc.FindMatcher(x.date).First(), x.loc); out.Published.IsZero() {
			out.Missed = append(out.Missed, "date")
		}
	}
	if out.Published.IsZero() {
		out.Published = pageDate(doc, h1, x.loc)
	}

	ps := x.selectedText(doc)
	if x.body != nil && len(ps) == 0 {
		out.Missed = append(out.Missed, "body")
	}
	if len(ps) == 0 {
		ps = x.mainText(doc, u, func() *goquery.Document {
			doc, _ := goquery.NewDocumentFromReader(bytes.NewReader(body)) // as the first parse did
			x.selectedText(doc)
			return doc
		})
	}
	out.Text = joinParagraphs(cleanParagraphs(ps, out.Title, x.loc))
	return out
}

// selectedText takes the cross-links out of the page, then reads the paragraphs of the configured
// body, if any.
func (x extractor) selectedText(doc *goquery.Document) []string {
	stripCrossLinks(doc)
	if x.body == nil {
		return nil
	}
	var ps []string
	doc.FindMatcher(x.body).Each(func(_ int, s *goquery.Selection) {
		// A theme puts its share buttons and related links inside the body it styles: chrome
		// wherever it is, as in generic extraction.
		removeStrongChrome(s.Nodes[0])
		ps = append(ps, paragraphs(s.Nodes[0])...)
	})
	return ps
}

// pageLang is the page's <html lang> when it is one of ours.
func pageLang(doc *goquery.Document) string {
	l := strings.ToLower(attrValue(rootElement(doc.Nodes[0]), "lang"))
	l, _, _ = strings.Cut(l, "-")
	switch l {
	case "ru", "kk", "en", "zh":
		return l
	}
	return ""
}

// rootElement is the page's <html>: a parse makes one, a child of the document, whatever the markup.
func rootElement(doc *html.Node) *html.Node {
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Html {
			return c
		}
	}
	return nil
}

// attrValue is an element's first attribute of that name, "" without one.
func attrValue(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// titleHeading is the page's first <h1> outside its chrome (a logo in the header is often an h1).
func titleHeading(doc *goquery.Document) *goquery.Selection {
	h1 := firstMatch(doc.Nodes[0], selH1, func(n *html.Node) bool { return !inChrome(n) && fold(textOf(n)) != "" })
	if h1 == nil {
		return nil
	}
	return doc.FindNodes(h1)
}

// pageTitle prefers og:title, then the h1, then <title> (weak: often the site's name or a section's).
func pageTitle(doc *goquery.Document, h1 *goquery.Selection) (title string, weak bool) {
	if t := fold(attrValue(firstMatch(doc.Nodes[0], selOGTitle, nil), "content")); t != "" {
		return t, false
	}
	if h1 != nil {
		return fold(h1.Text()), false
	}
	if n := firstMatch(doc.Nodes[0], selTitle, nil); n != nil {
		return fold(textOf(n)), true
	}
	return "", true
}

// selectedDate reads a date from a configured element: a datetime or content attribute, else its text.
func selectedDate(s *goquery.Selection, loc *time.Location) time.Time {
	if s.Length() == 0 {
		return time.Time{}
	}
	for _, a := range []string{"datetime", "content"} {
		if v, ok := s.Attr(a); ok {
			if t := parseISO(v, loc); !t.IsZero() {
				return t
			}
		}
	}
	t, _ := findDate(fold(s.Text()), loc)
	return t
}

// pageDate finds the publication date: <time datetime> in the article, the article:published_time and
// datePublished metadata, JSON-LD, then a date written near the title. A date in the page header, the
// navigation or a sidebar is the day the page was viewed or another article's, never this one's.
func pageDate(doc *goquery.Document, h1 *goquery.Selection, loc *time.Location) time.Time {
	var t time.Time
	root := doc.Nodes[0]
	if firstMatch(root, selTimeDatetime, func(n *html.Node) bool {
		if !inChrome(n) {
			t = parseISO(attrValue(n, "datetime"), loc)
		}
		return !t.IsZero()
	}) != nil {
		return t
	}
	for _, q := range selPublished {
		n := firstMatch(root, q, nil)
		for _, a := range []string{"content", "datetime"} {
			if t = parseISO(attrValue(n, a), loc); !t.IsZero() {
				return t
			}
		}
	}
	if firstMatch(root, selJSONLD, func(n *html.Node) bool {
		var v any
		if json.Unmarshal([]byte(textOf(n)), &v) == nil {
			t = parseISO(jsonLDField(v, "datePublished"), loc)
		}
		return !t.IsZero()
	}) != nil {
		return t
	}
	return visibleDate(doc, h1, loc)
}

// jsonLDField finds a key anywhere in a JSON-LD value (@graph arrays included).
func jsonLDField(v any, key string) string {
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok && s != "" {
			return s
		}
		for _, c := range v {
			if s := jsonLDField(c, key); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range v {
			if s := jsonLDField(c, key); s != "" {
				return s
			}
		}
	}
	return ""
}

// visibleDate looks for a written date in the small elements around the title: the article holding
// the h1, else the h1's parent and grandparent; then in elements named for a date anywhere outside
// the page chrome; then in the page's article or main element. Never in the page at large, whose
// header is where the "today" of trap 8 lives.
func visibleDate(doc *goquery.Document, h1 *goquery.Selection, loc *time.Location) time.Time {
	var regions []*goquery.Selection
	if h1 != nil {
		if a := h1.ClosestMatcher(selArticleRegion); a.Length() > 0 {
			regions = append(regions, a)
		}
		regions = append(regions, h1.Parent(), h1.Parent().Parent())
	}
	regions = append(regions, doc.FindMatcher(selDateNamed))
	regions = append(regions, doc.FindMatcher(selArticle).First(), doc.FindMatcher(selMain).First())
	for _, r := range regions {
		if r.Length() == 0 {
			continue
		}
		var t time.Time
		r.FindMatcher(selAny).AddSelection(r).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			n := s.Nodes[0]
			if skipAtoms[n.DataAtom] || inChrome(n) {
				return true
			}
			text := fold(textOutsideChrome(n))
			if text == "" || len([]rune(text)) > 100 {
				return true
			}
			t, _ = findDate(text, loc)
			return t.IsZero()
		})
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// mainContent finds the article text generically: the page without its chrome, through readability,
// else the article or main element, else the body. Readability rewrites the page it reads: when it
// finds nothing, the page as it was is made again (again) for the rest.
func mainContent(doc *goquery.Document, u *url.URL, again func() *goquery.Document) []string {
	removeChrome(doc)
	if ps, _ := readableText(doc, u); len(ps) > 0 {
		return ps
	}
	return fallbackText(again)
}

// readableText is the paragraphs of the node readability finds to be the article, and the node.
func readableText(doc *goquery.Document, u *url.URL) ([]string, *html.Node) {
	n := readable(doc.Nodes[0], u)
	if n == nil {
		return nil, nil
	}
	return paragraphs(n), n
}

// fallbackText reads the page as it was (again), without its chrome, by the article or main element,
// else the body.
func fallbackText(again func() *goquery.Document) []string {
	doc := again()
	removeChrome(doc)
	for _, q := range selFallback {
		if s := doc.FindMatcher(q).First(); s.Length() > 0 {
			if ps := paragraphs(s.Nodes[0]); len(ps) > 0 {
				return ps
			}
		}
	}
	return nil
}

// stripCrossLinks removes "Читать по теме: …" lines: a block that starts with one goes whole; one in
// the middle of a paragraph is cut off there, with the inline run (the links) that follows it.
func stripCrossLinks(doc *goquery.Document) {
	var texts []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && crossLinkText(n.Data) {
			texts = append(texts, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc.Nodes[0])
	for _, t := range texts {
		if !attached(t) {
			continue // gone with an earlier block
		}
		block := t.Parent
		for block.Parent != nil && !blockAtoms[block.DataAtom] {
			block = block.Parent
		}
		if crossLinkStart.MatchString(fold(textOf(block))) && block.Parent != nil && block.DataAtom != atom.Body {
			block.Parent.RemoveChild(block)
			continue
		}
		loc := crossLinkRe.FindStringIndex(t.Data) // mid-paragraph only with its colon: "смотрите также" alone may be prose
		if loc == nil {
			continue
		}
		t.Data = t.Data[:loc[0]]
		for n := t; n != nil && n != block; n = n.Parent {
			for sib := n.NextSibling; sib != nil; {
				next := sib.NextSibling
				if sib.Type == html.ElementNode && blockAtoms[sib.DataAtom] {
					break
				}
				n.Parent.RemoveChild(sib)
				sib = next
			}
		}
	}
}

// attached says whether a node is still in a document.
func attached(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.DocumentNode {
			return true
		}
	}
	return false
}

// textOutsideChrome is the text of a node that is not itself chrome, leaving out its chrome parts.
func textOutsideChrome(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
			return
		case c.Type == html.ElementNode && c != n && (skipAtoms[c.DataAtom] || inChrome(c)):
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// cleanParagraphs drops the title where the page repeats it, and lines that hold only a date.
func cleanParagraphs(ps []string, title string, loc *time.Location) []string {
	out := ps[:0:0]
	for _, p := range ps {
		if title != "" && strings.EqualFold(p, title) {
			continue
		}
		if dateLine(p, loc) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// dateLineWords may stand beside a date in a dateline without making it a sentence.
var dateLineWords = map[string]bool{
	"г": true, "года": true, "в": true, "at": true, "published": true, "updated": true, "опубликовано": true,
	"обновлено": true, "жарияланды": true, "понедельник": true, "вторник": true, "среда": true, "четверг": true,
	"пятница": true, "суббота": true, "воскресенье": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
	"发布时间": true, "发布日期": true, "时间": true, "日期": true,
}

// dateLine says whether a paragraph is only a date ("09 февраля 2024 | 05:30"), not a sentence with one.
func dateLine(p string, loc *time.Location) bool {
	if len(p) > 60*utf8.UTFMax || utf8.RuneCountInString(p) > 60 { // a paragraph of prose is not counted through
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
