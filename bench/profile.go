package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// hot is one line of a profile: a function and its share of the samples.
type hot struct {
	Self, Total float64 // percent of all samples: in the function itself, and with its callees
	Symbol      string
}

// profile is where agrowatch's CPU went over one `run -once` pass.
type profile struct {
	Samples int
	Flat    []hot // by self time
	Cum     []hot // by time with callees, agrowatch's and its libraries' functions only
	Stages  []stage
	Command string
}

// stage is one step of the pipeline and its share of the samples, callees included.
type stage struct {
	Name  string
	Total float64
}

// stages are the pipeline's steps, each found by the function that does it (a substring of its
// symbol; the largest share of the matching functions counts). Indented ones are parts of the one
// above.
var stages = []struct{ name, symbol string }{
	{"fetching pages (crawler fetcher.get)", "crawler.(*fetcher).get"},
	{"page → text (crawler extractor.extract)", "crawler.extractor.extract"},
	{"  of it: stripCrossLinks", "crawler.stripCrossLinks"},
	{"  of it: readability", "go-readability/v2.(*Parser).ParseAndMutate"},
	{"  of it: goquery document (HTML parse)", "goquery.NewDocumentFromReader"},
	{"mentions (extract Extractor.Extract)", "extract.(*Extractor).Extract"},
	{"dedup (fingerprints, fact repeats)", "agrowatch/dedup."},
	{"store: bbolt transactions (DB.Update)", "bbolt.(*DB).Update"},
	{"  of it: fdatasync", "bbolt.fdatasync"},
	{"sending alerts (notify)", "agrowatch/notify."},
	{"garbage collection (gcBgMarkWorker)", "runtime.gcBgMarkWorker"},
}

func stagesOf(cum []hot) []stage {
	var out []stage
	for _, st := range stages {
		best := 0.0
		for _, h := range cum {
			if strings.Contains(h.Symbol, st.symbol) && h.Total > best {
				best = h.Total
			}
		}
		out = append(out, stage{Name: st.name, Total: best})
	}
	return out
}

// profileOnce records one `agrowatch run -once` with perf (the binary has no profiling flag; perf
// samples it from outside, Go's symbols and frame pointers give the stacks) and reads the top
// functions. It needs perf and a kernel that lets it sample.
func profileOnce(ctx context.Context, bin, work, base string, su setup, top int) (profile, error) {
	var p profile
	perf, err := exec.LookPath("perf")
	if err != nil {
		return p, fmt.Errorf("bench: profile: perf not found (apt-get install linux-perf)")
	}
	dir, err := os.MkdirTemp(work, "profile-")
	if err != nil {
		return p, fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte(agrowatchConfig(base, filepath.Join(dir, "agrowatch.db"), su, 15*time.Minute)), 0o644); err != nil {
		return p, fmt.Errorf("bench: %w", err)
	}
	data := filepath.Join(dir, "perf.data")
	rec := exec.CommandContext(ctx, perf, "record", "-F", "4999", "-g", "-o", data, "--", bin, "run", "-once", "-config", cfg)
	rec.Dir = dir
	rec.Env = childEnv()
	if out, err := rec.CombinedOutput(); err != nil {
		return p, fmt.Errorf("bench: perf record: %w\n%s", err, tail(out, 1500))
	}
	p.Command = "perf record -F 4999 -g -- agrowatch run -once -config CONFIG"
	flat, err := perfReport(ctx, perf, data, "--no-children")
	if err != nil {
		return p, err
	}
	cum, err := perfReport(ctx, perf, data, "--children")
	if err != nil {
		return p, err
	}
	p.Samples = perfSamples(ctx, perf, data)
	p.Stages = stagesOf(cum)
	p.Flat = firstN(flat, top, func(h hot) bool { return true })
	p.Cum = firstN(cum, top, func(h hot) bool {
		// Runtime entry points (goexit, main, mcall) hold every sample; the pipeline's own stages say more.
		return !strings.HasPrefix(h.Symbol, "runtime.") && !strings.HasPrefix(h.Symbol, "[") && h.Symbol != "main.main"
	})
	return p, nil
}

func firstN(hs []hot, n int, keep func(hot) bool) []hot {
	var out []hot
	for _, h := range hs {
		if len(out) == n {
			break
		}
		if keep(h) {
			out = append(out, h)
		}
	}
	return out
}

// perfReport reads `perf report --stdio` sorted by symbol: lines of "children% self% [.] symbol".
func perfReport(ctx context.Context, perf, data, mode string) (hs []hot, err error) {
	args := []string{"report", "-i", data, "--stdio", "-g", "none", "--sort", "symbol", mode, "--percent-limit", "0.3"}
	cmd := exec.CommandContext(ctx, perf, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("bench: perf report: %w: %s", err, tail(stderr.Bytes(), 500))
	}
	defer func() {
		if len(hs) == 0 && err == nil {
			err = fmt.Errorf("bench: perf report %s: no symbols read from %d bytes of output: %s", mode, len(out), tail(stderr.Bytes(), 500))
		}
	}()
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		var pcts []float64
		i := 0
		for ; i < len(f) && strings.HasSuffix(f[i], "%"); i++ {
			v, err := strconv.ParseFloat(strings.TrimSuffix(f[i], "%"), 64)
			if err != nil {
				break
			}
			pcts = append(pcts, v)
		}
		if len(pcts) == 0 || i >= len(f) {
			continue
		}
		if f[i] == "[.]" || f[i] == "[k]" {
			i++
		}
		h := hot{Symbol: strings.TrimRight(strings.Join(f[i:], " "), " -")}
		if len(pcts) == 2 {
			h.Total, h.Self = pcts[0], pcts[1]
		} else {
			h.Self, h.Total = pcts[0], pcts[0]
		}
		hs = append(hs, h)
	}
	return hs, nil
}

// perfSamples counts the samples taken, from the per-command totals.
func perfSamples(ctx context.Context, perf, data string) int {
	out, err := exec.CommandContext(ctx, perf, "report", "-i", data, "--stdio", "--no-children", "--sort", "comm", "-g", "none", "--show-nr-samples").Output()
	if err != nil {
		return 0
	}
	n := 0
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) >= 3 && strings.HasSuffix(f[0], "%") {
			if v, err := strconv.Atoi(f[1]); err == nil {
				n += v
			}
		}
	}
	return n
}
