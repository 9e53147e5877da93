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
}
