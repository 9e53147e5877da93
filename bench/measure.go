package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

// sample is what one run of a tool cost and found.
type sample struct {
	Wall   time.Duration
	CPU    time.Duration // user + system of the child, from its rusage
	RSS    int64         // peak resident set of the child, bytes (rusage ru_maxrss)
	Found  int           // articles it reported: agrowatch's alerts, urlwatch's matching pages
	Hits   int           // of those, articles that state a fact
	Facts  int           // distinct facts those articles state
	Missed []string      // facts no reported article states (agrowatch only)
}

// measure runs a command to its end and reads its cost from the kernel: wall time around fork and
// wait, CPU and peak RSS from the rusage that wait4 returns.
func measure(ctx context.Context, dir string, extraEnv []string, name string, args ...string) (sample, []byte, []byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(childEnv(), extraEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return sample{}, stdout.Bytes(), stderr.Bytes(), fmt.Errorf("bench: %s: %w\n%s", name, err, tail(stderr.Bytes(), 2000))
	}
	s := sample{Wall: wall, CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.RSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return s, stdout.Bytes(), stderr.Bytes(), nil
}

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
