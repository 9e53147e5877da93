package crawler

import (
	"fmt"
	"net/url"

	"agrowatch/config"
)

// presetURLs are where presets start when the configuration names no url; a url moves the preset, and
// everything it fetches, to that host.
var presetURLs = map[string]string{
	"eldala":     eldalaURL,
	"apk-news":   apkNewsURL,
	"eurasianet": eurasianetURL,
	"govkz":      "https://www.gov.kz/",
}

// New builds the Source a configured source describes. deps.Client should come from NewClient and be
// shared by all sources; a source's delay or parallelism override is set on its host's gate here.
func New(src config.Source, httpCfg config.HTTP, deps Deps) (Source, error) {
	if deps.Client == nil {
		deps.Client = NewClient(httpCfg, deps.Logger)
	}
	if src.Delay > 0 || src.Parallelism > 0 {
		if hs := HostsOf(deps.Client); hs != nil {
			raw := src.URL
			if raw == "" {
				raw = presetURLs[src.Kind()]
			}
			if u, err := url.Parse(raw); err == nil && u.Host != "" {
				delay, par := httpCfg.Delay.D(), httpCfg.Parallelism
				if src.Delay > 0 {
					delay = src.Delay.D()
				}
				if src.Parallelism > 0 {
					par = src.Parallelism
				}
				hs.Set(hostOf(u), delay, par)
			}
		}
	}
	switch src.Kind() {
	case "eldala":
		return newEldala(src, httpCfg, deps)
	case "apk-news":
		return newAPKNews(src, httpCfg, deps)
	case "eurasianet":
		return newEurasianet(src, httpCfg, deps)
	case "govkz":
		return newGovKZ(src, httpCfg, deps)
	case "feed":
		return newFeed(src, httpCfg, deps)
	case "html":
		return newHTML(src, httpCfg, deps)
	}
	return nil, fmt.Errorf("crawler: source %s: unknown preset or type %q", src.Name, src.Kind())
}
