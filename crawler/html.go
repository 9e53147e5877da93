package crawler

import (
	"context"
	"log/slog"
	"net/http"

	"agrowatch/config"
	"agrowatch/preset"
)

// htmlSite reads a declaration with the HTML reader: the gacc preset and `type: html`. Every start URL
// is a listing read by the declaration's rule (lister); articles are read by its selectors, each found
// generically when it finds nothing. A site that answers with a JavaScript cookie challenge is passed
// in headless Chromium (challenge.go).
type htmlSite struct{ *base }

func newHTML(src config.Source, p preset.Preset, h config.HTTP, d Deps) (Source, error) {
	b, err := newBase(src, p, h, d)
	if err != nil {
		return nil, err
	}
	b.pass = newChallengePass(b, d)
	s := &htmlSite{base: b}
	b.site = s
	return s, nil
}

// fetchListing reads every listing. One that fails while another is read is logged and noted, not
// fatal: a column that moved must not silence the source's other listing.
func (s *htmlSite) fetchListing(ctx context.Context, f *fetcher, st State) (listing, error) {
	var l listing
	notModified, failed := 0, 0
	var firstErr error
	for _, u := range s.starts {
		pg, err := f.listing(ctx, st, u.String())
		if err != nil {
			if fatal(ctx, err) || len(s.starts) == 1 {
				return l, err
			}
			failed++
			if firstErr == nil {
				firstErr = err
			}
			s.log.Warn("listing unreadable", slog.String("url", u.String()), slog.String("err", err.Error()))
			l.notes = append(l.notes, "listing unreadable: "+u.String())
			continue
		}
		if pg.Status == http.StatusNotModified {
			notModified++
			continue
		}
		part := s.list.parse(pg)
		for _, it := range part.items {
			l.add(it)
		}
		l.fallback = l.fallback || part.fallback
	}
	switch {
	case failed == len(s.starts):
		return l, firstErr
	case notModified+failed == len(s.starts):
		// Nothing new where the site answered: a 304, with the failed listing's note kept.
		return listing{notModified: true, notes: l.notes}, nil
	}
	return l, nil
}

func (s *htmlSite) parseListing(pg *fetched) listing { return s.list.parse(pg) }
