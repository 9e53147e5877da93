package web

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"strings"
	"time"

	"agrowatch/export"
	"agrowatch/store"
)

// table is a list that is not of mentions (bans, tonnes, sources): Rows for CSV, Objects (typed, so
// that numbers are numbers) for JSON lines.
type table struct {
	Header  []string
	Rows    [][]string
	Objects []any
}

// list answers a download or a feed of mention rows.
func (s *Server) list(q *request, rows []store.Row, stopped bool, title string) error {
	if stopped {
		// Said in a header: a CSV has no place for a remark, and a partial file must not pass for whole.
		q.w.Header().Set("X-Agrowatch-Partial", "the query's deadline came before its end: narrow it")
	}
	if q.format == ".csv" || q.format == ".json" {
		// The archive's exchange format, as `agrowatch export` writes it.
		format, ext, ct := "csv", ".csv", "text/csv; charset=utf-8; header=present"
		if q.format == ".json" {
			format, ext, ct = "json", ".jsonl", "application/x-ndjson; charset=utf-8"
		}
		h := q.w.Header()
		h.Set("Content-Type", ct)
		h.Set("Content-Disposition", `attachment; filename="`+s.filename(q, ext)+`"`)
		x, err := export.NewWriter(q.w, format, s.opt.Zone)
		if err != nil {
			return fmt.Errorf("web: %w", err)
		}
		for _, r := range rows {
			if err := x.Write(r); err != nil {
				return nil // the reader went away
			}
		}
		_ = x.Close() // an error here is the reader gone
		return nil
	}
	var entries []atomEntry
	for _, r := range rows {
		entries = append(entries, s.mentionEntry(q, r))
	}
	return s.writeAtom(q, title, entries)
}

func (s *Server) filename(q *request, ext string) string {
	return fmt.Sprintf("agrowatch-%s-%s%s", q.page, q.now.In(s.opt.Zone).Format("2006-01-02"), ext)
}

// writeCSV writes UTF-8 with a byte-order mark (spreadsheets misread Cyrillic without one), a header
// row, and RFC 4180's quoting and CRLF line ends.
func (s *Server) writeCSV(q *request, t table) error {
	h := q.w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8; header=present")
	h.Set("Content-Disposition", `attachment; filename="`+s.filename(q, ".csv")+`"`)
	bw := bufio.NewWriter(q.w)
	bw.WriteString("\ufeff")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	cw.Write(t.Header)
	for _, r := range t.Rows {
		cw.Write(r)
	}
	cw.Flush()
	if cw.Error() != nil {
		return nil // the reader went away
	}
	bw.Flush()
	return nil
}

// writeJSON writes JSON lines: one object per line.
func (s *Server) writeJSON(q *request, t table) error {
	h := q.w.Header()
	h.Set("Content-Type", "application/x-ndjson; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="`+s.filename(q, ".jsonl")+`"`)
	bw := bufio.NewWriter(q.w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, o := range t.Objects {
		if err := enc.Encode(o); err != nil {
			return fmt.Errorf("web: json line: %w", err)
		}
	}
	bw.Flush()
	return nil
}

// Atom 1.0 (RFC 4287).
type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"xml:lang,attr,omitempty"`
	Title     string      `xml:"title"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published,omitempty"`
	Links      []atomLink     `xml:"link"`
	Author     *atomPerson    `xml:"author,omitempty"`
	Categories []atomCategory `xml:"category"`
	Summary    *atomText      `xml:"summary,omitempty"`
	at         time.Time
}

// mentionEntry is one mention as a feed entry: the fact as its title, the sentence as its summary.
func (s *Server) mentionEntry(q *request, r store.Row) atomEntry {
	l := q.lang
	m := r.Mention
	when := export.When(r)
	summary := m.Sentence
	if also := r.AlsoReported(); len(also) > 0 {
		summary += "\n\n" + l.T("also") + ": " + strings.Join(also, ", ")
	}
	e := atomEntry{
		Title:      l.Fact(m),
		ID:         fmt.Sprintf("tag:agrowatch,2026:mention/%d/%d", r.Article.ID, r.Index),
		Updated:    atomTime(maxTime(when, r.Article.Read)),
		Published:  atomTime(when),
		Links:      []atomLink{{Rel: "alternate", Type: "text/html", Href: r.Article.URL}},
		Author:     &atomPerson{Name: r.Article.Source},
		Categories: []atomCategory{{Term: string(m.Kind), Label: l.T("kind." + string(m.Kind))}},
		Summary:    &atomText{Type: "text", Body: summary},
		at:         when,
	}
	if r.Article.Read.IsZero() {
		e.Updated = e.Published
	}
	return e
}

func (s *Server) writeAtom(q *request, title string, entries []atomEntry) error {
	self := baseURL(q.r) + q.r.URL.RequestURI()
	htmlURL := strings.Replace(self, "/"+q.page+".atom", "/"+q.page, 1)
	updated := time.Time{}
	for _, e := range entries {
		if e.at.After(updated) {
			updated = e.at
		}
	}
	if updated.IsZero() {
		updated = q.now
	}
	f := atomFeed{
		Lang:      q.lang.code,
		Title:     "agrowatch: " + title,
		ID:        self,
		Updated:   atomTime(updated),
		Links:     []atomLink{{Rel: "self", Type: "application/atom+xml", Href: self}, {Rel: "alternate", Type: "text/html", Href: htmlURL}},
		Author:    atomPerson{Name: "agrowatch"},
		Generator: "agrowatch",
		Entries:   entries,
	}
	q.w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	bw := bufio.NewWriter(q.w)
	bw.WriteString(xml.Header)
	enc := xml.NewEncoder(bw)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("web: atom: %w", err)
	}
	bw.WriteString("\n")
	bw.Flush()
	return nil
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// baseURL is the scheme and host the request was made to, for the feed's absolute links. Behind a
// reverse proxy, X-Forwarded-Proto says whether the reader came over TLS.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
