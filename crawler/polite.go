package crawler

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"agrowatch/config"
)

const (
	// maxRetryAfter caps how long a Retry-After may hold a host or a poll: a server asking for a day
	// gets its answer from the scheduler (RetryAfterError), not from a sleeping goroutine.
	maxRetryAfter = 10 * time.Minute
)

// NewClient builds the one HTTP client the whole process shares. Its transport is a *Hosts: every
// request, whether colly's, a feed's, an API call or a robots.txt fetch, waits its turn at the gate of
// its host, so sources on one host never add up to more than that host's limits. The gate waits with
// the request's context, and http.timeout counts from the moment the request leaves the gate: a
// request queued behind others is not timed out for waiting politely.
func NewClient(cfg config.HTTP, logger *slog.Logger) *http.Client {
	base := http.DefaultTransport.(*http.Transport).Clone()
	// The gates bound the connections a host has in use (its parallelism, which a source may raise);
	// the transport's default of two idle ones per host closed the rest as each response ended, and a
	// poll at parallelism 8 dialled a new connection for two requests in five.
	base.MaxIdleConnsPerHost = base.MaxIdleConns
	// An article page is 15-100 KB: the default 4 KiB read buffer took a read system call for every
	// 4 KiB of it.
	base.ReadBufferSize = 64 << 10
	h := newHosts(cfg, base, logger)
	c := &http.Client{Transport: h}
	h.robots = newRobotsCache(c, cfg, logger)
	return c
}

// HostsOf returns the gate of a client built by NewClient, or nil for any other client.
func HostsOf(c *http.Client) *Hosts {
	if c == nil {
		return nil
	}
	h, _ := c.Transport.(*Hosts)
	return h
}

// Hosts is an http.RoundTripper that keeps, per host, at most `parallelism` requests in flight and
// `delay` between the end of one request and the start of the next (and between two starts when
// parallelism > 1). A request is in flight until its body is closed or read to the end.
type Hosts struct {
	next        http.RoundTripper
	userAgent   string
	timeout     time.Duration
	delay       time.Duration
	parallelism int
	log         *slog.Logger
	robots      *robotsCache // shared robots.txt cache of this client; set by NewClient
	// now reads Retry-After dates. The gates' delays stay on real time: they sleep on real timers.
	now func() time.Time

	mu    sync.Mutex
	gates map[string]*gate
}

func newHosts(cfg config.HTTP, next http.RoundTripper, logger *slog.Logger) *Hosts {
	cfg = httpDefaults(cfg)
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Hosts{
		next:        next,
		userAgent:   cfg.UserAgent,
		timeout:     cfg.Timeout.D(),
		delay:       cfg.Delay.D(),
		parallelism: cfg.Parallelism,
		log:         logger,
		now:         time.Now,
		gates:       map[string]*gate{},
	}
}

// httpDefaults fills what a hand-made config.HTTP (tests, tools) left empty from config.DefaultHTTP,
// the one place defaults live. A zero delay stays zero: it is a valid setting (a test server, a local
// mirror).
func httpDefaults(cfg config.HTTP) config.HTTP {
	d := config.DefaultHTTP()
	if cfg.UserAgent == "" {
		cfg.UserAgent = d.UserAgent
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = d.Timeout
	}
	if cfg.Parallelism < 1 {
		cfg.Parallelism = d.Parallelism
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = d.MaxBody
	}
	if cfg.RobotsTTL <= 0 {
		cfg.RobotsTTL = d.RobotsTTL
	}
	return cfg
}

// Set overrides delay and parallelism for one host ("example.org" or "127.0.0.1:8080"; a default port
// and a leading "www." are ignored) until the next Configure that leaves the host out. A parallelism
// changed while requests are in flight lets the old and the new limit overlap once: each request gives
// its turn back to the gate it took it from.
func (h *Hosts) Set(host string, delay time.Duration, parallelism int) {
	if parallelism < 1 {
		parallelism = h.parallelism
	}
	h.apply(gateKey("", host), delay, parallelism, true)
}

// Configure gives each host the delay and parallelism its sources ask for, from the whole set of
// sources that run now; a host that none of them overrides any more goes back to http.delay and
// http.parallelism. The gates belong to the client, which outlives any one source: call Configure at
// start and whenever the set of sources changes (a reload), never from a source's constructor. Sources
// on one host that disagree get the politest of their settings: the longest delay, the fewest requests
// in flight. Disabled sources and sources whose declaration does not resolve ask for nothing.
func (h *Hosts) Configure(sources []config.Source) {
	type limits struct {
		delay       time.Duration // 0: no source overrides it
		parallelism int           // 0: no source overrides it
	}
	want := map[string]limits{}
	for _, s := range sources {
		if s.Disabled || (s.Delay <= 0 && s.Parallelism <= 0) {
			continue
		}
		p, err := s.Declaration()
		if err != nil || p.Host() == "" {
			continue
		}
		key := gateKey("", p.Host())
		l := want[key]
		if s.Delay > 0 {
			l.delay = max(l.delay, s.Delay.D())
		}
		if s.Parallelism > 0 && (l.parallelism == 0 || s.Parallelism < l.parallelism) {
			l.parallelism = s.Parallelism
		}
		want[key] = l
	}
	for key, l := range want {
		if l.delay == 0 {
			l.delay = h.delay
		}
		if l.parallelism == 0 {
			l.parallelism = h.parallelism
		}
		want[key] = l
	}
	h.mu.Lock()
	var reset []string
	for key, g := range h.gates {
		if _, ok := want[key]; !ok && g.override {
			reset = append(reset, key)
		}
	}
	h.mu.Unlock()
	for _, key := range reset {
		h.apply(key, h.delay, h.parallelism, false)
	}
	for key, l := range want {
		h.apply(key, l.delay, l.parallelism, true)
	}
}

