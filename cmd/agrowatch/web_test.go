package main

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"agrowatch/config"
	"agrowatch/store"
)

// TestServeWeb: the daemon's pages read its store; a port already taken leaves them off, not the daemon.
func TestServeWeb(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "agrowatch.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg, err := config.Parse("test.yml", []byte("web:\n  listen: 127.0.0.1:0\nsources:\n  - name: eldala\n    preset: eldala\n"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a := &app{cfg: cfg, db: db}
	addr := serveWeb(ctx, a, discardLogger())
	if addr == nil {
		t.Fatal("no pages served")
	}
	resp, err := http.Get("http://" + addr.String() + "/sources?lang=en")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "eldala") || !strings.Contains(string(body), "never polled") {
		t.Errorf("GET /sources: %d\n%s", resp.StatusCode, body)
	}

	taken := *cfg
	taken.Web.Listen = addr.String()
	if again := serveWeb(ctx, &app{cfg: &taken, db: db}, discardLogger()); again != nil {
		t.Errorf("a second server on the same port: %v", again)
	}
	off := *cfg
	off.Web.Listen = ""
	if none := serveWeb(ctx, &app{cfg: &off, db: db}, discardLogger()); none != nil {
		t.Errorf("web.listen empty, yet serving on %v", none)
	}
}
