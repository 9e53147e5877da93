// Package export writes stored mentions in the archive's exchange format, one row per mention: CSV that a
// journalist's spreadsheet opens as it is (UTF-8 with a byte-order mark, a header row, RFC 4180
// quoting), or JSON lines. `agrowatch export`, the control socket and the web page's downloads share it.
package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"agrowatch"
	"agrowatch/store"
)

// Header is the CSV header row: the format's columns, in order.
func Header() []string {
	return []string{"published", "source", "url", "title", "kind", "status", "by", "on", "commodity", "tonnes",
		"change", "from", "to", "period", "year", "forecast", "cause", "place", "wagons", "trucks", "days", "route",
		"sentence", "also reported by"}
}

// Formats are the names Writer accepts.
func Formats() []string { return []string{"csv", "json"} }

// When is the time a row is filed under: its article's publication, or its first read when it names none.
func When(r store.Row) time.Time {
	if !r.Article.Published.IsZero() {
		return r.Article.Published
	}
	return r.Article.Fetched
}

// Record is a row's fields in Header's order. Times are written in zone as "2006-01-02 15:04", which
// spreadsheets read as a date; numbers in the C locale, so that any program reads them.
func Record(r store.Row, zone *time.Location) []string {
	m := r.Mention
	num := func(v float64) string {
		if v == 0 {
			return ""
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	forecast := ""
	if m.Kind == agrowatch.KindExportVolume {
		forecast = strconv.FormatBool(m.Forecast)
	}
	t := inert
	return []string{When(r).In(zone).Format("2006-01-02 15:04"), t(r.Article.Source), t(r.Article.URL), t(r.Article.Title),
		string(m.Kind), m.Status, m.By, m.On, m.Commodity, num(m.Tonnes), m.Change, m.From, m.To, t(m.Period),
		num(float64(m.Year)), forecast, m.Cause, t(m.Place), num(float64(m.Wagons)), num(float64(m.Trucks)), num(m.Days),
		t(m.Route), t(m.Sentence), t(strings.Join(r.AlsoReported(), "; "))}
}

// inert keeps a scraped string from being taken for a formula by a spreadsheet: a cell that begins
// with = + - @ or a tab or carriage return gets a leading apostrophe, which Excel and LibreOffice show as
// text (a title "=HYPERLINK(…)" would otherwise be a live link in the journalist's sheet). The JSON
// lines keep the text as it is.
func inert(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Object is one JSON line: the format's fields by name; a field the text does not state is left out.
type Object struct {
	Published    time.Time `json:"published"`
	Source       string    `json:"source"`
	URL          string    `json:"url"`
	Title        string    `json:"title"`
	Kind         string    `json:"kind"`
	Status       string    `json:"status,omitempty"`
	By           string    `json:"by,omitempty"`
	On           string    `json:"on,omitempty"`
	Commodity    string    `json:"commodity,omitempty"`
	Tonnes       float64   `json:"tonnes,omitempty"`
	Change       string    `json:"change,omitempty"`
	From         string    `json:"from,omitempty"`
	To           string    `json:"to,omitempty"`
	Period       string    `json:"period,omitempty"`
	Year         int       `json:"year,omitempty"`
	Forecast     *bool     `json:"forecast,omitempty"` // export_volume only, true or false
	Cause        string    `json:"cause,omitempty"`
	Place        string    `json:"place,omitempty"`
	Wagons       int       `json:"wagons,omitempty"`
	Trucks       int       `json:"trucks,omitempty"`
	Days         float64   `json:"days,omitempty"`
	Route        string    `json:"route,omitempty"`
	Sentence     string    `json:"sentence"`
	AlsoReported []string  `json:"also_reported_by,omitempty"`
}

// ObjectOf is a row as a JSON line.
func ObjectOf(r store.Row, zone *time.Location) Object {
	m := r.Mention
	o := Object{Published: When(r).In(zone), Source: r.Article.Source, URL: r.Article.URL, Title: r.Article.Title,
		Kind: string(m.Kind), Status: m.Status, By: m.By, On: m.On, Commodity: m.Commodity, Tonnes: m.Tonnes, Change: m.Change,
		From: m.From, To: m.To, Period: m.Period, Year: m.Year, Cause: m.Cause, Place: m.Place, Wagons: m.Wagons,
		Trucks: m.Trucks, Days: m.Days, Route: m.Route, Sentence: m.Sentence, AlsoReported: r.AlsoReported()}
	if m.Kind == agrowatch.KindExportVolume {
		f := m.Forecast
		o.Forecast = &f
	}
	return o
}

// Writer streams rows in one format. Close flushes what is buffered and reports the first error.
type Writer struct {
	bw   *bufio.Writer
	csv  *csv.Writer
	json *json.Encoder
	zone *time.Location
	n    int
}

// NewWriter starts a stream of rows in format (csv or json) on w; a CSV begins with the byte-order mark
// and the header row.
func NewWriter(w io.Writer, format string, zone *time.Location) (*Writer, error) {
	if zone == nil {
		zone = time.UTC
	}
	x := &Writer{bw: bufio.NewWriter(w), zone: zone}
	switch format {
	case "csv":
		x.bw.WriteString("\ufeff") // Excel reads UTF-8 as the local code page without it: Cyrillic garbled
		x.csv = csv.NewWriter(x.bw)
		x.csv.UseCRLF = true
		if err := x.csv.Write(Header()); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
	case "json":
		x.json = json.NewEncoder(x.bw)
		x.json.SetEscapeHTML(false)
	default:
		return nil, fmt.Errorf("export: unknown format %q (known: %s)", format, strings.Join(Formats(), ", "))
	}
	return x, nil
}

// Write adds one row.
func (x *Writer) Write(r store.Row) error {
	x.n++
	if x.csv != nil {
		if err := x.csv.Write(Record(r, x.zone)); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	}
	if err := x.json.Encode(ObjectOf(r, x.zone)); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// Rows is how many rows were written.
func (x *Writer) Rows() int { return x.n }

// Close flushes the stream.
func (x *Writer) Close() error {
	if x.csv != nil {
		x.csv.Flush()
		if err := x.csv.Error(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if err := x.bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
