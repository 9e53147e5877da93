package metrics

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/store"
)

type fakeStore struct {
	health map[string]agrowatch.Health
	stats  store.Stats
	err    error
}

func (f fakeStore) AllHealth() (map[string]agrowatch.Health, error) { return f.health, f.err }
func (f fakeStore) Stats() (store.Stats, error)                     { return f.stats, f.err }

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, string(b)
}

func TestMetrics(t *testing.T) {
	last := time.Unix(1_790_000_000, 0)
	st := fakeStore{
		health: map[string]agrowatch.Health{
			"eldala": {LastSuccess: last, LastItems: 24, Articles: 310, EmptyBodies: 2},
			"moa":    {Failures: 3, Degraded: "degraded: layout changed? listing empty", Oversized: 4},
		},
		stats: store.Stats{Articles: 400, Alerted: 37, Outbox: 2, Dropped: 1, FileSize: 1 << 20},
	}
	code, body := get(t, Handler(st, Options{}), "/metrics")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	for _, want := range []string{
		`agrowatch_source_up{source="eldala"} 1`,
		`agrowatch_source_up{source="moa"} 0`,
		`agrowatch_source_consecutive_failures{source="moa"} 3`,
		`agrowatch_source_degraded{source="moa"} 1`,
		`agrowatch_source_degraded{source="eldala"} 0`,
		`agrowatch_source_last_success_timestamp_seconds{source="eldala"} 1.79e+09`,
		`agrowatch_source_items{source="eldala"} 24`,
		`agrowatch_source_articles_total{source="eldala"} 310`,
		`agrowatch_source_oversized_total{source="moa"} 4`,
		`agrowatch_articles_total 400`,
		`agrowatch_articles_alerted_total 37`,
		`agrowatch_outbox_pending 2`,
		`agrowatch_deliveries_dropped_total 1`,
		`agrowatch_store_size_bytes 1.048576e+06`,
		`agrowatch_scrape_error 0`,
	} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("metrics lack %q", want)
		}
	}
	if strings.Contains(body, `last_success_timestamp_seconds{source="moa"}`) {
		t.Error("a source that never succeeded has a last-success time")
	}
}

func TestHealthz(t *testing.T) {
	ok := fakeStore{health: map[string]agrowatch.Health{}}
	tests := []struct {
		name     string
		st       fakeStore
		problems []string
		code     int
		body     string
	}{
		{"alive", ok, nil, 200, "ok\n"},
		{"store unreadable", fakeStore{err: errors.New("store: closed")}, nil, 503, "store unreadable: store: closed\n"},
		{"loops dead", ok, []string{"poll loops not running", "send loop not running"}, 503, "poll loops not running\nsend loop not running\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := Handler(tt.st, Options{Problems: func() []string { return tt.problems }})
			if code, body := get(t, h, "/healthz"); code != tt.code || body != tt.body {
				t.Errorf("status %d %q, want %d %q", code, body, tt.code, tt.body)
			}
		})
	}
	code, body := get(t, Handler(fakeStore{err: errors.New("boom")}, Options{}), "/metrics")
	if code != 200 || !strings.Contains(body, "agrowatch_scrape_error 1\n") {
		t.Errorf("an unreadable store must show as scrape_error 1, got %d:\n%s", code, body)
	}
}

func TestFlowCounters(t *testing.T) {
	f := NewFlow()
	f.Fetched("eldala", ResultOK, 1)
	f.Fetched("eldala", ResultOversized, 2)
	f.Articles("eldala", 20, 3)
	f.Mentions("meat_ban", 2)
	f.AlertQueued()
	f.AlertSent()
	f.AlertDropped()
	f.RateLimited()
	f.PollTook("eldala", 1500*time.Millisecond)
	f.ExtractionTook(2 * time.Millisecond)
	var nilFlow *Flow
	nilFlow.AlertSent() // a nil Flow records nothing and does not panic
	_, body := get(t, Handler(fakeStore{health: map[string]agrowatch.Health{}}, Options{Flow: f}), "/metrics")
	for _, want := range []string{
		`agrowatch_fetches_total{result="ok",source="eldala"} 1`,
		`agrowatch_fetches_total{result="oversized",source="eldala"} 2`,
		`agrowatch_articles_seen_total{source="eldala"} 20`,
		`agrowatch_articles_new_total{source="eldala"} 3`,
		`agrowatch_mentions_extracted_total{kind="meat_ban"} 2`,
		`agrowatch_alerts_total{state="queued"} 1`,
		`agrowatch_alerts_total{state="sent"} 1`,
		`agrowatch_alerts_total{state="dropped"} 1`,
		`agrowatch_telegram_rate_limited_total 1`,
		`agrowatch_fetch_duration_seconds_count{source="eldala"} 1`,
		`agrowatch_extraction_duration_seconds_count 1`,
	} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("metrics lack %q", want)
		}
	}
}
