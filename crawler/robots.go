package crawler

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"

	"agrowatch/config"
)

// robotsCache keeps each host's robots.txt for http.robots_ttl. colly's own robots support is not used:
// it caches for a collector's life, fetches without a context and outside any limit. This cache is
// shared by every source on the client (NewClient makes one), fetches through the client (so through
// the host's gate, with the User-Agent), and honours the poll's context.
type robotsCache struct {
	client *http.Client
	ua     string
	ttl    time.Duration
	log    *slog.Logger
	now    func() time.Time // when a copy expires; tests move it

	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	mu    sync.Mutex // one fetch per host at a time
	data  *robotstxt.RobotsData
	until time.Time
}

const (
	robotsMaxBody = 512 << 10 // what Google reads of a robots.txt
	// robotsStale is how long an old robots.txt stays in use when re-reading it fails.
	robotsStale = 5 * time.Minute
)

func newRobotsCache(client *http.Client, cfg config.HTTP, logger *slog.Logger) *robotsCache {
	cfg = httpDefaults(cfg)
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &robotsCache{client: client, ua: cfg.UserAgent, ttl: cfg.RobotsTTL.D(), log: logger, now: time.Now, hosts: map[string]*robotsEntry{}}
}

// allowed reports whether robots.txt lets our User-Agent fetch u. A robots.txt that cannot be read (a
// network error, 429, 5xx) is an error, not a permission: nothing of the host is fetched until it can.
func (r *robotsCache) allowed(ctx context.Context, u *url.URL) (bool, error) {
	key := u.Scheme + "://" + hostOf(u)
	r.mu.Lock()
	e, ok := r.hosts[key]
	if !ok {
		e = &robotsEntry{}
		r.hosts[key] = e
	}
	r.mu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	if e.data == nil || r.now().After(e.until) {
		data, err := r.fetch(ctx, key+"/robots.txt")
		switch {
		case err == nil:
			e.data, e.until = data, r.now().Add(r.ttl)
		case e.data != nil && ctx.Err() == nil:
			r.log.Warn("robots.txt: keeping the old copy", slog.String("host", key), slog.Any("err", err))
			e.until = r.now().Add(robotsStale)
		default:
			return false, err
		}
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return e.data.TestAgent(path, r.ua), nil
}

func (r *robotsCache) fetch(ctx context.Context, robotsURL string) (*robotstxt.RobotsData, error) {
	// Errors name robots.txt's URL; the fetcher adds the package prefix and the page it wanted.
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, robotsURL, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", robotsURL, err)
	}
	req.Header.Set("User-Agent", r.ua)
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, err // net/http names the method and URL
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBody))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", robotsURL, err)
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return nil, fmt.Errorf("%s: status %d", robotsURL, resp.StatusCode)
	case resp.StatusCode >= 400:
		// No robots.txt: everything is allowed (robotstxt says so for any 4xx).
		return robotstxt.FromStatusAndBytes(resp.StatusCode, nil)
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		// A robots.txt we cannot parse says nothing we could obey; Google reads what it can, so do we.
		r.log.Warn("robots.txt unreadable: treated as allowing everything", slog.String("url", robotsURL), slog.Any("err", err))
		return robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	return data, nil
}
