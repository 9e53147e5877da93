package main

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"agrowatch/bench/mirror"
)

// urlwatchBin finds urlwatch, installing Debian's package when it is missing and apt-get is there.
// An empty path and a reason say the comparison is skipped.
func urlwatchBin(ctx context.Context, name string, install bool) (path, why string) {
	if p, err := exec.LookPath(name); err == nil {
		return p, ""
	}
	if !install {
		return "", name + " not found (-install-urlwatch=false)"
	}
	if _, err := exec.LookPath("apt-get"); err != nil {
		return "", name + " not found and no apt-get to install it"
	}
	fmt.Fprintln(os.Stderr, "bench: urlwatch missing: apt-get install -y urlwatch")
	cmd := exec.CommandContext(ctx, "apt-get", "install", "-y", "urlwatch")
	cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Sprintf("apt-get install -y urlwatch failed: %v: %s", err, tail(out, 300))
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, ""
	}
	return "", "urlwatch installed but " + name + " still not on PATH"
}

// urlwatchJobs is the jobs file a user would write for the mirror: every article URL, its page turned
// into text by html2text and kept only where a line holds a trigger word.
func urlwatchJobs(base string, paths []string) string {
	var b strings.Builder
	for i, p := range paths {
		if i > 0 {
			b.WriteString("---\n")
		}
		fmt.Fprintf(&b, "url: %q\nfilter:\n  - html2text\n  - grep: %q\n", base+p, mirror.TriggerWords)
	}
	return b.String()
}

// urlwatchConfig reports on standard output, as agrowatch does without a Telegram token.
const urlwatchConfig = `display:
  new: true
  error: true
  unchanged: false
report:
  text:
    details: true
    footer: false
    line_length: 75
    minimal: false
  stdout:
    enabled: true
    color: false
`

// runUrlwatch is one urlwatch run with a fresh cache, over the same articles. Which pages matched
// is read afterwards, outside the timing, from the cache urlwatch keeps (pages whose filtered text
// is not empty).
func runUrlwatch(ctx context.Context, bin, work, base string, paths []string, t truth) (sample, error) {
	dir, err := os.MkdirTemp(work, "urlwatch-")
	if err != nil {
		return sample{}, fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(dir)
	urls, cfg, cache := filepath.Join(dir, "urls.yaml"), filepath.Join(dir, "urlwatch.yaml"), filepath.Join(dir, "cache.db")
	if err := errors.Join(
		os.WriteFile(urls, []byte(urlwatchJobs(base, paths)), 0o644),
		os.WriteFile(cfg, []byte(urlwatchConfig), 0o644),
	); err != nil {
		return sample{}, fmt.Errorf("bench: %w", err)
	}
	env := []string{"HOME=" + dir, "XDG_CONFIG_HOME=" + dir, "XDG_CACHE_HOME=" + dir}
	s, _, _, err := measure(ctx, dir, env, "", bin, "--urls", urls, "--config", cfg, "--cache", cache,
		"--hooks", filepath.Join(dir, "hooks.py"))
	if err != nil {
		return s, err
	}
	matched, err := urlwatchMatches(ctx, cache)
	if err != nil {
		return s, err
	}
	got := map[int]bool{}
	guids := map[string]string{}
	for _, p := range paths {
		sum := sha1.Sum([]byte(base + p))
		guids[hex.EncodeToString(sum[:])] = p
	}
	for _, g := range matched {
		for id := range ids([]byte(guids[g])) {
			got[id] = true
		}
	}
	s.Found, s.Hits, s.Facts = score(got, t)
	return s, nil
}

// urlwatchMatches lists the jobs (by urlwatch's guid, the SHA-1 of the URL) whose stored text is
// not empty. The cache is urlwatch's SQLite file; Python, which urlwatch runs on, reads it.
func urlwatchMatches(ctx context.Context, cache string) ([]string, error) {
	const script = `import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for guid, in db.execute("SELECT DISTINCT guid FROM CacheEntry WHERE data IS NOT NULL AND length(data) > 0"):
    print(guid)
`
	out, err := exec.CommandContext(ctx, "python3", "-c", script, cache).Output()
	if err != nil {
		return nil, fmt.Errorf("bench: read urlwatch cache %s: %w", cache, err)
	}
	return strings.Fields(string(out)), nil
}
