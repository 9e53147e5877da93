package crawler

import (
	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// The selectors generic extraction asks of every page, compiled once: goquery's Find compiles its
// selector at each call.
var (
	selH1            = cascadia.MustCompile("h1")
	selTitle         = cascadia.MustCompile("title")
	selOGTitle       = cascadia.MustCompile(`meta[property="og:title"]`)
	selTimeDatetime  = cascadia.MustCompile("time[datetime]")
	selJSONLD        = cascadia.MustCompile(`script[type="application/ld+json"]`)
	selArticleRegion = cascadia.MustCompile("article, main, [itemprop=articleBody]")
	selDateNamed     = cascadia.MustCompile(`[class*=date], [class*=time], [class*=publish], [class*=posted], [id*=date], [itemprop*=date]`)
	selArticle       = cascadia.MustCompile("article")
	selMain          = cascadia.MustCompile("main")
	selAny           = cascadia.MustCompile("*")

	// selPublished are where a page's metadata states its publication date, in the order they are trusted.
	selPublished = compileAll(
		`meta[property="article:published_time"]`, `meta[name="article:published_time"]`,
		`meta[itemprop="datePublished"]`, `[itemprop="datePublished"][datetime]`, `[itemprop="datePublished"][content]`,
		`meta[name="pubdate"]`, `meta[name="publish-date"]`, `meta[property="og:published_time"]`, `meta[name="date"]`,
	)
	// selFallback are the elements whose text is the article when readability finds none.
	selFallback = compileAll("[itemprop=articleBody]", "article", "main", "body")
)

func compileAll(selectors ...string) []goquery.Matcher {
	out := make([]goquery.Matcher, len(selectors))
	for i, s := range selectors {
		out[i] = cascadia.MustCompile(s)
	}
	return out
}

// compileSelector compiles a configured selector. One that does not compile matches nothing, as with
// goquery's Find (the declaration's check refuses it before a source is built).
func compileSelector(s string) goquery.Matcher {
	if s == "" {
		return nil
	}
	m, err := cascadia.Compile(s)
	if err != nil {
		return noMatch{}
	}
	return m
}

// noMatch is a selector that matches nothing.
type noMatch struct{}

func (noMatch) Match(*html.Node) bool               { return false }
func (noMatch) MatchAll(*html.Node) []*html.Node    { return nil }
func (noMatch) Filter(ns []*html.Node) []*html.Node { return nil }

// firstMatch is the first element below root, in document order, that m matches and accept (nil:
// any) takes: Find's first, without walking the rest of the page.
func firstMatch(root *html.Node, m goquery.Matcher, accept func(*html.Node) bool) *html.Node {
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && m.Match(c) && (accept == nil || accept(c)) {
			return c
		}
		if n := firstMatch(c, m, accept); n != nil {
			return n
		}
	}
	return nil
}
