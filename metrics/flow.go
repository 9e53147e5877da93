package metrics

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Fetch results, the values of the result label.
const (
	ResultOK           = "ok"
	ResultNotModified  = "not_modified"
	ResultHTTPError    = "http_error"
	ResultNetworkError = "network_error"
	ResultRobotsDenied = "robots_denied"
	ResultOversized    = "oversized"
)

// Flow counts what the daemon does as it does it: fetches, articles, mentions, alerts, Telegram's
// refusals. The packages that do the work report through small interfaces of their own (watch.Recorder,
// and the hooks crawler and notify take), so that none of them imports Prometheus. The zero of a
// *Flow is not usable: make one with NewFlow. A nil *Flow records nothing.
type Flow struct {
	fetches     *prometheus.CounterVec
	seen, new   *prometheus.CounterVec
	mentions    *prometheus.CounterVec
	alerts      *prometheus.CounterVec
	rateLimited prometheus.Counter
	fetchTook   *prometheus.HistogramVec
	extractTook prometheus.Histogram
}

// NewFlow makes the counters; Handler registers them.
func NewFlow() *Flow {
	return &Flow{
		fetches: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "agrowatch_fetches_total",
			Help: "Fetches by source and result (ok, not_modified, http_error, network_error, robots_denied, oversized)."}, []string{"source", "result"}),
		seen: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "agrowatch_articles_seen_total",
			Help: "Items the source's listing showed, poll after poll."}, []string{"source"}),
		new: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "agrowatch_articles_new_total",
			Help: "Articles recorded for the first time."}, []string{"source"}),
		mentions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "agrowatch_mentions_extracted_total",
			Help: "Mentions the extractor found, by kind (a fact in both title and body counts twice)."}, []string{"kind"}),
		alerts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "agrowatch_alerts_total",
			Help: "Alerts by what became of them: queued (once per alert), sent and dropped (once per chat)."}, []string{"state"}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{Name: "agrowatch_telegram_rate_limited_total",
			Help: "Answers 429 (flood control) from the Telegram Bot API."}),
		fetchTook: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "agrowatch_fetch_duration_seconds",
			Help:    "Time of one poll of a source, listing and new articles, politeness waits included.",
			Buckets: prometheus.ExponentialBuckets(0.1, 2.5, 10)}, []string{"source"}),
		extractTook: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "agrowatch_extraction_duration_seconds",
			Help: "Time of one extraction of mentions from a text.", Buckets: prometheus.ExponentialBuckets(0.0005, 3, 10)}),
	}
}

func (f *Flow) collectors() []prometheus.Collector {
	return []prometheus.Collector{f.fetches, f.seen, f.new, f.mentions, f.alerts, f.rateLimited, f.fetchTook, f.extractTook}
}

// Fetched counts n fetches of source that came to result.
func (f *Flow) Fetched(source, result string, n int) {
	if f != nil && n > 0 {
		f.fetches.WithLabelValues(source, result).Add(float64(n))
	}
}

// Fetch counts one fetch of source that came to result: the crawler's hook (crawler.Deps.Fetched).
func (f *Flow) Fetch(source, result string) { f.Fetched(source, result, 1) }

// PollTook observes the duration of one poll of source.
func (f *Flow) PollTook(source string, d time.Duration) {
	if f != nil {
		f.fetchTook.WithLabelValues(source).Observe(d.Seconds())
	}
}

// Articles counts the items a poll of source saw and the articles it recorded for the first time.
func (f *Flow) Articles(source string, seen, new int) {
	if f == nil {
		return
	}
	f.seen.WithLabelValues(source).Add(float64(seen))
	f.new.WithLabelValues(source).Add(float64(new))
}

// Mentions counts n mentions of kind.
func (f *Flow) Mentions(kind string, n int) {
	if f != nil && n > 0 {
		f.mentions.WithLabelValues(kind).Add(float64(n))
	}
}

// ExtractionTook observes one extraction.
func (f *Flow) ExtractionTook(d time.Duration) {
	if f != nil {
		f.extractTook.Observe(d.Seconds())
	}
}

// AlertQueued counts an alert queued for delivery.
func (f *Flow) AlertQueued() { f.alert("queued") }

// AlertSent counts a delivery Telegram (or standard output) took.
func (f *Flow) AlertSent() { f.alert("sent") }

// AlertDropped counts a delivery given up.
func (f *Flow) AlertDropped() { f.alert("dropped") }

func (f *Flow) alert(state string) {
	if f != nil {
		f.alerts.WithLabelValues(state).Inc()
	}
}

// RateLimited counts a 429 from Telegram.
func (f *Flow) RateLimited() {
	if f != nil {
		f.rateLimited.Inc()
	}
}
