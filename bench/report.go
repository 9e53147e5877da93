package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"time"
)

// machine says what the figures were measured on and at which commit.
type machine struct {
	Date, CPU, Kernel, Go, Urlwatch, Commit, Dirty string
	Load                                           string // /proc/loadavg's 1, 5 and 15 minute figures at the start
	Cores                                          int
	MemGiB                                         float64
}

func describe(ctx context.Context, root, rev, urlwatch string) machine {
	m := machine{Date: time.Now().UTC().Format("2006-01-02 15:04 UTC"), Cores: runtime.NumCPU(), Go: runtime.Version()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb float64
		fmt.Sscanf(strings.TrimPrefix(strings.SplitN(string(b), "\n", 2)[0], "MemTotal:"), "%f", &kb)
		m.MemGiB = kb / (1 << 20)
	}
	m.Kernel = output(ctx, "", "uname", "-r")
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			m.Load = strings.Join(f[:3], " ")
		}
	}
	if rev != "" {
		m.Commit = output(ctx, root, "git", "rev-parse", "--short=12", rev)
		return m.withUrlwatch(ctx, urlwatch)
	}
	m.Commit = output(ctx, root, "git", "rev-parse", "--short=12", "HEAD")
	// The tree may hold work not yet committed: the note says which packages it touched.
	dirs := map[string]bool{}
	for _, line := range strings.Split(output(ctx, root, "git", "status", "--porcelain", "--untracked-files=no"), "\n") {
		if len(line) > 3 {
			d, _, _ := strings.Cut(strings.TrimSpace(line[3:]), "/")
			dirs[d] = true
		}
	}
	m.Dirty = strings.Join(slices.Sorted(maps.Keys(dirs)), " ")
	return m.withUrlwatch(ctx, urlwatch)
}

func (m machine) withUrlwatch(ctx context.Context, urlwatch string) machine {
	if urlwatch != "" {
		m.Urlwatch = output(ctx, "", urlwatch, "--version")
	}
	return m
}

func output(ctx context.Context, dir, name string, args ...string) string {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	b, err := cmd.Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

func (m machine) markdown() string {
	commit := "`" + m.Commit + "`"
	if m.Dirty != "" {
		commit += " (with uncommitted changes in: " + m.Dirty + ")"
	}
	s := fmt.Sprintf("Measured %s at commit %s on %d cores (%s), %.1f GiB of memory, Linux %s, %s",
		m.Date, commit, m.Cores, m.CPU, m.MemGiB, m.Kernel, m.Go)
	if m.Urlwatch != "" {
		s += ", " + m.Urlwatch
	}
	if m.Load != "" {
		// Other work on the machine shows in wall time first; CPU time and RSS are the child's own.
		s += "; load average " + m.Load + " at the start"
	}
	return s + "."
}

// comparison is the side-by-side run of the two tools.
type comparison struct {
	N, Planted, Runs int
	Distinct         int // distinct facts among the Planted articles: the alert-worthy ones
	PageBytes        int64
	Agrowatch        tool
	Urlwatch         tool
	Tmpfs            tool // agrowatch with its database on tmpfs, when asked for
	Machine          machine
	Command          string
}

func (c comparison) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "`%s` — %d ElDala-shaped article pages (%.1f MB of HTML; %d state a fact, %d distinct facts: the rest repeat one), %d runs of each tool, alternating. %s\n\n",
		c.Command, c.N, float64(c.PageBytes)/1e6, c.Planted, c.Distinct, c.Runs, c.Machine.markdown())
	if c.Urlwatch.Skipped != "" {
		fmt.Fprintf(&b, "urlwatch skipped: %s.\n\n", c.Urlwatch.Skipped)
	}
	b.WriteString("| | wall s, median (min–max) | CPU s, median (min–max) | peak RSS MB, median (min–max) | of it: peak anonymous MB | peak file-backed MB (the database) | distinct facts found (alert-worthy articles) | articles reported |\n|---|---|---|---|---|---|---|---|\n")
	row := func(t *tool) {
		if len(t.Samples) == 0 {
			return
		}
		file := fmt.Sprintf("%.0f", t.peakFile().Med)
		if db := t.peakDB(); db.Max > 0 {
			file += fmt.Sprintf(" (%.1f)", db.Med)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %.0f | %s | %s | %s |\n", t.Name, t.wall().format(2), t.cpu().format(2), t.rss().format(0),
			t.peakAnon().Med, file, factsFound(t, c.Distinct), reported(t))
	}
	row(&c.Agrowatch)
	row(&c.Tmpfs)
	row(&c.Urlwatch)
	if len(c.Agrowatch.Samples) > 0 && len(c.Urlwatch.Samples) > 0 {
		aw, uw := c.Agrowatch, c.Urlwatch
		fmt.Fprintf(&b, "| urlwatch ÷ agrowatch | %.1f× | %.1f× | %.1f× | | | | |\n",
			uw.wall().Med/aw.wall().Med, uw.cpu().Med/aw.cpu().Med, uw.rss().Med/aw.rss().Med)
	}
	n := float64(c.N)
	if aw := c.Agrowatch; len(aw.Samples) > 0 {
		fmt.Fprintf(&b, "\nagrowatch: %.0f articles/s of wall time, %.0f articles per CPU-second (median).\n", n/aw.wall().Med, n/aw.cpu().Med)
	}
	if uw := c.Urlwatch; len(uw.Samples) > 0 {
		fmt.Fprintf(&b, "urlwatch: %.0f pages/s of wall time, %.0f pages per CPU-second (median).\n", n/uw.wall().Med, n/uw.cpu().Med)
	}
	b.WriteString("\nPeak RSS is the process's VmHWM, read from /proc/PID/status every 20 ms while it runs: anonymous pages " +
		"(the heap, stacks, the runtime) and file pages (the binary's code, the database's memory map) together. The two " +
		"parts are the largest of each in the same samples, which need not fall at the same moment; the database's share " +
		"of the file pages is from /proc/PID/smaps, read every tenth sample (a walk of the page tables that, every 20 ms, " +
		"slowed the run measured). (rusage's ru_maxrss is not used: a child started by a Go program " +
		"reports at least its parent's resident set there.)\n")
	return b.String()
}

