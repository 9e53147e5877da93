package crawler

import (
	"net/url"
	"testing"
	"unicode/utf8"
)

// FuzzFeedItems: any feed gives items or an error, never a panic; every item is an http(s) link,
// listed once, with UTF-8 title and text.
func FuzzFeedItems(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0"?><rss version="2.0"><channel><item><title>Экспорт &amp; импорт</title><link>/news/1</link><pubDate>Mon, 02 Jan 2006 15:04:05 +0500</pubDate><description>&lt;p&gt;Текст&lt;/p&gt;</description></item><item><link>javascript:alert(1)</link></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;b&gt;A&lt;/b&gt;</title><link href="https://example.org/a"/><updated>2024-02-09T05:30:00Z</updated><content type="html">x</content></entry></feed>`,
		`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"https://example.org/1","url":"https://example.org/1","content_html":"<p>x</p>"}]}`,
		`<rss><channel><item><guid>https://example.org/g</guid></item><item><guid>https://example.org/g</guid></item></channel></rss>`,
		"<rss><channel><item><title>\xff\xfe</title><link>https://example.org/\x00</link></item>",
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><link>https://example.org/r</link></item></rdf:RDF>`,
	} {
		f.Add([]byte(s))
	}
	base, _ := url.Parse("https://example.org/feed/")
	f.Fuzz(func(t *testing.T, body []byte) {
		_ = isFeed(body)
		items, err := feedItems(body, base)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, it := range items {
			u, err := url.Parse(it.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("item URL %q", it.URL)
			}
			if seen[it.Canonical] {
				t.Fatalf("%q listed twice", it.Canonical)
			}
			seen[it.Canonical] = true
			if !utf8.ValidString(it.Title) || !utf8.ValidString(it.Content) {
				t.Fatalf("not UTF-8: %q %q", it.Title, it.Content)
			}
		}
	})
}
