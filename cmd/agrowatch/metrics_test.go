package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The daemon's /metrics after a poll of a fake site, and its /healthz while its loops run.
func TestDaemonMetricsAndHealth(t *testing.T) {
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
	_, srv := newFakeElDala(t, seedArticles()...)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	body := fmt.Sprintf("store:\n  path: %s\nhttp:\n  delay: 1ms\nmetrics:\n  listen: 127.0.0.1:0\nsources:\n  - name: eldala\n    preset: eldala\n    url: %s/\n    interval: 1h\n",
		filepath.Join(dir, "agrowatch.db"), srv.URL)
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	log, stop := daemon(t, "-config", cfg)
	defer stop()
	addr := regexp.MustCompile(`msg="metrics listening" addr=(\S+)`)
	eventually(t, log, "the metrics listener", func() bool { return addr.MatchString(log.String()) })
	base := "http://" + addr.FindStringSubmatch(log.String())[1]
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	var metrics string
	// The sender delivers while the poll still runs, so the poll's duration may be observed after the
	// alerts are sent: both are waited for.
	eventually(t, log, "two alerts sent and the poll over", func() bool {
		_, metrics = get("/metrics")
		return strings.Contains(metrics, `agrowatch_alerts_total{state="sent"} 2`+"\n") &&
			strings.Contains(metrics, `agrowatch_fetch_duration_seconds_count{source="eldala"} 1`+"\n")
	})
	for _, want := range []string{
		`agrowatch_fetches_total{result="ok",source="eldala"} 4`, // the listing and its three articles
		`agrowatch_articles_new_total{source="eldala"} 3`,
		`agrowatch_alerts_total{state="queued"} 2`,
		`agrowatch_mentions_extracted_total{kind="meat_ban"}`,
		`agrowatch_fetch_duration_seconds_count{source="eldala"} 1`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if code, body := get("/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz %d %q while the daemon runs, want 200 ok", code, body)
	}
}
