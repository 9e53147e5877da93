package crawler

import (
	"bytes"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"
)

// feedTypes are the <link rel="alternate"> types of a feed.
var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true,
	"application/json": false, "application/xml": true, "text/xml": true,
}

// feedLinks lists the feeds a page announces with <link rel="alternate">, on the page's own site,
// comment feeds last.
func feedLinks(doc *goquery.Document, base *url.URL) []string {
	var main, comments []string
	doc.Find("link[rel][href]").Each(func(_ int, s *goquery.Selection) {
		rels := strings.Fields(strings.ToLower(s.AttrOr("rel", "")))
		typ := strings.ToLower(strings.TrimSpace(s.AttrOr("type", "")))
		if !slices.Contains(rels, "alternate") || !feedTypes[typ] {
			return
		}
		u := resolve(base, s.AttrOr("href", ""))
		if u == nil || !sameSite(u, base) {
			return
		}
		if strings.Contains(strings.ToLower(u.Path), "comment") {
			comments = append(comments, u.String())
		} else {
			main = append(main, u.String())
		}
	})
	return append(main, comments...)
}

// isFeed says whether a body is RSS, Atom or JSON Feed rather than a page.
func isFeed(body []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(body[:min(len(body), 1024)]))
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	if bytes.HasPrefix(head, []byte("{")) {
		return bytes.Contains(head, []byte("jsonfeed.org"))
	}
	if bytes.HasPrefix(head, []byte("<?xml")) {
		return !bytes.Contains(head, []byte("<html"))
	}
	return bytes.HasPrefix(head, []byte("<rss")) || bytes.HasPrefix(head, []byte("<feed")) || bytes.HasPrefix(head, []byte("<rdf"))
}

// feedItems parses a feed. Items keep their metadata (FromFeed) and their text as the fallback
// content; links are resolved against the feed's URL.
func feedItems(body []byte, feedURL *url.URL) ([]item, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	var l listing
	for _, fi := range feed.Items {
		link := strings.TrimSpace(fi.Link)
		if link == "" && len(fi.Links) > 0 {
			link = fi.Links[0]
		}
		if link == "" && (strings.HasPrefix(fi.GUID, "http://") || strings.HasPrefix(fi.GUID, "https://")) {
			link = fi.GUID
		}
		u := resolve(feedURL, link)
		if u == nil {
			continue
		}
		it := item{URL: u.String(), Canonical: canonicalURL(u), Title: inlineText(fi.Title), FromFeed: true}
		switch {
		case fi.PublishedParsed != nil:
			it.Published = *fi.PublishedParsed
		case fi.UpdatedParsed != nil:
			it.Published = *fi.UpdatedParsed
		}
		content := fi.Content
		if strings.TrimSpace(content) == "" {
			content = fi.Description
		}
		it.Content = htmlText(content)
		l.add(it)
	}
	return l.items, nil
}

// inlineText is an HTML snippet as one line of text.
func inlineText(s string) string { return fold(strings.ReplaceAll(htmlText(s), "\n\n", " ")) }

// notArticle are path words of pages that list or describe rather than report.
var notArticle = regexp.MustCompile(`(?i)/(tags?|category|categories|rubric|rubrics|section|author|authors|page|search|wp-content|wp-admin|wp-json|wp-login|feed|rss|login|register|about|contacts?|advert|reklama|privacy|sitemap|cdn-cgi)(/|$)|\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|rar|mp[34]|avi)$`)

// articleish matches paths that look like one article: a long number, a date, or a long slug.
var articleish = regexp.MustCompile(`\d{4,}|/\d{4}/\d{1,2}/|[^/]*-[^/]*-[^/]*-[^/]+/?$`)

// looksLikeArticle is the generic guess of what an article link looks like on an unknown site.
func looksLikeArticle(u, site *url.URL) bool {
	if !sameSite(u, site) || u.Path == "" || u.Path == "/" {
		return false
	}
	return !notArticle.MatchString(u.Path) && articleish.MatchString(u.Path)
}

// parseDoc parses a fetched page; the HTML parser only fails on a failing reader, never on content.
func parseDoc(pg *fetched) *goquery.Document {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(pg.Body))
	if err != nil {
		doc, _ = goquery.NewDocumentFromReader(strings.NewReader(""))
	}
	return doc
}
