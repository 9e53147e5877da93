// Package metrics serves what an operator's monitoring asks of a daemon run rarely looked at: Prometheus
// metrics read from the store at scrape time (source health, articles, outbox) and a health check.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"agrowatch"
	"agrowatch/store"
)

// Store is what the metrics read.
type Store interface {
	AllHealth() (map[string]agrowatch.Health, error)
	Stats() (store.Stats, error)
}

// collector reads the store on every scrape, so the numbers are those the commands show and nothing
// in the flow needs a hook.
type collector struct {
	st Store

	up, failures, degraded, lastSuccess, items, emptyBodies, oversized, articlesBySource *prometheus.Desc
	articles, alerted, outbox, dropped, dbSize, scrapeErr                                *prometheus.Desc
}

func newCollector(st Store) *collector {
	src := []string{"source"}
	d := func(name, help string, labels []string) *prometheus.Desc {
		return prometheus.NewDesc("agrowatch_"+name, help, labels, nil)
	}
	return &collector{
		st:               st,
		up:               d("source_up", "1 if the source's last poll succeeded.", src),
		failures:         d("source_consecutive_failures", "Polls of the source that failed in a row.", src),
		degraded:         d("source_degraded", "1 if the source looks broken (layout changed?).", src),
		lastSuccess:      d("source_last_success_timestamp_seconds", "Unix time of the source's last successful poll.", src),
		items:            d("source_items", "Items the source's listing showed on its last successful poll.", src),
		emptyBodies:      d("source_empty_bodies_total", "Articles of the source whose body came out empty.", src),
		oversized:        d("source_oversized_total", "Article pages of the source refused for exceeding http.max_body.", src),
		articlesBySource: d("source_articles_total", "Articles read from the source.", src),
		articles:         d("articles_total", "Articles recorded in the store.", nil),
		alerted:          d("articles_alerted_total", "Articles that gave an alert.", nil),
		outbox:           d("outbox_pending", "Deliveries waiting in the outbox.", nil),
		dropped:          d("deliveries_dropped_total", "Deliveries given up (chat blocked the bot, message refused).", nil),
		dbSize:           d("store_size_bytes", "Size of the bbolt file.", nil),
		scrapeErr:        d("scrape_error", "1 if the store could not be read for this scrape.", nil),
	}
}

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.up, c.failures, c.degraded, c.lastSuccess, c.items, c.emptyBodies, c.oversized,
		c.articlesBySource, c.articles, c.alerted, c.outbox, c.dropped, c.dbSize, c.scrapeErr} {
		ch <- d
	}
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	counter := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, v, labels...)
	}
	failed := 0.0
	if all, err := c.st.AllHealth(); err != nil {
		failed = 1
	} else {
		for name, h := range all {
			gauge(c.up, b2f(h.Failures == 0 && !h.LastSuccess.IsZero()), name)
			gauge(c.failures, float64(h.Failures), name)
			gauge(c.degraded, b2f(h.Degraded != ""), name)
			if !h.LastSuccess.IsZero() {
				gauge(c.lastSuccess, float64(h.LastSuccess.Unix()), name)
			}
			gauge(c.items, float64(h.LastItems), name)
			counter(c.emptyBodies, float64(h.EmptyBodies), name)
			counter(c.oversized, float64(h.Oversized), name)
			counter(c.articlesBySource, float64(h.Articles), name)
		}
	}
	if s, err := c.st.Stats(); err != nil {
		failed = 1
	} else {
		counter(c.articles, float64(s.Articles))
		counter(c.alerted, float64(s.Alerted))
		gauge(c.outbox, float64(s.Outbox))
		counter(c.dropped, float64(s.Dropped))
		gauge(c.dbSize, float64(s.FileSize))
	}
	gauge(c.scrapeErr, failed)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Options are what Handler serves beside the store's numbers.
type Options struct {
	Flow *Flow // counters of the running flow; nil: only the store's numbers
	// Problems names what is wrong with the daemon now ("send loop not running"); /healthz answers 503
	// with them when there is any. nil: only the store is checked.
	Problems func() []string
}

// Handler serves /metrics (Prometheus text format) and /healthz: 200 while the store can be read and
// nothing is wrong, 503 with the reasons, one a line, otherwise.
func Handler(st Store, o Options) http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(newCollector(st), collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if o.Flow != nil {
		reg.MustRegister(o.Flow.collectors()...)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		var why []string
		if _, err := st.AllHealth(); err != nil {
			why = append(why, "store unreadable: "+err.Error())
		}
		if o.Problems != nil {
			why = append(why, o.Problems()...)
		}
		if len(why) > 0 {
			http.Error(w, strings.Join(why, "\n"), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	return mux
}

// Serve listens on addr until ctx ends. The listener is opened before Serve returns its first error,
// so a port in use is reported at start, not later.
func Serve(ctx context.Context, addr string, h http.Handler, log *slog.Logger) (<-chan error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listen %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	done := make(chan error, 1)
	go func() {
		err := srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		done <- err
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			log.Warn("metrics: shutdown", slog.Any("err", err))
		}
	}()
	log.Info("metrics listening", slog.String("addr", ln.Addr().String()))
	return done, nil
}
