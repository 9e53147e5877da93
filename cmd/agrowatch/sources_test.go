package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSourcesListsHealth(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, srv := newFakeElDala(t, seedArticles()...)
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
	dir := t.TempDir()
	cfg := writeConfig(t, dir, srv.URL, "https://api.telegram.org")

	code, out, _ := runCLI(t, ctx, "sources", "-config", cfg)
	if code != 0 || !strings.Contains(out, "never polled") {
		t.Fatalf("before any poll: exit %d\n%s", code, out)
	}
	if code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg); code != 0 {
		t.Fatalf("run: exit %d\n%s", code, errs)
	}
	code, out, errs := runCLI(t, ctx, "sources", "-config", cfg)
	if code != 0 {
		t.Fatalf("sources: exit %d\n%s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[1], "eldala") {
		t.Fatalf("no eldala row:\n%s", out)
	}
	row := strings.Fields(lines[1])
	// SOURCE KIND STATE LAST-ATTEMPT(3 words) LAST-SUCCESS(3 words) FAILURES ITEMS ARTICLES EMPTY
	if row[1] != "eldala" || row[2] != "ok" {
		t.Errorf("row %q: want kind eldala, state ok", lines[1])
	}
	if !strings.Contains(lines[1], " 0  ") || !strings.Contains(lines[1], " 3 ") {
		t.Errorf("row %q: want 0 failures and 3 items", lines[1])
	}
}

func TestSourcesCheck(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, srv := newFakeElDala(t, seedArticles()...)
	dir := t.TempDir()
	cfg := writeConfig(t, dir, srv.URL, "https://api.telegram.org")

	code, out, errs := runCLI(t, ctx, "sources", "check", "eldala", "-config", cfg)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	for _, want := range []string{
		"Китай снял ограничения на ввоз говядины из Казахстана",
		srv.URL + "/novosti/zerno/16702-eksport-zerna-v-kitay",
		"- meat_ban [ru] status=lifted by=CN on=KZ",
		"3 items",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// check marks nothing as seen and never opens the database.
	if _, err := os.Stat(filepath.Join(dir, "agrowatch.db")); !os.IsNotExist(err) {
		t.Errorf("sources check created or touched the database: %v", err)
	}
}

func TestSourcesCheckSavedPageAndErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><body><p>Сайт на обслуживании</p></body></html>"))
	}))
	defer broken.Close()
	dir := t.TempDir()
	cfg := writeConfig(t, dir, broken.URL, "https://api.telegram.org")

	code, out, errs := runCLI(t, ctx, "sources", "check", "eldala", "-config", cfg, "-file", "testdata/scan/page.html")
	if code != 0 || !strings.Contains(out, "Инспекторы ГТУ КНР посетили мясокомбинаты") || !strings.Contains(out, "inspection [ru]") {
		t.Errorf("saved page: exit %d\n%s\n%s", code, out, errs)
	}
	code, _, errs = runCLI(t, ctx, "sources", "check", "nosuch", "-config", cfg)
	if code != 2 || !strings.Contains(errs, `no source "nosuch"`) || !strings.Contains(errs, "known: eldala") {
		t.Errorf("unknown source: exit %d, %q", code, errs)
	}
	code, _, errs = runCLI(t, ctx, "sources", "check", "eldala", "-config", cfg)
	if code != 1 || !strings.Contains(errs, "no items") {
		t.Errorf("a listing with no items: exit %d, %q; want 1 and a layout warning", code, errs)
	}
}
