package web

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"time"

	"agrowatch"
	"agrowatch/export"
	"agrowatch/store"
)

// banKey is what a ban's story is about: a commodity, the country that bans it, the one whose goods
// are banned.
type banKey struct{ Commodity, By, On string }

// storySummary is one ban in the list of stories.
type storySummary struct {
	Key               banKey
	Label             string
	URL               string
	Status            string // the latest report's
	StatusLabel       string
	First, Last       time.Time
	FirstDate, LastDt string
	Reports           int
	LastSource        string
}

// stories lists every ban the range's reports name, the latest first.
func (s *Server) stories(q *request) error {
	sq := q.f.query()
	sq.Kinds, sq.Offset, sq.Limit = []agrowatch.Kind{agrowatch.KindMeatBan}, 0, 0
	byKey := map[banKey]*storySummary{}
	reached, stopped, err := s.walk(q, sq, func(r store.Row) error {
		m := r.Mention
		if m.Commodity == "" || m.By == "" || m.On == "" {
			return nil // a story needs all three: the rest are in the facts
		}
		k := banKey{m.Commodity, m.By, m.On}
		st := byKey[k]
		when := export.When(r)
		if st == nil {
			st = &storySummary{Key: k, Last: when, Status: m.Status, LastSource: r.Article.Source}
			byKey[k] = st
		}
		st.Reports++
		st.First = when // newest first: the last one seen is the earliest
		return nil
	})
	if err != nil {
		return err
	}
	list := make([]storySummary, 0, len(byKey))
	l := q.lang
	for _, st := range byKey {
		st.Label = l.banTitle(st.Key)
		st.URL = storyLink(st.Key.Commodity, st.Key.By, st.Key.On, q.f.Lang)
		st.StatusLabel = l.T("status." + st.Status)
		st.FirstDate, st.LastDt = l.Date(st.First.In(s.opt.Zone)), l.Date(st.Last.In(s.opt.Zone))
		list = append(list, *st)
	}
	sort.Slice(list, func(i, j int) bool {
		if !list[i].Last.Equal(list[j].Last) {
			return list[i].Last.After(list[j].Last)
		}
		return list[i].Label < list[j].Label
	})
	switch q.format {
	case ".csv", ".json":
		t := table{Header: []string{"commodity", "by", "on", "latest status", "first reported", "last reported", "reports", "last source"}}
		for _, st := range list {
			t.Rows = append(t.Rows, []string{st.Key.Commodity, st.Key.By, st.Key.On, st.Status, st.First.In(s.opt.Zone).Format("2006-01-02 15:04"),
				st.Last.In(s.opt.Zone).Format("2006-01-02 15:04"), strconv.Itoa(st.Reports), st.LastSource})
			t.Objects = append(t.Objects, storyJSON{st.Key.Commodity, st.Key.By, st.Key.On, st.Status, st.First.In(s.opt.Zone),
				st.Last.In(s.opt.Zone), st.Reports, st.LastSource})
		}
		if q.format == ".csv" {
			return s.writeCSV(q, t)
		}
		return s.writeJSON(q, t)
	case ".atom":
		var entries []atomEntry
		base := baseURL(q.r)
		for i, st := range list {
			if i == feedEntries {
				break
			}
			entries = append(entries, atomEntry{
				Title:      st.Label + ": " + st.StatusLabel,
				ID:         fmt.Sprintf("tag:agrowatch,2026:ban/%s/%s/%s/%d", url.PathEscape(st.Key.Commodity), st.Key.By, st.Key.On, st.Last.Unix()),
				Updated:    atomTime(st.Last),
				Links:      []atomLink{{Rel: "alternate", Type: "text/html", Href: base + st.URL}},
				Author:     &atomPerson{Name: st.LastSource},
				Categories: []atomCategory{{Term: st.Status}},
				at:         st.Last,
			})
		}
		return s.writeAtom(q, l.T("nav.stories"), entries)
	}
	p := s.newPage(q, "stories", l.T("stories.title"))
	if stopped {
		p.Stopped = l.Date(reached.In(s.opt.Zone))
	}
	p.Data = storiesData{Form: s.form(q), Stories: list}
	return s.render(q, p)
}

// storyJSON is a ban of the list as a JSON line.
type storyJSON struct {
	Commodity     string    `json:"commodity"`
	By            string    `json:"by"`
	On            string    `json:"on"`
	LatestStatus  string    `json:"latest_status"`
	FirstReported time.Time `json:"first_reported"`
	LastReported  time.Time `json:"last_reported"`
	Reports       int       `json:"reports"`
	LastSource    string    `json:"last_source"`
}

type storiesData struct {
	Form    formData
	Stories []storySummary
}

// banTitle names a ban: "China: beef from Kazakhstan".
func (l lang) banTitle(k banKey) string {
	switch l.code {
	case "ru":
		return l.Country(k.By) + ": " + l.Commodity(k.Commodity) + " из " + l.countryGen(k.On)
	case "kk":
		return l.Country(k.By) + ": " + l.Commodity(k.Commodity) + " (" + l.Country(k.On) + ")"
	}
	return l.Country(k.By) + ": " + l.Commodity(k.Commodity) + " from " + l.Country(k.On)
}

// turn is a run of reports of one status: when it began, who said so first, how many said it.
type turn struct {
	Status, StatusLabel string
	Date                string
	FirstSource         string
	FirstURL            string
	Reports             int
}

// story is one ban's timeline: its changes of status, and every report in time order.
func (s *Server) story(q *request) error {
	l := q.lang
	f := q.f
	k := banKey{f.Commodity, f.By, f.On}
	var rows []store.Row
	var reached time.Time
	stopped := false
	if k.Commodity != "" && k.By != "" && k.On != "" {
		sq := f.query()
		sq.Kinds, sq.Newest, sq.Offset, sq.Limit = []agrowatch.Kind{agrowatch.KindMeatBan}, false, 0, maxDownload
		var err error
		reached, stopped, err = s.walk(q, sq, func(r store.Row) error { rows = append(rows, r); return nil })
		if err != nil {
			return err
		}
	}
	title := l.T("story.title")
	if k.Commodity != "" && k.By != "" && k.On != "" {
		title = l.banTitle(k)
	}
	if q.format != "" {
		if q.format == ".atom" {
			// A feed reader wants the latest changes.
			if len(rows) > feedEntries {
				rows = rows[len(rows)-feedEntries:]
			}
		}
		return s.list(q, rows, stopped, title)
	}
	data := storyData{Key: k, Missing: k.Commodity == "" || k.By == "" || k.On == "", Form: s.form(q)}
	for _, r := range rows {
		fr := s.factRow(q, r)
		fr.StoryURL = ""
		data.Reports = append(data.Reports, fr)
		st := r.Mention.Status
		if n := len(data.Turns); n > 0 && data.Turns[n-1].Status == st {
			data.Turns[n-1].Reports++
			continue
		}
		data.Turns = append(data.Turns, turn{Status: st, StatusLabel: l.T("status." + st), Date: fr.Date,
			FirstSource: r.Article.Source, FirstURL: r.Article.URL, Reports: 1})
	}
	p := s.newPage(q, "story", title)
	if stopped {
		p.Stopped = l.Date(reached.In(s.opt.Zone))
	}
	p.Data = data
	return s.render(q, p)
}

type storyData struct {
	Key     banKey
	Missing bool
	Form    formData
	Turns   []turn
	Reports []factRow
}
