package web

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"agrowatch"
	"agrowatch/extract"
	"agrowatch/store"
)

// Bounds of a query, so that no request can keep the daemon reading for long: a page is at most
// maxPerPage rows, no page starts past maxOffset rows, a range spans at most maxSpan, and a download
// holds at most maxDownload rows. The request's deadline (Options.QueryTimeout) bounds the rest.
const (
	defaultPerPage = 50
	maxPerPage     = 200
	maxOffset      = 20_000
	maxSpan        = 731 * 24 * time.Hour // two years, a leap day included
	maxDownload    = 10_000
	feedEntries    = 50
)

var perPages = []int{10, 25, 50, 100, 200}

// filter is a query as the URL states it: what the form shows, the links keep, and the store is asked.
type filter struct {
	Kinds                              []string
	Status, Commodity, Country, By, On string
	From, To, Source, Words            string
	Since, Until                       time.Time // days in the page's zone, both inclusive; zero: not given
	Page, PerPage                      int
	Per                                string // tonnes: month or year
	Lang                               string // given in the URL, else ""
	Problems                           []string
	Clamped                            bool // the range was cut to maxSpan
	from, until                        time.Time
}

// parseFilter reads a query string. A value it cannot use is left out and named in Problems, so that a
// hand-edited URL still shows a page, and says what was ignored.
func parseFilter(v url.Values, now time.Time, zone *time.Location) filter {
	f := filter{Page: 1, PerPage: defaultPerPage, Per: "month"}
	bad := func(key, val string) { f.Problems = append(f.Problems, fmt.Sprintf("%s=%q", key, val)) }
	for _, k := range v["kind"] {
		if k == "" {
			continue
		}
		if slices.Contains(agrowatch.Kinds(), agrowatch.Kind(k)) {
			if !slices.Contains(f.Kinds, k) {
				f.Kinds = append(f.Kinds, k)
			}
		} else {
			bad("kind", k)
		}
	}
	if s := v.Get("status"); s != "" {
		if slices.Contains(statuses, s) {
			f.Status = s
		} else {
			bad("status", s)
		}
	}
	if c := strings.ToLower(strings.TrimSpace(v.Get("commodity"))); c != "" {
		if slices.Contains(extract.Commodities[:], c) {
			f.Commodity = c
		} else {
			bad("commodity", c)
		}
	}
	for _, p := range []struct {
		key string
		dst *string
	}{{"country", &f.Country}, {"by", &f.By}, {"on", &f.On}, {"from", &f.From}, {"to", &f.To}} {
		c := strings.ToUpper(strings.TrimSpace(v.Get(p.key)))
		switch {
		case c == "":
		case len(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z':
			*p.dst = c
		default:
			bad(p.key, c)
		}
	}
	if s := strings.TrimSpace(v.Get("source")); s != "" {
		if len(s) <= 64 {
			f.Source = s
		} else {
			bad("source", s[:64]+"…")
		}
	}
	if w := strings.Join(strings.Fields(v.Get("q")), " "); w != "" {
		if r := []rune(w); len(r) > 200 {
			w = string(r[:200])
		}
		f.Words = w
	}
	for _, p := range []struct {
		key string
		dst *time.Time
	}{{"since", &f.Since}, {"until", &f.Until}} {
		if s := strings.TrimSpace(v.Get(p.key)); s != "" {
			if d, err := time.ParseInLocation(time.DateOnly, s, zone); err == nil && d.Year() >= 1990 && d.Year() <= 2200 {
				*p.dst = d
			} else {
				bad(p.key, s)
			}
		}
	}
	if s := v.Get("page"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= 1 {
			f.Page = n
		} else {
			bad("page", s)
		}
	}
	if s := v.Get("n"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && slices.Contains(perPages, n) {
			f.PerPage = n
		} else {
			bad("n", s)
		}
	}
	if (f.Page-1)*f.PerPage > maxOffset {
		bad("page", v.Get("page"))
		f.Page = maxOffset/f.PerPage + 1
	}
	switch p := v.Get("per"); p {
	case "", "month":
	case "year":
		f.Per = p
	default:
		bad("per", p)
	}
	if l := v.Get("lang"); isLang(l) {
		f.Lang = l
	}

	// The range the store reads: to the end of the last day, back at most maxSpan.
	today := time.Date(now.In(zone).Year(), now.In(zone).Month(), now.In(zone).Day(), 0, 0, 0, 0, zone)
	last := today
	if !f.Until.IsZero() {
		last = f.Until
	}
	f.until = last.AddDate(0, 0, 1)
	f.from = f.until.Add(-maxSpan)
	if !f.Since.IsZero() && !f.Since.Before(f.until) {
		// A start after the range's end (a day ahead, or after until) would ask the store for an empty
		// range and show an empty page without a word: it is ignored, and said.
		bad("since", v.Get("since"))
		f.Since = time.Time{}
	}
	if !f.Since.IsZero() {
		if f.Since.Before(f.from) {
			f.Clamped = true
		} else {
			f.from = f.Since
		}
	}
	return f
}

var statuses = []string{agrowatch.StatusImposed, agrowatch.StatusLifted, agrowatch.StatusPending, agrowatch.StatusPlanned, agrowatch.StatusDone, "ended"}

// query is the store's question for this filter, newest first, for one page (and one row more, to know
// whether there is a next page).
func (f filter) query() store.Query {
	q := store.Query{
		Since: f.from, Until: f.until, Status: f.Status, Commodity: f.Commodity, Country: f.Country,
		By: f.By, On: f.On, From: f.From, To: f.To, Source: f.Source, Words: f.Words, Newest: true,
		Offset: (f.Page - 1) * f.PerPage, Limit: f.PerPage + 1,
	}
	for _, k := range f.Kinds {
		q.Kinds = append(q.Kinds, agrowatch.Kind(k))
	}
	return q
}

// values writes the filter back as a query string, with only what was set, in a fixed order, so that
// the same search always has the same URL.
func (f filter) values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	for _, k := range f.Kinds {
		v.Add("kind", k)
	}
	set("status", f.Status)
	set("commodity", f.Commodity)
	set("country", f.Country)
	set("by", f.By)
	set("on", f.On)
	set("from", f.From)
	set("to", f.To)
	set("source", f.Source)
	set("q", f.Words)
	if !f.Since.IsZero() {
		v.Set("since", f.Since.Format(time.DateOnly))
	}
	if !f.Until.IsZero() {
		v.Set("until", f.Until.Format(time.DateOnly))
	}
	if f.PerPage != defaultPerPage {
		v.Set("n", strconv.Itoa(f.PerPage))
	}
	if f.Per != "month" {
		v.Set("per", f.Per)
	}
	set("lang", f.Lang)
	return v
}

// link is path with the filter's query, on page (0: the filter's own page, 1 is left out).
func (f filter) link(path string, page int) string {
	v := f.values()
	if page == 0 {
		page = f.Page
	}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

func itoa(n int) string { return strconv.Itoa(n) }
