// Package notify turns alerts into messages and delivers them: to Telegram through a small Messenger
// interface, or to the console when no token is configured. The store owns the durable Outbox; the
// Sender drains it with Telegram's rate limits, retries and error semantics.
package notify

import (
	"html"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"agrowatch"
)

// MaxMessageLen is Telegram's limit on a message text, in UTF-16 code units after entity parsing.
const MaxMessageLen = 4096

// Caps on scraped strings, in runes. With them one mention block and the header always fit in one
// message, so the splitter never has to cut inside a line.
const (
	maxTitle    = 300
	maxSentence = 400
	maxField    = 60
	maxURL      = 2048
)

// partLabelReserve is room kept in every part for the " · part 12/34" label, which is only known once
// the split is done: the UTF-16 length of the longest, " · часть 9999/9999".
const partLabelReserve = 18

// Part is one standalone message of a rendered alert: the same header and the same mentions in
// Telegram HTML and in plain text. Both renderings of a part fit in one message, so a part that fails
// to parse as HTML can be resent as plain text without changing how many parts there are.
type Part struct {
	HTML  string
	Plain string // unescaped; send it as html.EscapeString(Plain) in HTML mode
}

// Render renders an alert as one or more parts, split between mentions so that none is longer than
// MaxMessageLen. Lengths are counted on the raw markup (tags, href and entities included), which is
// never less than what Telegram counts after parsing it.
func Render(a agrowatch.Alert, lang string) []Part {
	if a.Text != "" {
		return renderText(a.Text)
	}
	r := newRendering(a, NormLang(lang))

	// Greedy grouping of mention blocks; both renderings must fit.
	var groups [][]int
	var cur []int
	htmlLen, plainLen := 0, 0
	for i, b := range r.blocks {
		bh, bp := len16("\n\n"+b.html), len16("\n\n"+html.EscapeString(b.plain))
		if len(cur) > 0 && (htmlLen+bh > MaxMessageLen || plainLen+bp > MaxMessageLen) {
			groups = append(groups, cur)
			cur = nil
		}
		if len(cur) == 0 {
			htmlLen = len16(r.headHTML("")) + partLabelReserve
			plainLen = len16(html.EscapeString(r.headPlain(""))) + partLabelReserve
		}
		cur = append(cur, i)
		htmlLen += bh
		plainLen += bp
	}
	groups = append(groups, cur) // a single, header-only part when there are no mentions

	parts := make([]Part, len(groups))
	for k, g := range groups {
		label := ""
		if len(groups) > 1 {
			label = partLabel(r.lang, k+1, len(groups))
		}
		var h, p strings.Builder
		h.WriteString(r.headHTML(label))
		p.WriteString(r.headPlain(label))
		for _, i := range g {
			h.WriteString("\n\n")
			h.WriteString(r.blocks[i].html)
			p.WriteString("\n\n")
			p.WriteString(r.blocks[i].plain)
		}
		parts[k] = Part{HTML: h.String(), Plain: p.String()}
	}
	return parts
}

// RenderHTML returns the HTML of every part of an alert.
func RenderHTML(a agrowatch.Alert, lang string) []string {
	parts := Render(a, lang)
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.HTML
	}
	return out
}

// RenderPlain renders a whole alert as plain text for a person reading a terminal: no markup, no
// escaping, not split.
func RenderPlain(a agrowatch.Alert, lang string) string {
	if a.Text != "" {
		return plainOf(a.Text)
	}
	r := newRendering(a, NormLang(lang))
	var b strings.Builder
	b.WriteString(r.headPlain(""))
	for _, blk := range r.blocks {
		b.WriteString("\n\n")
		b.WriteString(blk.plain)
	}
	return b.String()
}

type block struct{ html, plain string }

type rendering struct {
	lang              string
	title, link, meta string // cleaned, unescaped; link is "" unless safe
	blocks            []block
}

