package crawler

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// Inspector is what `agrowatch sources check` asks of a source: what it would read now, marking
// nothing seen and storing no validators. Every source of this package but govkz satisfies it.
type Inspector interface {
	// Inspect with page == nil fetches the listing and every article on it. With a saved page, it
	// parses that page: a listing or feed gives its items (their pages are not fetched), an article
	// page gives one item. st may be nil; it only fills Item.Seen.
	Inspect(ctx context.Context, st State, page []byte) ([]Item, error)
}

// Item is one article as Inspect saw it.
type Item struct {
	Title     string    `json:"title"`
	URL       string    `json:"url"` // canonical
	Published time.Time `json:"published,omitempty"`
	BodyLen   int       `json:"body_len"` // characters of text
	Text      string    `json:"text,omitempty"`
	Seen      bool      `json:"seen,omitempty"`
	Error     string    `json:"error,omitempty"` // why the page could not be read
}

// Inspect implements Inspector for every source built on base.
func (b *base) Inspect(ctx context.Context, st State, page []byte) ([]Item, error) {
	if page != nil {
		return b.inspectPage(st, page)
	}
	f := b.newFetcher(ctx, false)
	l, err := b.site.fetchListing(ctx, f, nil)
	if err != nil {
		return nil, err
	}
	if l.fallback {
		b.log.Warn("inspect: the preset's selectors found nothing, generic discovery used")
	}
	var out []Item
	for _, it := range l.items {
		a, _, err := b.read(ctx, f, Validators{}, it)
		in := Item{Title: a.Title, URL: a.URL, Published: a.Published, Text: a.Text, BodyLen: len([]rune(a.Text))}
		if err != nil {
			if fatal(ctx, err) {
				return out, err
			}
			in.Error = err.Error()
		}
		if in.Seen, err = seen(st, in.URL); err != nil {
			return out, err
		}
		out = append(out, in)
	}
	return out, nil
}

func seen(st State, u string) (bool, error) {
	if st == nil {
		return false, nil
	}
	ok, err := st.Seen(u)
	if err != nil {
		return false, fmt.Errorf("crawler: seen %s: %w", u, err)
	}
	return ok, nil
}

// inspectPage reads a saved page as this source would: relative links resolve against the source's
// start URL, an article's identity is the page's canonical link when it names one.
func (b *base) inspectPage(st State, raw []byte) ([]Item, error) {
	body, err := decodeUTF8(raw, "", b.charset)
	if err != nil {
		return nil, err
	}
	pg := &fetched{URL: b.start, Status: 200, Body: body}
	doc := parseDoc(pg)
	feed := isFeed(body)
	if feed || !articlePage(doc) {
		// A page that only yields a fallback listing or a couple of links beside its own <h1> is an
		// article with links to others, not a listing.
		l := b.site.parseListing(pg)
		if feed || len(l.items) > 0 && !l.fallback && (len(l.items) >= 3 || titleHeading(doc) == nil) {
			out := make([]Item, 0, len(l.items))
			for _, it := range l.items {
				in := Item{Title: it.Title, URL: it.Canonical, Published: it.Published, Text: it.Content, BodyLen: len([]rune(it.Content))}
				if in.Seen, err = seen(st, in.URL); err != nil {
					return out, err
				}
				out = append(out, in)
			}
			return out, nil
		}
	}
	u := b.start
	for _, q := range []string{`link[rel="canonical"]`, `meta[property="og:url"]`} {
		s := doc.Find(q).First()
		if r := resolve(b.start, s.AttrOr("href", s.AttrOr("content", ""))); r != nil {
			u = r
			break
		}
	}
	pg.URL = u
	x := b.site.readArticle(pg, item{})
	in := Item{Title: x.Title, URL: canonicalURL(u), Published: x.Published, Text: x.Text, BodyLen: len([]rune(x.Text))}
	if in.Seen, err = seen(st, in.URL); err != nil {
		return nil, err
	}
	return []Item{in}, nil
}

// articlePage says whether a page declares itself one article (og:type, article metadata, JSON-LD).
func articlePage(doc *goquery.Document) bool {
	if strings.EqualFold(doc.Find(`meta[property="og:type"]`).AttrOr("content", ""), "article") {
		return true
	}
	if doc.Find(`meta[property="article:published_time"]`).Length() > 0 {
		return true
	}
	found := false
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) == nil {
			t := jsonLDField(v, "@type")
			found = strings.Contains(t, "Article") || t == "BlogPosting"
		}
		return !found
	})
	return found
}
