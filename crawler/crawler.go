package crawler

import (
	"fmt"

	"agrowatch/config"
	"agrowatch/preset"
)

// New builds the Source a configured source describes, from its declaration (package preset): a
// shipped preset, its edition picked by lang and moved by url, or the declaration a type html or feed
// source writes. deps.Client should come from NewClient and be shared by all sources. New changes
// nothing outside the Source it returns: a source's delay and parallelism are the client's business
// (Hosts.Configure), so that sources can be built and dropped while others poll.
func New(src config.Source, httpCfg config.HTTP, deps Deps) (Source, error) {
	p, err := src.Declaration()
	if err != nil {
		return nil, fmt.Errorf("crawler: source %s: %w", src.Name, err)
	}
	return newFrom(src, p, httpCfg, deps)
}

// newFrom builds a source from a resolved declaration (one edition).
func newFrom(src config.Source, p preset.Preset, httpCfg config.HTTP, deps Deps) (Source, error) {
	if deps.Client == nil {
		deps.Client = NewClient(httpCfg, deps.Logger)
	}
	switch p.Reader {
	case preset.ElDala:
		return newEldala(src, p, httpCfg, deps)
	case preset.GovKZ:
		// The adapter reads its site, edition and default project from the declaration.
		e := p.Editions[0]
		g := src
		g.URL, g.Lang = e.Start[0], e.Lang
		if g.Project == "" && len(p.Projects) > 0 {
			g.Project = p.Projects[0]
		}
		return newGovKZ(g, httpCfg, deps)
	case preset.Feed:
		nf := noFeedListing // the listing is the plan's second step
		switch {
		case src.Type == "feed":
			nf = noFeedError // the user named a feed; its absence is an error
		case p.NoFeedDegraded:
			nf = noFeedFallback
		}
		return newFeedSite(src, p, httpCfg, deps, nf)
	case preset.HTML:
		return newHTML(src, p, httpCfg, deps)
	}
	return nil, fmt.Errorf("crawler: source %s: preset %s has no reader %q", src.Name, p.Name, p.Reader)
}
