package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"agrowatch/preset"
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

// writePresetConfig is a configuration of the gacc and kazinform presets moved to addr, where nothing
// answers: `sources check -file` must not need the site.
func writePresetConfig(t *testing.T, addr string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := fmt.Sprintf(`store:
  path: %s
sources:
  - name: gacc
    preset: gacc
    url: %s/customs/302249/302266/302267/index.html
  - name: kazinform-kk
    preset: kazinform
    lang: kk
    url: %s/kz/
  - name: kazinform-latn
    preset: kazinform
    lang: kk-latn
    url: %s/
`, filepath.Join(dir, "agrowatch.db"), addr, addr, addr)
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSourcesCheckPresetPages(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const nowhere = "http://127.0.0.1:9" // discard port: a fetch would fail
	cfg := writePresetConfig(t, nowhere)
	pages := "../../crawler/testdata/"
	tests := []struct {
		source, page string
		want         []string
	}{
		{"gacc", "gacc/announcements-gbk.html", []string{
			"1. 海关总署公告2024年第18号（关于解除哈萨克斯坦牛肉输华禁令的公告）",
			nowhere + "/customs/302249/302266/302267/5712345/index.html",
			"2024-02-07T00:00:00+08:00", "2 items",
		}},
		{"gacc", "gacc/article-5712345-gb18030.html", []string{
			"2024-02-07T09:30:00+08:00", "- meat_ban [zh] status=lifted by=CN on=KZ commodity=beef", "1 items",
		}},
		{"kazinform-kk", "kazinform/home-kk.html", []string{
			"Қытай қазақстандық сиыр етіне тыйымды алып тастады", nowhere + "/kz/astyk-eksporty-osti_a4123502",
			"2026-10-07T16:10:00+05:00", "2 items",
		}},
		{"kazinform-kk", "kazinform/article-kk-siyr.html", []string{"- meat_ban [kk] status=lifted by=CN on=KZ", "1 items"}},
		// The Latin-script edition's text is Kazakh to the extractor.
		{"kazinform-latn", "kazinform/home-latn.html", []string{"Qytai qazaqstandyq sıyr etine tyiymdy alyp tastady", "2026-10-07T14:45:00+05:00", "1 items"}},
	}
	for _, tt := range tests {
		code, out, errs := runCLI(t, ctx, "sources", "check", tt.source, "-config", cfg, "-file", pages+tt.page)
		if code != 0 {
			t.Errorf("%s %s: exit %d\n%s", tt.source, tt.page, code, errs)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s %s: output lacks %q:\n%s", tt.source, tt.page, w, out)
			}
		}
	}
}

func TestSourcesPresets(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "sources", "presets")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	for _, p := range preset.All() {
		if !strings.Contains(out, p.Name+": "+p.About) {
			t.Errorf("no line for %s:\n%s", p.Name, out)
		}
	}
	for _, want := range []string{
		"lang: kk-latn", "http://www.customs.gov.cn/customs/302249/302266/302267/index.html", "dates without a zone in UTC+8",
		"lang: kk            no known address: give url",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := runCLI(t, context.Background(), "sources", "presets", "extra"); code != 2 {
		t.Errorf("an extra argument: exit %d, want 2", code)
	}
}

// A link_pattern that does not compile is a mistake in the configuration, found when it is read:
// exit 2 and the file, line and key, not a failure once the crawler starts.
func TestBadLinkPatternExitsTwo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(path, []byte("sources:\n  - name: press\n    type: html\n    url: https://example.org/press\n    link_pattern: \"/press/(\\\\d+\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"run", "-once", "-config", path}, {"sources", "check", "press", "-config", path}} {
		code, _, errs := runCLI(t, context.Background(), args...)
		if want := path + ":2: sources[0].link_pattern: not a regular expression"; code != 2 || !strings.Contains(errs, want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", args, code, errs, want)
		}
	}
}
