package web

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"agrowatch"
)

// sourceRow is one source's health, as `agrowatch sources` prints it.
type sourceRow struct {
	Name, Kind, State, StateLabel string
	Bad                           bool
	Attempt, Success              string
	attempt, success              time.Time
	Failures, Items, Articles     int
	EmptyBodies, EmptyDates       int
	Error, Note                   string
}

// sourceJSON is a source's health as a JSON line.
type sourceJSON struct {
	Source      string    `json:"source"`
	Kind        string    `json:"kind"`
	State       string    `json:"state"`
	LastAttempt time.Time `json:"last_attempt,omitzero"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	Failures    int       `json:"consecutive_failures"`
	Items       int       `json:"last_items"`
	Articles    int       `json:"articles"`
	EmptyBodies int       `json:"empty_bodies"`
	EmptyDates  int       `json:"empty_dates"`
	LastError   string    `json:"last_error,omitempty"`
	Note        string    `json:"note,omitempty"`
}

// sourceState is the one word for a source's state: the same as the sources command's.
func sourceState(h agrowatch.Health, known, disabled, configured bool) string {
	switch {
	case !configured:
		return "gone"
	case disabled:
		return "disabled"
	case !known || h.Polls == 0 && h.LastAttempt.IsZero():
		return "never"
	case h.Degraded != "":
		return "degraded"
	case h.Failures > 0:
		return "failing"
	}
	return "ok"
}

func (s *Server) sources(q *request) error {
	l := q.lang
	all, err := s.opt.Store.AllHealth()
	if err != nil {
		return err
	}
	var rows []sourceRow
	add := func(name, kind string, disabled, configured bool) {
		h, ok := all[name]
		st := sourceState(h, ok, disabled, configured)
		label := l.T("state." + st)
		if st == "degraded" {
			label = h.Degraded
		}
		rows = append(rows, sourceRow{Name: name, Kind: kind, State: st, StateLabel: label, Bad: st == "failing" || st == "degraded",
			Attempt: l.DateTime(h.LastAttempt.In(s.opt.Zone)), Success: l.DateTime(h.LastSuccess.In(s.opt.Zone)),
			attempt: h.LastAttempt, success: h.LastSuccess, Failures: h.Failures, Items: h.LastItems, Articles: h.Articles,
			EmptyBodies: h.EmptyBodies, EmptyDates: h.EmptyDates, Error: oneLine(h.LastError), Note: h.Note})
	}
	names := map[string]bool{}
	for _, src := range s.sourceList() {
		names[src.Name] = true
		add(src.Name, src.Kind, src.Disabled, true)
	}
	var gone []string
	for n := range all {
		if !names[n] {
			gone = append(gone, n)
		}
	}
	sort.Strings(gone)
	for _, n := range gone {
		add(n, "—", false, false)
	}
	switch q.format {
	case ".csv", ".json":
		t := table{Header: []string{"source", "kind", "state", "last attempt", "last success", "failures", "items", "articles", "empty bodies", "empty dates", "last error", "note"}}
		stamp := func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.In(s.opt.Zone).Format(time.RFC3339)
		}
		for _, r := range rows {
			state := r.State
			if state == "degraded" || state == "never" || state == "gone" {
				state = map[string]string{"degraded": r.StateLabel, "never": "never polled", "gone": "not in config"}[state]
			}
			t.Rows = append(t.Rows, []string{r.Name, r.Kind, state, stamp(r.attempt), stamp(r.success), strconv.Itoa(r.Failures),
				strconv.Itoa(r.Items), strconv.Itoa(r.Articles), strconv.Itoa(r.EmptyBodies), strconv.Itoa(r.EmptyDates), r.Error, r.Note})
			t.Objects = append(t.Objects, sourceJSON{r.Name, r.Kind, state, r.attempt, r.success, r.Failures, r.Items, r.Articles,
				r.EmptyBodies, r.EmptyDates, r.Error, r.Note})
		}
		if q.format == ".csv" {
			return s.writeCSV(q, t)
		}
		return s.writeJSON(q, t)
	case ".atom":
		// One entry per source and state: a reader sees a new entry when a source starts failing.
		var entries []atomEntry
		for _, r := range rows {
			at := r.attempt
			if at.IsZero() {
				at = q.now
			}
			summary := r.StateLabel
			if r.Error != "" {
				summary += ": " + r.Error
			}
			entries = append(entries, atomEntry{
				Title:   r.Name + ": " + r.StateLabel,
				ID:      "tag:agrowatch,2026:source/" + r.Name + "/" + r.State + "/" + strconv.FormatInt(r.success.Unix(), 10),
				Updated: atomTime(at),
				Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: baseURL(q.r) + "/sources"}},
				Summary: &atomText{Type: "text", Body: summary},
				at:      at,
			})
		}
		return s.writeAtom(q, l.T("sources.title"), entries)
	}
	p := s.newPage(q, "sources", l.T("sources.title"))
	p.Data = rows
	return s.render(q, p)
}

func (s *Server) sourceList() []Source {
	if s.opt.Sources == nil {
		return nil
	}
	return s.opt.Sources()
}

// oneLine folds an error onto one line and keeps its end: a wrapped error names its cause last.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 120 {
		return "…" + string(r[len(r)-119:])
	}
	return s
}
