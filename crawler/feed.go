package crawler

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"agrowatch/config"
	"agrowatch/preset"
)

// noFeed says what a feed source does when its site offers no feed.
type noFeed int

const (
	noFeedError    noFeed = iota // type: feed — the user named a feed; its absence is an error
	noFeedListing                // apk-news, kazinform — reading the listing is the plan's second step
	noFeedFallback               // eurasianet — the feed was the plan; the listing is a degraded fallback
)

// relookFeed is how long a site found without a feed is read as a listing before looking again.
const relookFeed = 24 * time.Hour

// feedSite is a source read through its feed: the configured URL when it is a feed, else one the page
// announces with <link rel="alternate">, else one of the usual paths. Each item's page is read for the
// full text; the feed's own text stands in when the page cannot be read.
type feedSite struct {
	*base
	probes []string // paths tried when no feed is announced
	noFeed noFeed

	mu           sync.Mutex
	feedURL      string    // the feed found, "" until then
	listingUntil time.Time // no feed found: read the listing until then
}

func newFeedSite(src config.Source, p preset.Preset, h config.HTTP, d Deps, nf noFeed) (*feedSite, error) {
	b, err := newBase(src, p, h, d)
	if err != nil {
		return nil, err
	}
	s := &feedSite{base: b, probes: p.Feeds, noFeed: nf}
	b.site = s
	return s, nil
}

func (s *feedSite) known() (feedURL string, listing bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.feedURL, s.now().Before(s.listingUntil)
}

func (s *feedSite) remember(feedURL string, listingUntil time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feedURL, s.listingUntil = feedURL, listingUntil
}

func (s *feedSite) fetchListing(ctx context.Context, f *fetcher, st State) (listing, error) {
	feedURL, listingMode := s.known()
	switch {
	case feedURL != "":
		pg, err := f.listing(ctx, st, feedURL)
		if err == nil {
			if pg.Status == http.StatusNotModified {
				return listing{notModified: true}, nil
			}
			var items []item
			if items, err = feedItems(pg.Body, pg.URL); err == nil {
				return listing{items: s.fromFeed(items)}, nil
			}
		}
		if fatal(ctx, err) {
			return listing{}, err
		}
		s.log.Warn("feed unusable: looking for it again", slog.String("feed", feedURL), slog.Any("err", err))
		s.remember("", time.Time{})
	case listingMode:
		pg, err := f.listing(ctx, st, s.start.String())
		if err != nil {
			return listing{}, err
		}
		if pg.Status == http.StatusNotModified {
			return listing{notModified: true}, nil
		}
		return s.withoutFeed(s.patternListing(pg)), nil
	}
	return s.discover(ctx, f, st)
}

// discover fetches the start URL and finds the feed: the URL itself, an announced feed, or a probe.
func (s *feedSite) discover(ctx context.Context, f *fetcher, st State) (listing, error) {
	start := s.start.String()
	pg, err := f.fresh(ctx, st, start)
	if err != nil {
		return listing{}, err
	}
	if isFeed(pg.Body) {
		items, err := feedItems(pg.Body, pg.URL)
		if err != nil {
			return listing{}, fmt.Errorf("crawler: %s: feed %s: %w", s.name, start, err)
		}
		s.remember(start, time.Time{})
		return listing{items: s.fromFeed(items)}, nil
	}
	candidates := feedLinks(parseDoc(pg), pg.URL)
	for _, p := range s.probes {
		if u := resolve(s.start, p); u != nil {
			candidates = append(candidates, u.String())
		}
	}
	tried := map[string]bool{start: true}
	for _, c := range candidates {
		if tried[c] {
			continue
		}
		tried[c] = true
		fp, err := f.fresh(ctx, st, c)
		if err != nil {
			if fatal(ctx, err) {
				return listing{}, err
			}
			s.log.Debug("no feed here", slog.String("url", c), slog.Any("err", err))
			f.forget(c)
			continue
		}
		items, err := feedItems(fp.Body, fp.URL)
		if err != nil {
			s.log.Debug("not a feed", slog.String("url", c), slog.Any("err", err))
			f.forget(c)
			continue
		}
		s.log.Info("feed found", slog.String("feed", c))
		s.remember(c, time.Time{})
		f.forget(start) // the start page is not this source's listing
		return listing{items: s.fromFeed(items)}, nil
	}
	if s.noFeed == noFeedError {
		return listing{}, fmt.Errorf("crawler: %s: %s is not a feed and announces none", s.name, start)
	}
	s.log.Info("no feed found: reading the listing's links", slog.String("url", start))
	s.remember("", s.now().Add(relookFeed))
	return s.withoutFeed(s.patternListing(pg)), nil
}

// fromFeed gives feed items the article keys the declaration knows of the site. Their dates stay as
// the feed writes them: a feed names its zone.
func (s *feedSite) fromFeed(items []item) []item {
	for i := range items {
		if u, err := url.Parse(items[i].URL); err == nil {
			items[i].Key = s.list.item(u, "").Key
		}
	}
	return items
}

// withoutFeed marks a listing read without a feed: a note, and for a source whose feed was the plan, a
// fallback that the health check reports, as it does when the declaration's listing rule found nothing.
func (s *feedSite) withoutFeed(l listing) listing {
	if s.list.rule.Empty() {
		l.notes = append(l.notes, "no feed found: reading the listing's links by URL pattern")
	} else {
		l.notes = append(l.notes, "no feed found: reading the listing")
	}
	l.fallback = l.fallback || s.noFeed == noFeedFallback
	return l
}

// patternListing reads the start page as a listing: by the declaration's rule, else by the look of
// article links.
func (s *feedSite) patternListing(pg *fetched) listing { return s.list.parse(pg) }

func (s *feedSite) parseListing(pg *fetched) listing {
	if isFeed(pg.Body) {
		items, err := feedItems(pg.Body, pg.URL)
		if err == nil {
			return listing{items: s.fromFeed(items)}
		}
	}
	return s.patternListing(pg)
}
