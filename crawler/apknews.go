package crawler

import (
	"agrowatch/config"
)

// apk-news.kz: its markup, feeds and encoding are unknown, so nothing is assumed. A feed announced on
// the home page comes first, then the usual feed paths (WordPress answers /feed/), and without a feed
// the home page's links that look like articles; the text is found by generic extraction.
const apkNewsURL = "https://apk-news.kz/"

func newAPKNews(src config.Source, h config.HTTP, d Deps) (Source, error) {
	s, err := newFeedSite(src, h, d, apkNewsURL, "ru", []string{"/feed/", "/rss", "/rss.xml"}, noFeedListing)
	if err != nil {
		return nil, err
	}
	return s, nil
}
