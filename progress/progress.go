// Package progress reports long work on a terminal: a line every few seconds with the count so far and
// the rate, and a last line when it is done. Where the output is not a terminal (a log, a pipe, cron) it
// says nothing, so that scripts see only the work's own output.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Every is how often a line is written by default.
const Every = 3 * time.Second

// Reporter counts work done and reports it.
type Reporter struct {
	mu    sync.Mutex
	w     io.Writer // nil: quiet
	what  string
	every time.Duration
	now   func() time.Time
	start time.Time
	last  time.Time
	n     int
}

// New reports on w as "what: N (R/s)". It is quiet unless w is a terminal.
func New(w io.Writer, what string, every time.Duration) *Reporter {
	if !isTerminal(w) {
		w = nil
	}
	return NewTo(w, what, every, time.Now)
}

// NewTo reports on w whatever it is, with the clock now: for tests.
func NewTo(w io.Writer, what string, every time.Duration, now func() time.Time) *Reporter {
	if every <= 0 {
		every = Every
	}
	t := now()
	return &Reporter{w: w, what: what, every: every, now: now, start: t, last: t}
}

// Add counts n more done, and writes a line when one is due.
func (r *Reporter) Add(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.n += n
	if r.w == nil {
		return
	}
	if t := r.now(); t.Sub(r.last) >= r.every {
		r.last = t
		r.line(t, "")
	}
}

// Done writes the last line, when any line was written or the work took longer than one interval.
func (r *Reporter) Done() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.w == nil {
		return
	}
	if t := r.now(); t.Sub(r.start) >= r.every {
		r.line(t, ", done")
	}
}

func (r *Reporter) line(t time.Time, suffix string) {
	el := t.Sub(r.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(r.n) / el
	}
	fmt.Fprintf(r.w, "%s: %d (%.0f/s)%s\n", r.what, r.n, rate, suffix)
}

// isTerminal reports whether w is a character device: a terminal, not a file or a pipe.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
