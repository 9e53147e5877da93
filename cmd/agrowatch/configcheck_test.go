package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"agrowatch/config"
)

var update = flag.Bool("update", false, "rewrite the golden files of package main's tests")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestConfigCheckPrintsTheEffectiveConfiguration(t *testing.T) {
	const token = "987654:AAsecret-from-the-environment"
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", token)
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	code, out, errs := runCLI(t, context.Background(), "config", "check", "-config", "testdata/configcheck/config.yaml")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if strings.Contains(out+errs, token) || strings.Contains(out+errs, "AAFAKE") {
		t.Errorf("the token is printed:\n%s%s", out, errs)
	}
	// The whole output read back is the same configuration: nothing is lost or changed in printing.
	head, body, _ := strings.Cut(out, "\n")
	back, err := config.Parse("printed", []byte(body))
	if err != nil {
		t.Fatalf("the printed configuration does not parse: %v\n%s", err, body)
	}
	if again, err := effective(back); err != nil || string(again) != body {
		t.Errorf("printed again it differs (%v):\n%s\nfirst:\n%s", err, again, body)
	}
	// The sections this file writes, against a golden file; the others grow with every new key.
	kept := []string{head + "\n"}
	skipping := false
	for _, line := range strings.SplitAfter(body, "\n") {
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, " ") {
			section, _, _ := strings.Cut(line, ":")
			skipping = !slices.Contains([]string{"store", "http", "telegram", "sources"}, section)
			if skipping {
				kept = append(kept, section+": ...\n")
			}
		}
		if !skipping {
			kept = append(kept, line)
		}
	}
	golden(t, "configcheck/config.golden", strings.Join(kept, ""))
}

func TestConfigCheckRefusesABadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(path, []byte("http:\n  timeout: 5s\n  parallelism: 0\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, context.Background(), "config", "check", "-config", path)
	if want := path + ":3: http.parallelism: must be at least 1"; code != exitUsage || !strings.Contains(errs, want) || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errs, want)
	}
	if code, _, _ := runCLI(t, context.Background(), "config", "chekc"); code != exitUsage {
		t.Errorf("config chekc: exit %d, want 2", code)
	}
}

func TestVersionLine(t *testing.T) {
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"release", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.3.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "a9f1ff4c0ffee1234567890abcdef"}, {Key: "vcs.time", Value: "2026-12-01T07:00:00Z"}, {Key: "vcs.modified", Value: "false"}}},
			"agrowatch v0.3.0 revision a9f1ff4c0ffe 2026-12-01T07:00:00Z go1.26.0"},
		{"checkout with changes", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "a9f1ff4"}, {Key: "vcs.modified", Value: "true"}}},
			"agrowatch (devel) revision a9f1ff4-dirty go1.26.0"},
		{"no vcs", &debug.BuildInfo{GoVersion: "go1.26.0"}, "agrowatch (devel) revision unknown go1.26.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionLine(tt.bi, true); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	code, out, _ := runCLI(t, context.Background(), "version")
	if code != exitOK || !strings.HasPrefix(out, "agrowatch ") || !strings.Contains(out, "go1.") {
		t.Errorf("version: exit %d, %q", code, out)
	}
}