func newRendering(a agrowatch.Alert, lang string) rendering {
	r := rendering{
		lang:  lang,
		title: shorten(clean(a.Title), maxTitle),
		link:  safeURL(a.URL),
	}
	if r.title == "" {
		r.title = label("untitled", lang)
	}
	date := label("dateUnknown", lang)
	if !a.Published.IsZero() {
		date = a.Published.Format("2006-01-02")
	}
	if src := shorten(clean(a.Source), maxField); src != "" {
		r.meta = src + " · " + date
	} else {
		r.meta = date
	}
	if a.AlsoOf != nil {
		// A follow-up (dedup.also_reported: message) is its header alone: who told the story again, and
		// who told it first. Its facts went out with the first telling.
		r.meta += " · " + alsoReported(lang) + " " + shorten(clean(a.AlsoOf.Source), maxField)
		return r
	}
	for _, m := range a.Mentions {
		fact := factLine(m, lang)
		sentence := shorten(clean(m.Sentence), maxSentence)
		b := block{html: html.EscapeString(fact), plain: fact}
		if sentence != "" {
			// The quoted sentence in a blockquote of its own line, so that a split at a line boundary
			// never cuts it.
			b.html += "\n<blockquote>" + html.EscapeString(sentence) + "</blockquote>"
			b.plain += "\n   «" + sentence + "»"
		}
		r.blocks = append(r.blocks, b)
	}
	return r
}

func (r rendering) headHTML(label string) string {
	title := html.EscapeString(r.title)
	if r.link != "" {
		title = `<a href="` + html.EscapeString(r.link) + `">` + title + `</a>`
	}
	return "<b>" + title + "</b>\n" + html.EscapeString(withLabel(r.meta, label))
}

func (r rendering) headPlain(label string) string {
	s := r.title + "\n" + withLabel(r.meta, label)
	if r.link != "" {
		s += "\n" + r.link
	}
	return s
}

func withLabel(meta, label string) string {
	if label == "" {
		return meta
	}
	return meta + " · " + label
}

// formatTonnes writes 2230000 as "2,230,000" and 1.25 as "1.25".
func formatTonnes(t float64) string { return decimal(t, 2, LangEN) }

// clean makes a scraped string safe to lay out: valid UTF-8, no control characters (terminal escape
// sequences included), whitespace collapsed to single spaces.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// shorten cuts s to at most max runes, at a word boundary when one is near, and marks the cut with "…".
func shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)[:max-1]
	if i := lastSpace(r); i > len(r)*4/5 {
		r = r[:i]
	}
	return strings.TrimRightFunc(string(r), unicode.IsSpace) + "…"
}

func lastSpace(r []rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == ' ' {
			return i
		}
	}
	return -1
}

// safeURL returns u when it is an absolute http or https URL fit to become a link, and "" otherwise.
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" || len(u) > maxURL || strings.ContainsFunc(u, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError
	}) {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	if s := strings.ToLower(p.Scheme); s != "http" && s != "https" {
		return ""
	}
	return u
}

// len16 counts UTF-16 code units, as Telegram counts message length.
func len16(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// alsoReported introduces the source that first told a story, in a follow-up's header.
func alsoReported(lang string) string {
	switch lang {
	case "en":
		return "also reported; first by"
	case "kk":
		return "бұл туралы бұрын хабарлаған:"
	}
	return "об этом уже сообщал"
}

// DigestLine renders an alert as one line of a digest, in HTML: its facts, then its title linked and
// its source. The facts of several mentions are joined with semicolons.
func DigestLine(a agrowatch.Alert, lang string) string {
	lang = NormLang(lang)
	r := newRendering(a, lang)
	var facts []string
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		f := factLine(m, lang)
		if !seen[f] {
			seen[f] = true
			facts = append(facts, html.EscapeString(f))
		}
	}
	title := html.EscapeString(r.title)
	if r.link != "" {
		title = `<a href="` + html.EscapeString(r.link) + `">` + title + `</a>`
	}
	line := "• " + strings.Join(facts, "; ")
	if len(facts) > 0 {
		line += " — "
	}
	return line + title + " (" + html.EscapeString(shorten(clean(a.Source), maxField)) + ")"
}

// renderText cuts a message already written in Telegram HTML (a digest) into parts at line boundaries.
func renderText(text string) []Part {
	var parts []Part
	for _, h := range SplitHTML(text, MaxMessageLen) {
		parts = append(parts, Part{HTML: h, Plain: plainOf(h)})
	}
	return parts
}

// plainOf is Telegram HTML without its tags and entities, for the plain-text resend and the console.
func plainOf(h string) string {
	var b strings.Builder
	in := false
	for _, r := range h {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return html.UnescapeString(b.String())
}
