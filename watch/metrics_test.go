package watch

import (
	"context"
	"errors"
	"fmt"
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
		`agrowatch_fetches_total{result="ok",source="eldala"} 2`,
		`agrowatch_fetches_total{result="network_error",source="eldala"} 1`,
		`agrowatch_fetches_total{result="oversized",source="eldala"} 3`,
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

func TestFetchResult(t *testing.T) {
	tests := []struct {
		rep  crawler.Report
		err  error
		want string
	}{
		{crawler.Report{}, nil, "ok"},
		{crawler.Report{NotModified: true}, nil, "not_modified"},
		{crawler.Report{}, fmt.Errorf("crawler: %w", crawler.ErrDisallowed), "robots_denied"},
		{crawler.Report{}, &crawler.RetryAfterError{Status: 429}, "http_error"},
		{crawler.Report{}, errors.New("crawler: GET https://eldala.kz/: status 503 Service Unavailable"), "http_error"},
		{crawler.Report{}, errors.New("dial tcp: i/o timeout"), "network_error"},
	}
	for _, tt := range tests {
		if got := FetchResult(tt.rep, tt.err); got != tt.want {
			t.Errorf("FetchResult(%v) = %s, want %s", tt.err, got, tt.want)
		}
	}
}
