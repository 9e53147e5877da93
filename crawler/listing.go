package crawler

import (
	"net/url"
	"regexp"
	"time"

	"github.com/PuerkitoBio/goquery"

	"agrowatch/preset"
)

// lister reads a listing page by a declaration's rule (package preset): its entries, its links or a
// URL pattern. A rule that finds nothing means the layout changed: links that look like articles are
// taken instead and the listing says it fell back. A declaration without a rule is read that generic
// way by plan, which is no fallback.
type lister struct {
	rule    preset.Listing
	pattern *regexp.Regexp // nil: any link of the site
	key     *regexp.Regexp // nil: the site gives no stable id
	prefix  string         // of keys: the declaration's name
	loc     *time.Location
	start   *url.URL
}

func newLister(p preset.Preset, start *url.URL) (lister, error) {
	ls := lister{rule: p.Listing, prefix: p.Name, loc: p.Location(), start: start}
	var err error
	if p.Listing.Pattern != "" {
		if ls.pattern, err = regexp.Compile(p.Listing.Pattern); err != nil {
			return ls, err // config validation refuses it first; a hand-made declaration may not have been
		}
	}
	if p.Key != "" {
		if ls.key, err = regexp.Compile(p.Key); err != nil {
			return ls, err
		}
	}
	return ls, nil
}

// match says whether a URL is one of this source's articles by the rule's pattern.
func (ls lister) match(u *url.URL) bool {
	return sameSite(u, ls.start) && (ls.pattern == nil || ls.pattern.MatchString(u.String()))
}

// item is the listing entry of an article URL, keyed by the site's id when the declaration knows it.
func (ls lister) item(u *url.URL, title string) item {
	it := item{URL: u.String(), Canonical: canonicalURL(u), Title: title}
	if ls.key != nil {
		if m := ls.key.FindStringSubmatch(u.Path); len(m) > 1 && m[1] != "" {
			it.Key = ls.prefix + ":" + m[1]
		}
	}
	return it
}

func (ls lister) parse(pg *fetched) listing {
	doc := parseDoc(pg)
	var l listing
	switch {
	case ls.rule.Items != "":
		l = ls.entries(doc, pg.URL)
	case ls.rule.Links != "":
		l = ls.links(doc, pg.URL)
	case ls.pattern != nil:
		return ls.anyLinks(doc, pg.URL, ls.match)
	default:
		return ls.anyLinks(doc, pg.URL, func(u *url.URL) bool { return looksLikeArticle(u, ls.start) })
	}
	if len(l.items) > 0 {
		return l
	}
	match := func(u *url.URL) bool { return looksLikeArticle(u, ls.start) }
	if ls.pattern != nil {
		match = ls.match
	}
	l = ls.anyLinks(doc, pg.URL, match)
	l.fallback = true
	return l
}

// entries reads one item per entry: its link, its title (a title attribute first: a listing often
// shortens the text and keeps the whole title there), its date in the site's zone.
func (ls lister) entries(doc *goquery.Document, base *url.URL) listing {
	var l listing
	doc.Find(ls.rule.Items).Each(func(_ int, entry *goquery.Selection) {
		a := entry
		if _, ok := entry.Attr("href"); !ok || goquery.NodeName(entry) != "a" {
			sel := "a[href]"
			if ls.rule.Link != "" {
				sel = ls.rule.Link
			}
			if a = entry.Find(sel).First(); a.Length() == 0 {
				return
			}
		}
		u := resolve(base, a.AttrOr("href", ""))
		if u == nil || !ls.match(u) {
			return
		}
		title := ""
		if ls.rule.Title != "" {
			t := entry.Find(ls.rule.Title).First()
			if title = fold(t.AttrOr("title", "")); title == "" {
				title = fold(t.Text())
			}
		}
		if title == "" {
			if title = fold(a.AttrOr("title", "")); title == "" {
				title = fold(a.Text())
			}
		}
		it := ls.item(u, title)
		if ls.rule.Date != "" {
			it.Published = selectedDate(entry.Find(ls.rule.Date).First(), ls.loc)
		}
		l.add(it)
	})
	return l
}

// links reads the links a selector picks (or the first link inside what it picks).
func (ls lister) links(doc *goquery.Document, base *url.URL) listing {
	var l listing
	doc.Find(ls.rule.Links).Each(func(_ int, sel *goquery.Selection) {
		a := sel
		if _, ok := sel.Attr("href"); !ok {
			a = sel.Find("a[href]").First()
		}
		u := resolve(base, a.AttrOr("href", ""))
		if u == nil || !ls.match(u) {
			return
		}
		title := fold(a.Text())
		if title == "" {
			title = fold(sel.Text())
		}
		l.add(ls.item(u, title))
	})
	return l
}

// anyLinks collects the page's links that match, titled with their text.
func (ls lister) anyLinks(doc *goquery.Document, base *url.URL, match func(*url.URL) bool) listing {
	var l listing
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		u := resolve(base, s.AttrOr("href", ""))
		if u == nil || !match(u) {
			return
		}
		title := fold(s.Text())
		if title == "" {
			title = fold(s.AttrOr("title", ""))
		}
		l.add(ls.item(u, title))
	})
	return l
}
