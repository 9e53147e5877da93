package crawler

import (
	"agrowatch/config"
)

// Eurasianet publishes RSS; its regional agricultural round-ups are in English. When the feed is gone
// the home page's article links are read instead, and the health check reports the fallback.
const eurasianetURL = "https://eurasianet.org/rss"

func newEurasianet(src config.Source, h config.HTTP, d Deps) (Source, error) {
	s, err := newFeedSite(src, h, d, eurasianetURL, "en", []string{"/rss", "/feed", "/rss.xml"}, noFeedFallback)
	if err != nil {
		return nil, err
	}
	return s, nil
}
