package crawler

import (
	"log/slog"
	"net/http"
	"time"
)

// Deps are what every source is given: nothing is global, so tests can fake each of them.
type Deps struct {
	// Client carries every request a source makes (pages, feeds, APIs, robots.txt). The caller builds it
	// once with NewClient so that sources on one host share that host's politeness limits.
	Client *http.Client
	Logger *slog.Logger
	Now    func() time.Time
	// ChromiumPath is the headless browser used to obtain gov.kz API tokens; "" means look it up.
	ChromiumPath string
	// Fetched is told of every page a source fetches (listings, feeds, articles) and what it came to:
	// ok, not_modified, http_error, network_error, robots_denied or oversized. May be nil.
	Fetched func(source, result string)
}