func (h *Hosts) apply(key string, delay time.Duration, parallelism int, override bool) {
	g := h.gate(key)
	g.mu.Lock()
	defer g.mu.Unlock()
	g.delay, g.override = delay, override
	if cap(g.slots) != parallelism {
		g.slots = make(chan struct{}, parallelism)
	}
}

// Parallelism is how many requests the host of u may have in flight at once.
func (h *Hosts) Parallelism(u *url.URL) int {
	if u == nil {
		return 1
	}
	g := h.gate(gateKey(u.Scheme, u.Host))
	g.mu.Lock()
	defer g.mu.Unlock()
	return max(1, cap(g.slots))
}

func (h *Hosts) gate(key string) *gate {
	h.mu.Lock()
	defer h.mu.Unlock()
	g, ok := h.gates[key]
	if !ok {
		g = &gate{delay: h.delay, slots: make(chan struct{}, h.parallelism)}
		h.gates[key] = g
	}
	return g
}

// RoundTrip waits for the host's turn, sends the request with the configured User-Agent and timeout,
// and gives the turn back when the body is closed.
func (h *Hosts) RoundTrip(req *http.Request) (*http.Response, error) {
	key := gateKey(req.URL.Scheme, req.URL.Host)
	g := h.gate(key)
	ctx := req.Context()
	start := time.Now()
	slots, err := g.acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("crawler: waiting for %s: %w", key, err)
	}
	rctx, cancel := context.WithTimeout(ctx, h.timeout)
	var once sync.Once
	done := func() {
		once.Do(func() {
			cancel()
			g.release(slots)
		})
	}
	out := req.Clone(rctx) // a RoundTripper must not modify the caller's request
	if out.Header.Get("User-Agent") == "" {
		out.Header.Set("User-Agent", h.userAgent)
	}
	resp, err := h.next.RoundTrip(out)
	if err != nil {
		done()
		return nil, err
	}
	h.log.Debug("http", slog.String("url", req.URL.String()), slog.Int("status", resp.StatusCode),
		slog.Duration("waited", time.Since(start)))
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		// The whole host is told to wait, not only this request: other sources on it hold off too.
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), h.now()); ok {
			g.holdOff(min(d, maxRetryAfter))
		}
	}
	resp.Body = &gatedBody{ReadCloser: resp.Body, done: done}
	return resp, nil
}

// normHost is the gate key of a URL host: lowercased, without the scheme's default port.
func normHost(scheme, host string) string {
	host = strings.ToLower(host)
	switch {
	case strings.HasSuffix(host, ":80") && scheme != "https":
		host = strings.TrimSuffix(host, ":80")
	case strings.HasSuffix(host, ":443") && scheme != "http":
		host = strings.TrimSuffix(host, ":443")
	}
	return host
}

// gateKey is the host a gate stands for: "www.example.org" and "example.org" are one site and share
// one gate, so that a site reached both ways is not asked twice as often.
func gateKey(scheme, host string) string { return strings.TrimPrefix(normHost(scheme, host), "www.") }

// hostOf is normHost of a URL.
func hostOf(u *url.URL) string { return normHost(u.Scheme, u.Host) }

// gate is one host's turn-taking.
type gate struct {
	mu       sync.Mutex
	override bool // delay and parallelism are a source's, not the http section's
	delay    time.Duration
	slots    chan struct{} // one token per request in flight
	next     time.Time     // no request may start before this
}

// acquire takes a slot and waits for the host's next start time. It returns the slot channel it took
// from, so that a Set replacing the channel meanwhile cannot unbalance it.
func (g *gate) acquire(ctx context.Context) (chan struct{}, error) {
	g.mu.Lock()
	slots := g.slots
	g.mu.Unlock()
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	for {
		g.mu.Lock()
		wait := time.Until(g.next)
		if wait <= 0 {
			g.next = time.Now().Add(g.delay)
			g.mu.Unlock()
			return slots, nil
		}
		g.mu.Unlock()
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-slots
			return nil, ctx.Err()
		}
	}
}

func (g *gate) release(slots chan struct{}) {
	g.mu.Lock()
	if n := time.Now().Add(g.delay); n.After(g.next) {
		g.next = n
	}
	g.mu.Unlock()
	<-slots
}

func (g *gate) holdOff(d time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if n := time.Now().Add(d); n.After(g.next) {
		g.next = n
	}
}

// gatedBody gives the host's turn back when the body is closed or fully read, whichever comes first.
type gatedBody struct {
	io.ReadCloser
	done func()
}

func (b *gatedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err == io.EOF {
		b.done()
	}
	return n, err
}

func (b *gatedBody) Close() error {
	err := b.ReadCloser.Close()
	b.done()
	return err
}
