package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
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
	// Columns are padded with at least two spaces; a value holds at most one ("5s ago").
	cols := regexp.MustCompile(`\s{2,}`)
	header, row := cols.Split(strings.TrimSpace(lines[0]), -1), cols.Split(strings.TrimSpace(lines[1]), -1)
	got := map[string]string{}
	for i, h := range header {
		if i < len(row) {
			got[h] = row[i]
		}
	}
	want := map[string]string{"SOURCE": "eldala", "KIND": "eldala", "STATE": "ok", "FAILURES": "0", "ITEMS": "3",
		"ARTICLES": "3", "EMPTY BODY/DATE": "0/0"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("column %s = %q, want %q (row %q)", k, got[k], v, lines[1])
		}
	}
	if !strings.HasSuffix(got["LAST SUCCESS"], " ago") {
		t.Errorf("LAST SUCCESS = %q, want a time ago", got["LAST SUCCESS"])
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
