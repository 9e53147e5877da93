package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// buildAgrowatch compiles the daemon once per bench run: from the module's tree as it is, or, when rev
// names a commit, from that commit's files exported by git archive (the work tree is not touched), so
// that one command measures the before and the after of a change.
func buildAgrowatch(ctx context.Context, root, dir, rev string) (bin, src string, err error) {
	bin = filepath.Join(dir, "agrowatch")
	src = root
	if rev != "" {
		src = filepath.Join(dir, "src")
		if err := os.MkdirAll(src, 0o755); err != nil {
			return "", "", fmt.Errorf("bench: %w", err)
		}
		export := exec.CommandContext(ctx, "sh", "-c", `git -C "$1" archive "$2" | tar -x -C "$3"`, "sh", root, rev, src)
		if out, err := export.CombinedOutput(); err != nil {
			return "", "", fmt.Errorf("bench: export %s: %w\n%s", rev, err, out)
		}
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/agrowatch")
	cmd.Dir = src
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", "", fmt.Errorf("bench: go build ./cmd/agrowatch: %w\n%s", err, out)
	}
	return bin, src, nil
}

// setup is how the bench configures agrowatch beyond the mirror's sources.
type setup struct {
	parallelism int    // http.parallelism
	memoryLimit string // runtime.memory_limit; "" leaves agrowatch's default (and suits a -rev without the key)
}

// runtime is the configuration's runtime section, a comment when it has nothing to say.
func (su setup) runtime() string {
	if su.memoryLimit == "" {
		return "# runtime: agrowatch's defaults"
	}
	return fmt.Sprintf("runtime:\n  memory_limit: %s", su.memoryLimit)
}

// agrowatchConfig is a configuration for the mirror: no delay, parallelism 8, alerts on standard
// output because no Telegram token is set. The Russian listing is read by the eldala preset, which has
// one edition (ru); the Kazakh and English listings, which the preset does not read, by type: html
// sources with the same news-card selectors, as an operator adds a site's other editions.
func agrowatchConfig(base, dbPath string, su setup, interval time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, `store:
  path: %q
http:
  user_agent: "agrowatch-bench/1 (+http://127.0.0.1/)"
  timeout: 20s
  delay: 0s
  parallelism: %d
alerts:
  max_age: 72h
telegram:
  token: ""
%s
sources:
  - name: eldala-ru
    preset: eldala
    url: %s%s
    interval: %s
`, dbPath, su.parallelism, su.runtime(), base, listingPaths["ru"], interval)
	for _, lang := range []string{"kk", "en"} {
		fmt.Fprintf(&b, `  - name: eldala-%s
    type: html
    url: %s%s
    lang: %s
    links: ".section-news a[href]"
    interval: %s
`, lang, base, listingPaths[lang], lang, interval)
	}
	return b.String()
}

// childEnv is the environment of a measured tool: ours, less a Telegram token that would send the
// bench's alerts somewhere.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AGROWATCH_") {
			env = append(env, kv)
		}
	}
	return env
}

// articleIDRe finds the mirror's article ids in alerts and URLs.
var articleIDRe = regexp.MustCompile(`/novosti/[a-z]+/(\d+)-`)

// ids lists the distinct article ids that a tool's output names.
func ids(out []byte) map[int]bool {
	got := map[int]bool{}
	for _, m := range articleIDRe.FindAllSubmatch(out, -1) {
		if id, err := strconv.Atoi(string(m[1])); err == nil {
			got[id] = true
		}
	}
	return got
}

// runAgrowatch is one `agrowatch run -once` with a fresh database in a new folder of work; the alerts
// it printed are counted by the articles they name.
func runAgrowatch(ctx context.Context, bin, work, base string, su setup, t truth) (sample, error) {
	dir, err := os.MkdirTemp(work, "agrowatch-")
	if err != nil {
		return sample{}, fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg, db := filepath.Join(dir, "config.yaml"), filepath.Join(dir, "agrowatch.db")
	if err := os.WriteFile(cfg, []byte(agrowatchConfig(base, db, su, 15*time.Minute)), 0o644); err != nil {
		return sample{}, fmt.Errorf("bench: %w", err)
	}
	s, out, _, err := measure(ctx, dir, nil, db, bin, "run", "-once", "-config", cfg)
	if err != nil {
		return s, err
	}
	got := ids(out)
	s.Found, s.Hits, s.Facts = score(got, t)
	s.Missed = missed(got, t)
	return s, nil
}

// score counts the articles a tool reported, how many of them state a fact, and how many distinct
// facts they cover.
// missed lists the facts that no reported article states, with the first article that states each:
// what to look at when a tool finds fewer than all.
func missed(got map[int]bool, t truth) []string {
	covered := map[string]bool{}
	for id := range got {
		if k, ok := t[id]; ok {
			covered[k] = true
		}
	}
	first := map[string]int{}
	for id, k := range t {
		if !covered[k] && (first[k] == 0 || id < first[k]) {
			first[k] = id
		}
	}
	var out []string
	for k, id := range first {
		out = append(out, fmt.Sprintf("article %d: %s", id, k))
	}
	slices.Sort(out)
	return out
}

func score(got map[int]bool, t truth) (found, hits, facts int) {
	keys := map[string]bool{}
	for id := range got {
		found++
		if k, ok := t[id]; ok {
			hits++
			keys[k] = true
		}
	}
	return found, hits, len(keys)
}
