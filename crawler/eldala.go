package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"agrowatch/config"
	"agrowatch/preset"
)

// ElDala.kz: news cards on the home page and the category listings (their selectors are in the
// declaration, package preset), articles at /novosti/<category>/<id>-<slug>. The numeric id is the
// article's identity: "?amp=1", tracking parameters, "www." and http/https variants all come to one
// canonical URL.

var eldalaPath = regexp.MustCompile(`^/novosti/([A-Za-z0-9_-]+)/(\d+)-([^/]+?)/?$`)

type eldala struct {
	*base
	cards preset.Listing
}

func newEldala(src config.Source, p preset.Preset, h config.HTTP, d Deps) (Source, error) {
	b, err := newBase(src, p, h, d)
	if err != nil {
		return nil, err
	}
	s := &eldala{base: b, cards: p.Listing}
	b.site = s
	return s, nil
}

// article returns the canonical URL and the id of an article link, on the source's own host.
func (s *eldala) article(u *url.URL) (canonical, id string, ok bool) {
	if u == nil || !sameSite(u, s.start) {
		return "", "", false
	}
	m := eldalaPath.FindStringSubmatch(u.Path)
	if m == nil {
		return "", "", false
	}
	return fmt.Sprintf("%s://%s/novosti/%s/%s-%s", s.start.Scheme, hostOf(s.start), strings.ToLower(m[1]), m[2], m[3]), m[2], true
}

// key is the article's identity that survives an edited slug or category: its numeric id. A mirror of
// ElDala numbers its articles alike, so its copy of a seen article is seen too.
func (s *eldala) key(id string) string { return "eldala:" + id }

func (s *eldala) fetchListing(ctx context.Context, f *fetcher, st State) (listing, error) {
	pg, err := f.listing(ctx, st, s.start.String())
	if err != nil {
		return listing{}, err
	}
	if pg.Status == http.StatusNotModified {
		return listing{notModified: true}, nil
	}
	return s.parseListing(pg), nil
}

// parseListing reads the news cards; when none is left (the layout changed), any link of the article
// shape will do, and the fallback is reported.
func (s *eldala) parseListing(pg *fetched) listing {
	doc := parseDoc(pg)
	var l listing
	ids := map[string]bool{}
	add := func(u *url.URL, title string, card *goquery.Selection) {
		canon, id, ok := s.article(u)
		if !ok || ids[id] {
			return
		}
		ids[id] = true
		it := item{URL: canon, Canonical: canon, Key: s.key(id), Title: title}
		if card != nil {
			dt := card.AttrOr("datetime", "")
			if dt == "" {
				dt = card.Find(s.cards.Date).First().AttrOr("datetime", "")
			}
			it.Published = parseISO(dt, s.list.loc)
		}
		l.items = append(l.items, it)
	}
	doc.Find(s.cards.Items).Each(func(_ int, card *goquery.Selection) {
		link := card
		if goquery.NodeName(card) != "a" {
			if link = card.Find(s.cards.Link).First(); link.Length() == 0 {
				link = card.Find("a[href]").First()
			}
		}
		title := fold(card.Find(s.cards.Title).First().Text())
		if title == "" {
			title = fold(link.Text())
		}
		add(resolve(pg.URL, link.AttrOr("href", "")), title, card)
	})
	if len(l.items) > 0 {
		return l
	}
	l.fallback = true
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		add(resolve(pg.URL, a.AttrOr("href", "")), fold(a.Text()), nil)
	})
	return l
}
