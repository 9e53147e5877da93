package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/config"
)

// Found when tried: the exit statuses the README promises, and usage that lists every flag.
func TestExitStatuses(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	db := filepath.Join(dir, "agrowatch.db")
	badPattern := write("pattern.yml", "store:\n  path: "+db+"\nsources:\n  - name: x\n    type: html\n    url: https://example.org/\n    link_pattern: \"/news/(\\\\d+\"\n")
	disabled := write("disabled.yml", "store:\n  path: "+db+"\nsources:\n  - name: a\n    preset: eldala\n    disabled: true\n  - name: b\n    preset: gacc\n    disabled: true\n")
	none := write("none.yml", "store:\n  path: "+db+"\n")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of standard error
	}{
		{"bad link_pattern", []string{"run", "-once", "-config", badPattern}, exitUsage, "pattern.yml:4: sources[0].link_pattern: not a regular expression"},
		{"every source disabled", []string{"run", "-once", "-config", disabled}, exitUsage, "disabled.yml:3: sources: every source is disabled (a, b)"},
		{"no sources", []string{"run", "-once", "-config", none}, exitUsage, "none.yml: sources: no source is configured"},
		{"run -h", []string{"run", "-h"}, exitOK, "-log-level"},
		{"run --help", []string{"run", "--help"}, exitOK, "-log-format"},
		{"config check -h", []string{"config", "check", "-h"}, exitOK, "-config"},
		{"bad -log-format", []string{"run", "-log-format", "xml", "-config", none}, exitUsage, "-log-format: \"xml\" is neither json nor text"},
		{"unknown flag", []string{"run", "-onse"}, exitUsage, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			code, _, errs := runCLI(t, ctx, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, want %d; stderr should hold %q:\n%s", code, tt.code, tt.stderr, errs)
			}
		})
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a refused configuration created the database")
	}
}

func TestUsageListsEveryFlagAndCommand(t *testing.T) {
	code, out, _ := runCLI(t, context.Background(), "help")
	if code != exitOK {
		t.Fatalf("help: exit %d", code)
	}
	for _, want := range []string{"-log-level", "-log-format", "agrowatch version", "agrowatch config check"} {
		if !strings.Contains(out, want) {
			t.Errorf("usage lacks %q:\n%s", want, out)
		}
	}
}

// Found when tried: `agrowatch sources` in an empty folder created a database there.
func TestSourcesInAnEmptyFolderCreatesNoDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "agrowatch.db")
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("store:\n  path: "+db+"\nsources:\n  - name: eldala\n    preset: eldala\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, context.Background(), "sources", "-config", cfg)
	if code != exitOK || !strings.Contains(out, "never polled") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("sources created %s", db)
	}
}

// Found when tried: a long degraded reason pushed the sources table out of shape.
func TestSourcesTableKeepsItsShapeWhenDegraded(t *testing.T) {
	var out strings.Builder
	cfg := mustParse(t, "sources:\n  - name: eldala\n    preset: eldala\n  - name: gacc\n    preset: gacc\n")
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	degraded := "degraded: layout changed? the listing shows no items (it showed up to 20); every article came out without a date"
	all := map[string]agrowatch.Health{
		"eldala": {LastAttempt: now.Add(-time.Minute), LastSuccess: now.Add(-time.Minute), Polls: 3, Degraded: degraded},
		"gacc":   {LastAttempt: now.Add(-time.Minute), LastSuccess: now.Add(-time.Minute), Polls: 3, LastItems: 12},
	}
	printHealth(env{stdout: &out}, cfg, all, now)
	lines := strings.Split(out.String(), "\n")
	if len(lines) < 3 {
		t.Fatalf("table:\n%s", out.String())
	}
	// Every row of the table is as wide as its header: no cell pushes the columns to its right.
	col := strings.Index(lines[0], "LAST ATTEMPT")
	for _, l := range lines[1:3] {
		if len(l) < col || strings.TrimSpace(l[col-2:col]) != "" || !strings.HasPrefix(l[col:], "1m0s ago") {
			t.Errorf("row out of shape (LAST ATTEMPT at %d):\n%s", col, out.String())
		}
	}
	if !strings.Contains(lines[1], "degraded") || !strings.Contains(out.String(), "eldala: "+degraded) {
		t.Errorf("the reason is not given below the table:\n%s", out.String())
	}
}

func mustParse(t *testing.T, yml string) *config.Config {
	t.Helper()
	c, err := config.Parse("t.yml", []byte(yml))
	if err != nil {
		t.Fatal(err)
	}
	return c
}