// factsFound is how many of the mirror's distinct facts the articles a tool reported cover.
func factsFound(t *tool, distinct int) string {
	f := t.facts()
	s := fmt.Sprintf("%.0f of %d", f.Med, distinct)
	if f.Min != f.Max {
		s += fmt.Sprintf(" (%.0f–%.0f)", f.Min, f.Max)
	}
	return s
}

// reported says what a tool reported: agrowatch's alerts name articles with a new fact, urlwatch's
// matches are pages with a trigger word anywhere, fact or not, new or repeated.
func reported(t *tool) string {
	f, h := t.found(), t.hits()
	s := fmt.Sprintf("%.0f", f.Med)
	if f.Min != f.Max {
		s += fmt.Sprintf(" (%.0f–%.0f)", f.Min, f.Max)
	}
	if extra := f.Med - h.Med; extra > 0 {
		s += fmt.Sprintf(", %.0f of them stating no fact", extra)
	}
	return s
}

func (s summary) format(prec int) string {
	return fmt.Sprintf("%.*f (%.*f–%.*f)", prec, s.Med, prec, s.Min, prec, s.Max)
}

func (s steady) markdown(cmd string, m machine) string {
	mb := func(v int64) float64 { return float64(v) / (1 << 20) }
	var b strings.Builder
	fmt.Fprintf(&b, "`%s` — `agrowatch run` (the daemon) over %d article pages, three sources. %s\n\n", cmd, s.Articles, m.markdown())
	fmt.Fprintf(&b, "First pass: %d articles in %.1f s (%.0f articles/s); alerts for %d articles, %d of the mirror's %d distinct facts.\n\n",
		s.Articles, s.Pass.Seconds(), float64(s.Articles)/s.Pass.Seconds(), s.Alerts, s.Facts, s.Distinct)
	b.WriteString("| /proc/PID/status, smaps | VmRSS MB | of it RssAnon (heap, stacks) MB | RssFile MB | of the file pages: the database (bbolt's mmap) | the binary | VmHWM (peak so far) MB |\n|---|---:|---:|---:|---:|---:|---:|\n")
	row := func(name string, r memory) {
		fmt.Fprintf(&b, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", name, mb(r.RSS), mb(r.Anon), mb(r.File), mb(r.DB), mb(r.Binary), mb(r.HWM))
	}
	row("after the first pass", s.AfterPass)
	row("after the next poll of every source ("+s.NotModRate+")", s.AfterIdle)
	return b.String()
}

// markdown is one package's benchmarks: the command, its output, and where and when it ran.
func (g goBench) markdown(m machine) string {
	var b strings.Builder
	fmt.Fprintf(&b, "```\n$ %s\n", g.Command)
	for _, l := range g.Lines {
		b.WriteString(l + "\n")
	}
	if g.Err != "" {
		b.WriteString("FAILED: " + g.Err + "\n")
	}
	fmt.Fprintf(&b, "```\n%s\n", m.markdown())
	return b.String()
}

func (p profile) markdown(cmd string, m machine) string {
	var b strings.Builder
	fmt.Fprintf(&b, "`%s` — %s, %d samples. %s\n\n", cmd, p.Command, p.Samples, m.markdown())
	b.WriteString("The pipeline's stages, callees included (% of all samples; a stage under 0.3% shows 0):\n\n| stage | % |\n|---|---:|\n")
	for _, st := range p.Stages {
		fmt.Fprintf(&b, "| %s | %.1f |\n", st.Name, st.Total)
	}
	b.WriteString("\nTop functions by their own time (self), and by time with their callees (total):\n\n")
	b.WriteString("| self % | function | | total % | function (with callees) |\n|---:|---|---|---:|---|\n")
	for i := range max(len(p.Flat), len(p.Cum)) {
		var l, r string = "| | ", "| | |"
		if i < len(p.Flat) {
			l = fmt.Sprintf("| %.1f | `%s` ", p.Flat[i].Self, p.Flat[i].Symbol)
		}
		if i < len(p.Cum) {
			r = fmt.Sprintf("| | %.1f | `%s` |", p.Cum[i].Total, p.Cum[i].Symbol)
		}
		b.WriteString(l + r + "\n")
	}
	return b.String()
}

// updateDoc replaces the section between <!-- bench:NAME --> and <!-- /bench:NAME --> with body,
// appending the section when the note has none, so that hand-written text around it stays.
func updateDoc(path, name, body string) error {
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("bench: %w", err)
	}
	open, end := "<!-- bench:"+name+" -->", "<!-- /bench:"+name+" -->"
	doc := string(old)
	block := open + "\n" + strings.TrimRight(body, "\n") + "\n" + end
	i, j := strings.Index(doc, open), strings.Index(doc, end)
	if i >= 0 && j > i {
		doc = doc[:i] + block + doc[j+len(end):]
	} else {
		if doc != "" && !strings.HasSuffix(doc, "\n") {
			doc += "\n"
		}
		doc += "\n" + block + "\n"
	}
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}
