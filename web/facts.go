package web

import (
	"context"
	"errors"
	"net/url"
	"slices"
	"sort"
	"time"

	"agrowatch"
	"agrowatch/export"
	"agrowatch/extract"
	"agrowatch/names"
	"agrowatch/store"
)

// factRow is one mention as the pages show it.
type factRow struct {
	Date, DateISO string
	Kind          string
	KindLabel     string
	Fact          string
	Sentence      string
	Lang          string
	Title, URL    string
	Source        string
	Also          []string
	StoryURL      string // a ban's story, for a meat_ban that names its commodity and countries
	Forecast      bool
	Repeat        bool
}

func (s *Server) factRow(q *request, r store.Row) factRow {
	m := r.Mention
	l := q.lang
	when := export.When(r).In(s.opt.Zone)
	fr := factRow{
		Date: l.Date(when), DateISO: when.Format(time.DateOnly), Kind: string(m.Kind), KindLabel: l.T("kind." + string(m.Kind)),
		Fact: l.Fact(m), Sentence: m.Sentence, Lang: m.Lang, Title: r.Article.Title, URL: r.Article.URL, Source: r.Article.Source,
		Also: r.AlsoReported(), Forecast: m.Forecast, Repeat: r.RepeatOf != 0,
	}
	if fr.Title == "" {
		fr.Title = r.Article.URL
	}
	if m.Kind == agrowatch.KindMeatBan && m.Commodity != "" && m.By != "" && m.On != "" {
		fr.StoryURL = storyLink(m.Commodity, m.By, m.On, q.f.Lang)
	}
	return fr
}

func storyLink(commodity, by, on, lang string) string {
	v := url.Values{"commodity": {commodity}, "by": {by}, "on": {on}}
	if lang != "" {
		v.Set("lang", lang)
	}
	return "/story?" + v.Encode()
}

// walk reads the rows of q within the request's deadline. stopped says the deadline came first: rows
// holds what was found, and reached how far back (or forward) the range was read.
func (s *Server) walk(q *request, sq store.Query, fn func(store.Row) error) (reached time.Time, stopped bool, err error) {
	reached, err = s.opt.Store.MentionsWithin(q.ctx, sq, fn)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return reached, true, nil
	}
	return reached, false, err
}

// facts is the search: a page of rows newest first, or the whole query as a download or a feed.
func (s *Server) facts(q *request) error {
	sq := q.f.query()
	switch q.format {
	case ".csv", ".json", ".atom":
		sq.Offset, sq.Limit = 0, maxDownload
		if q.format == ".atom" {
			sq.Limit = feedEntries
		}
		var rows []store.Row
		_, stopped, err := s.walk(q, sq, func(r store.Row) error { rows = append(rows, r); return nil })
		if err != nil {
			return err
		}
		return s.list(q, rows, stopped, q.lang.T("nav.facts"))
	}
	var rows []factRow
	reached, stopped, err := s.walk(q, sq, func(r store.Row) error { rows = append(rows, s.factRow(q, r)); return nil })
	if err != nil {
		return err
	}
	data := factsData{Rows: rows, Form: s.form(q), PageNo: q.f.Page}
	if len(rows) > q.f.PerPage {
		data.Rows = rows[:q.f.PerPage]
		data.Older = q.f.link("/facts", q.f.Page+1)
	}
	if q.f.Page > 1 {
		data.Newer = q.f.link("/facts", q.f.Page-1)
	}
	p := s.newPage(q, "facts", q.lang.T("nav.facts"))
	if stopped {
		r := reached.In(s.opt.Zone)
		p.Stopped = q.lang.Date(r)
		// Read on from where the deadline came: the same query, ending on that day, from its first page.
		more := q.f
		more.Until = time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, s.opt.Zone)
		p.Continue = more.link("/facts", 1)
	}
	p.Data = data
	return s.render(q, p)
}

type factsData struct {
	Form         formData
	Rows         []factRow
	PageNo       int
	Newer, Older string
}

// formData is the filter form: the current values and the choices of each select.
type formData struct {
	F           filter
	Kinds       []option
	Statuses    []option
	Commodities []option
	Countries   []option
	Sources     []option
	PerPages    []option
	Since       string
	Until       string
	Tonnes      bool // the tonnes page's form: no kind or status, a period instead
	Pers        []option
}

type option struct {
	Value, Label string
	Selected     bool
}

func (s *Server) form(q *request) formData {
	l, f := q.lang, q.f
	fd := formData{F: f}
	if !f.Since.IsZero() {
		fd.Since = f.Since.Format(time.DateOnly)
	}
	if !f.Until.IsZero() {
		fd.Until = f.Until.Format(time.DateOnly)
	}
	for _, k := range agrowatch.Kinds() {
		fd.Kinds = append(fd.Kinds, option{string(k), l.T("kind." + string(k)), slices.Contains(f.Kinds, string(k))})
	}
	for _, st := range statuses {
		fd.Statuses = append(fd.Statuses, option{st, l.T("status." + st), f.Status == st})
	}
	for _, c := range extract.Commodities {
		fd.Commodities = append(fd.Commodities, option{c, l.Commodity(c), f.Commodity == c})
	}
	sort.SliceStable(fd.Commodities, func(i, j int) bool { return fd.Commodities[i].Label < fd.Commodities[j].Label })
	for _, c := range names.Countries() {
		fd.Countries = append(fd.Countries, option{c, l.Country(c), false})
	}
	sort.Slice(fd.Countries, func(i, j int) bool {
		a, b := fd.Countries[i], fd.Countries[j]
		return a.Label < b.Label || a.Label == b.Label && a.Value < b.Value
	})
	sources := map[string]bool{}
	for _, src := range s.sourceList() {
		sources[src.Name] = true
	}
	if all, err := s.opt.Store.AllHealth(); err == nil {
		for n := range all {
			sources[n] = true
		}
	}
	if f.Source != "" {
		sources[f.Source] = true
	}
	for n := range sources {
		fd.Sources = append(fd.Sources, option{n, n, f.Source == n})
	}
	sort.Slice(fd.Sources, func(i, j int) bool { return fd.Sources[i].Value < fd.Sources[j].Value })
	for _, n := range perPages {
		fd.PerPages = append(fd.PerPages, option{itoa(n), itoa(n), f.PerPage == n})
	}
	fd.Pers = []option{{"month", l.T("tonnes.month"), f.Per == "month"}, {"year", l.T("tonnes.year"), f.Per == "year"}}
	return fd
}
