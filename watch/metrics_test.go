package watch

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/crawler"
	"agrowatch/metrics"
)

func TestPollReportsMetrics(t *testing.T) {
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	st := newTestStore(t)
	src := &listSource{name: "eldala", rep: crawler.Report{Oversized: 1}, articles: []agrowatch.Article{
		{URL: "u1", Title: "China ban on beef", Published: now},
		{URL: "u2", Title: "Tractors", Published: now},
	}}
	w := newWatcher(st, now, Source{Source: src, Interval: time.Minute})
	flow := metrics.NewFlow()
	w.Metrics = flow
	w.Extractor = TimedExtractor(w.Extractor, flow, time.Now)
	w.Queued = flow.AlertQueued
	w.Poll(context.Background(), w.Sources[0]) // two new articles, one alert
	w.Poll(context.Background(), w.Sources[0]) // nothing new
	src.err = errors.New("dial tcp: connection refused")
	w.Poll(context.Background(), w.Sources[0])

	rec := httptest.NewRecorder()
	metrics.Handler(st, metrics.Options{Flow: flow}).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`agrowatch_articles_seen_total{source="eldala"} 6`,
		`agrowatch_articles_new_total{source="eldala"} 2`,
		`agrowatch_mentions_extracted_total{kind="meat_ban"} 1`,
		`agrowatch_alerts_total{state="queued"} 1`,
		`agrowatch_fetch_duration_seconds_count{source="eldala"} 3`,
	} {
		if !strings.Contains(string(body), want+"\n") {
			t.Errorf("metrics lack %q", want)
		}
	}
	if !strings.Contains(string(body), "agrowatch_extraction_duration_seconds_count ") {
		t.Error("no extraction durations")
	}
}
