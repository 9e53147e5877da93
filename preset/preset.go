// Package preset declares the sites agrowatch knows by name. A preset is data: its start URLs per
// edition, how it is read (selectors, a feed, or an adapter of the crawler's own), the zone of its dates,
// its default interval. The configuration's validator, the crawler and `agrowatch sources presets` all
// read these declarations, and a user's `type: html` source is the same declaration written in
// config.yaml. Nothing in a declaration was checked against the live sites: every selector is a
// hypothesis, and the crawler falls back to generic discovery, and says so, when one finds nothing.
package preset

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
)

// Reader says how a preset is read.
type Reader string

const (
	// HTML: the listing pages' entries by selector (Listing), each article page by selector (Article)
	// or generically; the site's own JavaScript cookie challenge is passed in headless Chromium.
	HTML Reader = "html"
	// Feed: a feed the start page announces, else one of Feeds; without a feed, the start page read
	// as an HTML listing.
	Feed Reader = "feed"
	// ElDala and GovKZ are adapters with code of their own in the crawler (news cards keyed by numeric
	// id; a JSON API behind browser-computed tokens). Their declarations still give what they read.
	ElDala Reader = "eldala"
	GovKZ  Reader = "govkz"
)

// Preset is one site.
type Preset struct {
	Name     string
	About    string // one line: what the site is and what it is read for
	Reader   Reader
	Editions []Edition     // the languages it is read in; the first is the default
	Interval time.Duration // default poll interval
	// Zone is the offset from UTC of dates the site writes without one.
	Zone time.Duration
	// Charset decodes pages that name no encoding and are not UTF-8 ("" means windows-1251, the
	// likeliest for an unlabelled Kazakh page).
	Charset string
	Listing Listing
	Article Article
	// Feeds are the paths tried, resolved against the start URL, when the start page announces no feed.
	Feeds []string
	// NoFeedDegraded says the feed is the plan: reading the listing instead is a fallback shown in
	// health. Otherwise the listing is the plan's second step.
	NoFeedDegraded bool
	// Key is a regular expression over an article URL's path whose first group is the site's stable id
	// for it: the article stays one article when its slug or section changes.
	Key string
	// Projects are the gov.kz projects the GovKZ reader accepts; the first is the default.
	Projects []string
}

// Edition is one language of a site.
type Edition struct {
	Lang string // as written in `lang:`: ru, kk, kk-latn, en, zh
	// Text is the language its articles are written in, when Lang names a script too (kk-latn is kk).
	Text  string
	Start []string // absolute start URLs; none known: the source must give url
}

// TextLang is the language of the edition's articles.
func (e Edition) TextLang() string {
	if e.Text != "" {
		return e.Text
	}
	return e.Lang
}

// Listing finds the articles on a listing page. Items with Link, Title and Date read one entry each;
// Links is a selector of article links; Pattern is a regular expression their absolute URLs match (a
// filter of the others, or the only rule). With none of them, links that look like articles are taken.
type Listing struct {
	Items   string // selector of one entry
	Link    string // within an entry: its link (default: the first a[href], or the entry itself)
	Title   string // within an entry: its title, from a title attribute when the element has one, else its text
	Date    string // within an entry: its date, from a datetime attribute or its text
	Links   string // selector of article links, when there are no entries
	Pattern string // regular expression over an article's absolute URL
}

// Empty says the listing has no rule of its own.
func (l Listing) Empty() bool { return l == Listing{} }

// Article finds title, body and date on an article page; an empty selector means generic extraction.
type Article struct {
	Title, Body, Date string
}

// Langs lists the editions' languages, the default first.
func (p Preset) Langs() []string {
	out := make([]string, 0, len(p.Editions))
	for _, e := range p.Editions {
		out = append(out, e.Lang)
	}
	return out
}

// Edition returns the edition of a language, or the default edition for "".
func (p Preset) Edition(lang string) (Edition, bool) {
	if len(p.Editions) == 0 {
		return Edition{}, false
	}
	if lang == "" {
		return p.Editions[0], true
	}
	for _, e := range p.Editions {
		if e.Lang == lang {
			return e, true
		}
	}
	return Edition{}, false
}

// Host is the host of the default edition's first start URL: where the preset's requests go unless a
// source moves it with url.
func (p Preset) Host() string {
	for _, e := range p.Editions {
		for _, s := range e.Start {
			if u, err := url.Parse(s); err == nil {
				return u.Host
			}
		}
	}
	return ""
}

// Location is the zone of dates written without one.
func (p Preset) Location() *time.Location {
	return Zone(p.Zone)
}

