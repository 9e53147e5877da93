package web

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
)

// page is what the layout shows around every page's own data.
type page struct {
	L         lang
	Name      string // facts, stories, …: the active tab and the template
	Title     string
	Nav       []navLink
	Langs     []navLink
	Downloads []navLink
	Feed      string // the page's Atom feed, for <link rel="alternate">
	Problems  []string
	Clamped   string // the range was cut: from when
	Stopped   string // the deadline came first: read back to this day
	Continue  string // the same search, from that day back
	Data      any
}

type navLink struct {
	Label, URL string
	Active     bool
}

func (s *Server) newPage(q *request, name, title string) *page {
	l := q.lang
	p := &page{L: l, Name: name, Title: title, Problems: q.f.Problems}
	// Tabs keep only the language: a facts filter means nothing to the sources page.
	keep := url.Values{}
	if q.f.Lang != "" {
		keep.Set("lang", q.f.Lang)
	}
	for _, t := range []string{"facts", "stories", "tonnes", "sources"} {
		u := "/" + t
		if len(keep) > 0 {
			u += "?" + keep.Encode()
		}
		p.Nav = append(p.Nav, navLink{l.T("nav." + t), u, t == name || (t == "stories" && name == "story")})
	}
	for _, code := range langs {
		v := q.r.URL.Query()
		v.Set("lang", code)
		p.Langs = append(p.Langs, navLink{code, q.r.URL.Path + "?" + v.Encode(), code == l.code})
	}
	for _, ext := range []string{".csv", ".json", ".atom"} {
		v := q.r.URL.Query()
		v.Del("page")
		u := "/" + name + ext
		if len(v) > 0 {
			u += "?" + v.Encode()
		}
		label := map[string]string{".csv": "CSV", ".json": "JSON", ".atom": l.T("feed")}[ext]
		p.Downloads = append(p.Downloads, navLink{label, u, false})
		if ext == ".atom" {
			p.Feed = u
		}
	}
	if q.f.Clamped {
		p.Clamped = l.Date(q.f.from.In(s.opt.Zone))
	}
	return p
}

// render executes the page's template into a buffer first, so that a template error is a clean 500
// and not half a page.
func (s *Server) render(q *request, p *page) error {
	var buf bytes.Buffer
	if err := s.pages[p.Name].ExecuteTemplate(&buf, "layout", p); err != nil {
		return fmt.Errorf("web: render %s: %w", p.Name, err)
	}
	h := q.w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", q.lang.code)
	h.Set("Cache-Control", "no-store")
	q.w.WriteHeader(http.StatusOK)
	_, err := q.w.Write(buf.Bytes())
	if err != nil {
		return nil // the reader went away: nothing to tell
	}
	return nil
}
