package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"

	"agrowatch/config"
)

// htmlSite is `type: html`: a listing page, its article links by CSS selector (`links`) or by regular
// expression over the absolute URL (`link_pattern`, also a filter when both are given), and optional
// title, body and date selectors for the article page, each found generically when it finds nothing.
type htmlSite struct {
	*base
	links   string
	pattern *regexp.Regexp
}

func newHTML(src config.Source, h config.HTTP, d Deps) (Source, error) {
	if src.Links == "" && src.LinkPattern == "" {
		return nil, fmt.Errorf("crawler: source %s: type html needs links or link_pattern", src.Name)
	}
	b, err := newBase(src, h, d, "", "")
	if err != nil {
		return nil, err
	}
	s := &htmlSite{base: b, links: src.Links}
	if src.LinkPattern != "" {
		if s.pattern, err = regexp.Compile(src.LinkPattern); err != nil {
			return nil, fmt.Errorf("crawler: source %s: link_pattern: %w", src.Name, err)
		}
	}
	// goquery quietly matches nothing with a broken selector: refuse it here, where it can be named.
	for key, sel := range map[string]string{"links": src.Links, "title": src.Title, "body": src.Body, "date": src.Date} {
		if sel == "" {
			continue
		}
		if _, err := cascadia.Compile(sel); err != nil {
			return nil, fmt.Errorf("crawler: source %s: %s selector %q: %w", src.Name, key, sel, err)
		}
	}
	b.x = extractor{title: src.Title, body: src.Body, date: src.Date, loc: kzZone}
	b.site = s
	return s, nil
}

func (s *htmlSite) fetchListing(ctx context.Context, f *fetcher, st State) (listing, error) {
	pg, err := f.listing(ctx, st, s.start.String())
	if err != nil {
		return listing{}, err
	}
	if pg.Status == http.StatusNotModified {
		return listing{notModified: true}, nil
	}
	return s.parseListing(pg), nil
}

func (s *htmlSite) match(u *url.URL) bool {
	return sameSite(u, s.start) && (s.pattern == nil || s.pattern.MatchString(u.String()))
}

func (s *htmlSite) parseListing(pg *fetched) listing {
	doc := parseDoc(pg)
	if s.links == "" {
		return linkItems(doc, pg.URL, s.match)
	}
	var l listing
	doc.Find(s.links).Each(func(_ int, sel *goquery.Selection) {
		a := sel
		if _, ok := sel.Attr("href"); !ok {
			a = sel.Find("a[href]").First()
		}
		u := resolve(pg.URL, a.AttrOr("href", ""))
		if u == nil || !s.match(u) {
			return
		}
		title := fold(a.Text())
		if title == "" {
			title = fold(sel.Text())
		}
		l.add(item{URL: u.String(), Canonical: canonicalURL(u), Title: title})
	})
	if len(l.items) > 0 {
		return l
	}
	// The selector found nothing: the layout changed. Any link that looks like an article will do.
	match := func(u *url.URL) bool { return looksLikeArticle(u, s.start) }
	if s.pattern != nil {
		match = s.match
	}
	l = linkItems(doc, pg.URL, match)
	l.fallback = true
	return l
}
