package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"slices"
	"time"
)

// sample is what one run of a tool cost and found.
type sample struct {
	Wall   time.Duration
	CPU    time.Duration // user + system of the child, from its rusage
	RSS    int64         // peak resident set of the child, bytes: its VmHWM, sampled while it ran
	Peak   memory        // the largest of each figure, sampled from /proc while it ran
	Found  int           // articles it reported: agrowatch's alerts, urlwatch's matching pages
	Hits   int           // of those, articles that state a fact
	Facts  int           // distinct facts those articles state
	Missed []string      // facts no reported article states (agrowatch only)
}

// measure runs a command to its end and reads its cost from the kernel: wall time around fork and
// wait, CPU from the rusage that wait4 returns, and its memory from /proc every peakEvery (db names the
// database file among the mappings, "" for none). The peak RSS is the last VmHWM read, not rusage's
// ru_maxrss: Go starts a command with vfork, the child runs in the bench's own memory until it execs,
// and Linux keeps that memory's high-water mark in the child's ru_maxrss, so that every command the
// bench starts reported at least the bench's own resident set (the mirror's pages are in it).
func measure(ctx context.Context, dir string, extraEnv []string, db, name string, args ...string) (sample, []byte, []byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(childEnv(), extraEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Start()
	var peak memory
	if err == nil {
		p := samplePeaks(cmd.Process.Pid, db, peakEvery)
		err = cmd.Wait()
		peak = p.end()
	}
	wall := time.Since(start)
	if err != nil {
		return sample{}, stdout.Bytes(), stderr.Bytes(), fmt.Errorf("bench: %s: %w\n%s", name, err, tail(stderr.Bytes(), 2000))
	}
	s := sample{Wall: wall, CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), Peak: peak, RSS: peak.HWM}
	return s, stdout.Bytes(), stderr.Bytes(), nil
}

// peakEvery is how often a measured run's memory is sampled: a 1,000-page pass lasts a second or two.
const peakEvery = 20 * time.Millisecond

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// summary is the median and range of one measure over several runs.
type summary struct{ Med, Min, Max float64 }

func summarize(vs []float64) summary {
	if len(vs) == 0 {
		return summary{}
	}
	s := slices.Clone(vs)
	slices.Sort(s)
	med := s[len(s)/2]
	if len(s)%2 == 0 {
		med = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return summary{Med: med, Min: s[0], Max: s[len(s)-1]}
}

// tool is the runs of one tool.
type tool struct {
	Name    string
	Samples []sample
	Skipped string // why it did not run, when it did not
}

func (t *tool) wall() summary { return t.of(func(s sample) float64 { return s.Wall.Seconds() }) }
func (t *tool) cpu() summary  { return t.of(func(s sample) float64 { return s.CPU.Seconds() }) }
func (t *tool) rss() summary {
	return t.of(func(s sample) float64 { return float64(s.RSS) / (1 << 20) })
}
func (t *tool) peakAnon() summary {
	return t.of(func(s sample) float64 { return float64(s.Peak.Anon) / (1 << 20) })
}
func (t *tool) peakFile() summary {
	return t.of(func(s sample) float64 { return float64(s.Peak.File) / (1 << 20) })
}
func (t *tool) peakDB() summary {
	return t.of(func(s sample) float64 { return float64(s.Peak.DB) / (1 << 20) })
}
func (t *tool) found() summary {
	return t.of(func(s sample) float64 { return float64(s.Found) })
}
func (t *tool) hits() summary  { return t.of(func(s sample) float64 { return float64(s.Hits) }) }
func (t *tool) facts() summary { return t.of(func(s sample) float64 { return float64(s.Facts) }) }

func (t *tool) of(f func(sample) float64) summary {
	var vs []float64
	for _, s := range t.Samples {
		vs = append(vs, f(s))
	}
	return summarize(vs)
}
