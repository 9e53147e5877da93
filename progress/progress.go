// Package progress reports how long work is going on a terminal: a line every few seconds with the count
// done and the rate, and a last line when it ends. Written to anything but a terminal (a pipe, a file,
// journald) it says nothing, so that logs and redirected output stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Reporter counts units of one piece of work. It is safe for use by several goroutines.
type Reporter struct {
	w     io.Writer
	what  string
	every time.Duration
	now   func() time.Time
	quiet bool

	mu          sync.Mutex
	n, total    int
	start, last time.Time
}

// New reports on w about what ("articles re-extracted"), at most one line per every. It is quiet unless
// w is a terminal.
func New(w io.Writer, what string, every time.Duration) *Reporter {
	return newReporter(w, what, every, time.Now, !isTerminal(w))
}

func newReporter(w io.Writer, what string, every time.Duration, now func() time.Time, quiet bool) *Reporter {
	t := now()
	return &Reporter{w: w, what: what, every: every, now: now, quiet: quiet, start: t, last: t}
}

// SetTotal gives the count the work will reach, when it is known, for a percentage.
func (r *Reporter) SetTotal(n int) {
	r.mu.Lock()
	r.total = n
	r.mu.Unlock()
}

// Add counts n more units done and writes a line when every has passed since the last.
func (r *Reporter) Add(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.n += n
	if r.quiet {
		return
	}
	if t := r.now(); t.Sub(r.last) >= r.every {
		r.last = t
		fmt.Fprintf(r.w, "%s\n", r.line(t))
	}
}

// Done writes the last line: the count, the time taken and the rate.
func (r *Reporter) Done() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.quiet {
		return
	}
	t := r.now()
	fmt.Fprintf(r.w, "%s, done in %s\n", r.line(t), t.Sub(r.start).Round(time.Second))
}

func (r *Reporter) line(t time.Time) string {
	s := fmt.Sprintf("%s: %d", r.what, r.n)
	if r.total > 0 {
		s += fmt.Sprintf(" of %d (%d%%)", r.total, r.n*100/r.total)
	}
	if d := t.Sub(r.start); d > 0 {
		s += fmt.Sprintf(", %.1f/s", float64(r.n)/d.Seconds())
	}
	return s
}

// isTerminal says whether w is a character device, as a terminal is.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