// Zone names a UTC offset as the crawler writes it ("UTC+5", "UTC+8").
func Zone(offset time.Duration) *time.Location {
	h := int(offset / time.Hour)
	m := int((offset % time.Hour) / time.Minute)
	name := fmt.Sprintf("UTC%+d", h)
	if m != 0 {
		name += fmt.Sprintf(":%02d", abs(m))
	}
	return time.FixedZone(name, int(offset/time.Second))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// ParseZone reads an offset written "+08:00", "+8", "UTC+8" or "-03:30".
func ParseZone(s string) (time.Duration, error) {
	v := strings.TrimPrefix(strings.TrimSpace(s), "UTC")
	if v == "" || (v[0] != '+' && v[0] != '-') {
		return 0, fmt.Errorf("%q is not a UTC offset (write it like +08:00)", s)
	}
	sign := time.Duration(1)
	if v[0] == '-' {
		sign = -1
	}
	hh, mm, _ := strings.Cut(v[1:], ":")
	var h, m int
	if _, err := fmt.Sscanf(hh, "%d", &h); err != nil || h > 14 || len(hh) > 2 {
		return 0, fmt.Errorf("%q is not a UTC offset (write it like +08:00)", s)
	}
	if mm != "" {
		if _, err := fmt.Sscanf(mm, "%d", &m); err != nil || m > 59 || len(mm) != 2 {
			return 0, fmt.Errorf("%q is not a UTC offset (write it like +08:00)", s)
		}
	}
	return sign * (time.Duration(h)*time.Hour + time.Duration(m)*time.Minute), nil
}

// FieldError is a mistake in one field of a declaration; Field is the configuration key that holds it.
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return fmt.Sprintf("preset: %s: %v", e.Field, e.Err) }
func (e *FieldError) Unwrap() error { return e.Err }

// Check validates a declaration: selectors parse, patterns compile, every edition has a language and
// absolute http(s) start URLs. goquery quietly matches nothing with a broken selector, and a broken
// pattern would only show when the crawler starts: both are refused here, where they can be named.
func (p Preset) Check() error {
	bad := func(field string, err error) error { return &FieldError{Field: field, Err: err} }
	if p.Name == "" {
		return bad("name", errors.New("a preset needs a name"))
	}
	switch p.Reader {
	case HTML, Feed, ElDala, GovKZ:
	default:
		return bad("reader", fmt.Errorf("unknown reader %q", p.Reader))
	}
	if len(p.Editions) == 0 {
		return bad("lang", errors.New("a preset needs at least one edition"))
	}
	seen := map[string]bool{}
	for _, e := range p.Editions {
		// A user's source may leave its language to detection; a site with editions names each.
		if seen[e.Lang] || (e.Lang == "" && len(p.Editions) > 1) {
			return bad("lang", fmt.Errorf("edition %q: empty or repeated", e.Lang))
		}
		seen[e.Lang] = true
		host := ""
		for _, s := range e.Start {
			u, err := url.Parse(s)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return bad("url", fmt.Errorf("%q is not an http(s) URL", s))
			}
			// A source stays on one site: its listings are on it, and so is everything it follows.
			if h := strings.TrimPrefix(strings.ToLower(u.Host), "www."); host == "" {
				host = h
			} else if h != host {
				return bad("url", fmt.Errorf("edition %q starts on two sites, %s and %s", e.Lang, host, h))
			}
		}
	}
	if p.Interval < 0 {
		return bad("interval", errors.New("must not be negative"))
	}
	for _, s := range []struct{ field, sel string }{
		{"items", p.Listing.Items}, {"item_link", p.Listing.Link}, {"item_title", p.Listing.Title},
		{"item_date", p.Listing.Date}, {"links", p.Listing.Links},
		{"title", p.Article.Title}, {"body", p.Article.Body}, {"date", p.Article.Date},
	} {
		if s.sel == "" {
			continue
		}
		if _, err := cascadia.ParseGroup(s.sel); err != nil {
			return bad(s.field, fmt.Errorf("%q is not a CSS selector: %w", s.sel, err))
		}
	}
	for _, r := range []struct{ field, re string }{{"link_pattern", p.Listing.Pattern}, {"key", p.Key}} {
		if r.re == "" {
			continue
		}
		if _, err := regexp.Compile(r.re); err != nil {
			return bad(r.field, fmt.Errorf("not a regular expression: %w", err)) // the error quotes it
		}
	}
	if p.Listing.Items == "" && (p.Listing.Link != "" || p.Listing.Title != "" || p.Listing.Date != "") {
		return bad("items", errors.New("item_link, item_title and item_date are read inside items: give items too"))
	}
	if p.Charset != "" && !knownCharset(p.Charset) {
		return bad("charset", fmt.Errorf("%q is not an encoding this program decodes", p.Charset))
	}
	return nil
}

// knownCharset lists the labels the crawler's decoder is asked to fall back to.
func knownCharset(s string) bool {
	return slices.Contains([]string{"utf-8", "gbk", "gb18030", "gb2312", "windows-1251", "koi8-r", "big5"}, strings.ToLower(s))
}

// Lookup returns the shipped preset of that name.
func Lookup(name string) (Preset, bool) {
	for _, p := range All() {
		if p.Name == name {
			return p, true
		}
	}
	return Preset{}, false
}

// Names lists the shipped presets in their order.
func Names() []string {
	var out []string
	for _, p := range All() {
		out = append(out, p.Name)
	}
	return out
}
