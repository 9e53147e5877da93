package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// steady is the daemon's memory over a long mirror: after its first pass has processed every article,
// and after a later poll that found nothing new, the state it idles in.
type steady struct {
	Articles   int
	Pass       time.Duration // the first pass, start to the last source's "polled"
	Alerts     int           // articles the daemon's alerts named
	Facts      int           // distinct facts among them
	Distinct   int           // distinct facts in the mirror
	AfterPass  memory        // once the first pass and its deliveries are done
	AfterIdle  memory        // after the next poll of every source
	IdlePolls  int           // polls seen after the first pass before the second sample
	NotModRate string        // how the idle polls ended: "3/3 not modified"
	Warnings   []string      // the daemon's first warnings and errors, for the bench's log
}

// steadyState runs `agrowatch run` (the daemon, not -once) over the mirror and samples
// /proc/PID/status. A pass ends when every source has logged "polled".
// The daemon's standard error (its log, and the runtime's GODEBUG=gctrace lines when the bench's
// environment asks for them) is copied to logTo when it is not nil.
func steadyState(ctx context.Context, bin, work, base string, su setup, interval time.Duration, t truth, logTo io.Writer) (steady, error) {
	var st steady
	dir, err := os.MkdirTemp(work, "daemon-")
	if err != nil {
		return st, fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg, dbPath := filepath.Join(dir, "config.yaml"), filepath.Join(dir, "agrowatch.db")
	if err := os.WriteFile(cfg, []byte(agrowatchConfig(base, dbPath, su, interval)), 0o644); err != nil {
		return st, fmt.Errorf("bench: %w", err)
	}
	cmd := exec.CommandContext(ctx, bin, "run", "-config", cfg)
	cmd.Dir = dir
	cmd.Env = childEnv()
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 10 * time.Second
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return st, fmt.Errorf("bench: %w", err)
	}
	stdout := &countingWriter{}
	cmd.Stdout = stdout
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return st, fmt.Errorf("bench: start daemon: %w", err)
	}
	polled := make(chan string, 64)
	var warnMu sync.Mutex
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if logTo != nil {
				fmt.Fprintln(logTo, line)
			}
			if strings.Contains(line, "msg=polled") {
				polled <- line
			}
			if strings.Contains(line, "level=WARN") || strings.Contains(line, "level=ERROR") {
				warnMu.Lock()
				if len(st.Warnings) < 10 {
					st.Warnings = append(st.Warnings, line)
				}
				warnMu.Unlock()
			}
		}
		close(polled)
	}()
	// polls counts each source's "polled" lines; wait returns once every source has gone past its
	// count in from, with the lines of the polls that took it past.
	polls := map[string]int{}
	wait := func(from map[string]int, limit time.Duration) ([]string, error) {
		var lines []string
		deadline := time.After(limit)
		for {
			done := len(polls) == len(listingPaths)
			for src, c := range polls {
				done = done && c > from[src]
			}
			if done {
				return lines, nil
			}
			select {
			case l, ok := <-polled:
				if !ok {
					return lines, fmt.Errorf("bench: daemon exited during the run")
				}
				src := field(l, "source")
				polls[src]++
				if polls[src] == from[src]+1 {
					lines = append(lines, l)
				}
			case <-deadline:
				return lines, fmt.Errorf("bench: daemon: polls per source %v, want more than %v, in %v", polls, from, limit)
			case <-ctx.Done():
				return lines, ctx.Err()
			}
		}
	}
	stop := func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		warnMu.Lock() // the reader is done once Wait has closed the pipe
		warnMu.Unlock()
	}
	if _, err := wait(nil, 20*time.Minute); err != nil {
		stop()
		return st, err
	}
	st.Pass = time.Since(start)
	// The sender drains the outbox beside the polls: wait until it has printed everything.
	settle(stdout, 2*time.Second)
	st.Alerts, _, st.Facts = score(stdout.ids(), t)
	st.Distinct = t.distinct()
	if st.AfterPass, err = procMemory(cmd.Process.Pid, dbPath, true); err != nil {
		stop()
		return st, err
	}
	// The next poll of every source after the sample: a source that finished its first pass early may
	// have polled again already, and is waited for once more.
	lines, err := wait(maps.Clone(polls), interval+2*time.Minute)
	if err != nil {
		stop()
		return st, err
	}
	st.IdlePolls = len(lines)
	nm := 0
	for _, l := range lines {
		if strings.Contains(l, "not_modified=true") {
			nm++
		}
	}
	st.NotModRate = fmt.Sprintf("%d/%d not modified", nm, len(lines))
	time.Sleep(time.Second)
	if st.AfterIdle, err = procMemory(cmd.Process.Pid, dbPath, true); err != nil {
		stop()
		return st, err
	}
	stop()
	return st, nil
}

// field is the value of key=value in a slog text line.
func field(line, key string) string {
	for _, f := range strings.Fields(line) {
		if v, ok := strings.CutPrefix(f, key+"="); ok {
			return strings.Trim(v, `"`)
		}
	}
	return ""
}

// countingWriter keeps the daemon's standard output (its alerts) and when it last grew.
type countingWriter struct {
	mu   sync.Mutex
	buf  []byte
	last time.Time
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	w.last = time.Now()
	return len(p), nil
}

func (w *countingWriter) ids() map[int]bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return ids(w.buf)
}

// settle waits until the writer has been quiet for quiet, at most a minute.
func settle(w *countingWriter, quiet time.Duration) {
	for end := time.Now().Add(time.Minute); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		w.mu.Lock()
		last := w.last
		w.mu.Unlock()
		if time.Since(last) >= quiet {
			return
		}
	}
}

var _ io.Writer = (*countingWriter)(nil)
