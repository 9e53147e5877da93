// Command bench measures agrowatch against urlwatch on a local ElDala mirror: it generates the
// mirror, serves it from memory on 127.0.0.1, runs `agrowatch run -once` and urlwatch over the same
// articles several times each, and prints (and writes into docs/benchmarks.md) wall time, CPU time,
// peak memory and what each found. With -steady it also measures the daemon's resident memory after a
// long first pass; with -gobench it runs the Go benchmarks; with -profile it samples a pass with perf.
//
//	go run ./bench -n 1000 -runs 5
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"agrowatch/bench/mirror"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

type options struct {
	n, runs, parallelism, steadyN, warmup, top int
	seed                                       uint64
	interval                                   time.Duration
	doc, urlwatch, work, rev, daemonLog        string
	memoryLimit                                string
	benchPkgs, benchPattern, benchtime         string
	write, install, gobench, profile, compare  bool
	tmpfs, serve                               string
}

func (o options) setup() setup { return setup{parallelism: o.parallelism, memoryLimit: o.memoryLimit} }

func run(args []string, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&o.n, "n", 1000, "article pages in the mirror")
	fs.IntVar(&o.runs, "runs", 5, "runs of each tool, alternating")
	fs.IntVar(&o.warmup, "warmup", 1, "untimed runs of each tool first (page cache, Python's bytecode)")
	fs.IntVar(&o.parallelism, "parallelism", 8, "agrowatch's http.parallelism")
	fs.StringVar(&o.memoryLimit, "memory-limit", "", "agrowatch's runtime.memory_limit (e.g. 32MiB, off); empty: its default")
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the generated texts")
	fs.BoolVar(&o.compare, "compare", true, "run the agrowatch/urlwatch comparison")
	fs.StringVar(&o.tmpfs, "tmpfs", "", "also run agrowatch with its database in this folder (e.g. /dev/shm), to show what fsync costs")
	fs.IntVar(&o.steadyN, "steady", 10000, "article pages for the daemon's steady-state RSS (0: skip)")
	fs.StringVar(&o.daemonLog, "daemon-log", "", "copy the steady-state daemon's standard error (its log; gctrace lines under GODEBUG=gctrace=1) to this file")
	fs.DurationVar(&o.interval, "steady-interval", 10*time.Second, "the daemon's poll interval in the steady-state run")
	fs.BoolVar(&o.gobench, "gobench", false, "also run the Go benchmarks (go test -bench) of -gobench-pkgs")
	fs.StringVar(&o.benchPkgs, "gobench-pkgs", goBenchPackages, "packages whose Go benchmarks -gobench runs, comma-separated")
	fs.StringVar(&o.benchPattern, "gobench-run", ".", "the -bench pattern of -gobench")
	fs.StringVar(&o.benchtime, "benchtime", "", "the -benchtime of -gobench (default: go test's)")
	fs.BoolVar(&o.profile, "profile", false, "also sample one agrowatch pass over the mirror with perf")
	fs.IntVar(&o.top, "top", 20, "functions listed from the profile")
	fs.StringVar(&o.doc, "doc", "docs/benchmarks.md", "the note the tables are written into, relative to the module root")
	fs.BoolVar(&o.write, "write", true, "write the tables into -doc")
	fs.StringVar(&o.urlwatch, "urlwatch", "urlwatch", "the urlwatch command")
	fs.BoolVar(&o.install, "install-urlwatch", true, "apt-get install urlwatch when it is missing")
	fs.StringVar(&o.rev, "rev", "", "build agrowatch from this commit (git archive) instead of the work tree as it is")
	fs.StringVar(&o.work, "dir", "", "folder for the binary, databases and caches (default: a new one in $TMPDIR, on disk here)")
	fs.StringVar(&o.serve, "serve", "", "only serve the mirror until interrupted, and write an agrowatch configuration for it to this file (to profile or trace one run by hand)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if o.n < 1 || o.runs < 1 || o.parallelism < 1 {
		fmt.Fprintln(stderr, "bench: -n, -runs and -parallelism must be positive")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	do := bench
	if o.serve != "" {
		do = serveOnly
	}
	if err := do(ctx, o, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

func bench(ctx context.Context, o options, stdout, stderr io.Writer) error {
	root, err := moduleRoot(ctx)
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp(o.work, "agrowatch-bench-")
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(work)
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, "bench: "+format+"\n", args...) }

	logf("building agrowatch")
	bin, src, err := buildAgrowatch(ctx, root, work, o.rev)
	if err != nil {
		return err
	}
	uw, why := "", "not run (-compare=false)"
	if o.compare {
		uw, why = urlwatchBin(ctx, o.urlwatch, o.install)
		if why != "" {
			logf("urlwatch skipped: %s", why)
		}
	}
	m := describe(ctx, root, o.rev, uw)
	docPath := o.doc
	if !filepath.IsAbs(docPath) {
		docPath = filepath.Join(root, docPath)
	}
	write := func(section, body string) error {
		fmt.Fprintln(stdout, body)
		if !o.write {
			return nil
		}
		return updateDoc(docPath, section, body)
	}
	cmdline := "go run ./bench " + strings.Join(os.Args[1:], " ")

	if o.compare || o.profile {
		c, base, stopServer, err := serveMirror(o.n, o.seed)
		if err != nil {
			return err
		}
		defer stopServer()
		logf("mirror of %d articles (%d state a fact, %d distinct facts) at %s", o.n, len(c.truth), c.truth.distinct(), base)
		if o.compare {
			cmp := comparison{N: o.n, Planted: len(c.truth), Distinct: c.truth.distinct(), Runs: o.runs, PageBytes: c.site.size(), Machine: m, Command: cmdline,
				Agrowatch: tool{Name: "agrowatch run -once"}, Urlwatch: tool{Name: "urlwatch", Skipped: why},
				Tmpfs: tool{Name: "agrowatch run -once, database in " + o.tmpfs}}
			if err := compare(ctx, o, &cmp, bin, uw, work, base, c, logf); err != nil {
				return err
			}
			if err := write("compare", cmp.markdown()); err != nil {
				return err
			}
		}
		if o.profile {
			logf("profiling one agrowatch pass with perf")
			p, err := profileOnce(ctx, bin, work, base, o.setup(), o.top)
			if err != nil {
				logf("profile skipped: %v", err)
			} else if err := write("profile", p.markdown(cmdline, m)); err != nil {
				return err
			}
		}
		stopServer()
	}

	if o.steadyN > 0 {
		c, base, stopServer, err := serveMirror(o.steadyN, o.seed)
		if err != nil {
			return err
		}
		defer stopServer()
		logf("daemon over %d articles (%d distinct facts) at %s", o.steadyN, c.truth.distinct(), base)
		var daemonLog io.Writer
		if o.daemonLog != "" {
			f, err := os.Create(o.daemonLog)
			if err != nil {
				return fmt.Errorf("bench: -daemon-log: %w", err)
			}
			defer f.Close()
			daemonLog = f
		}
		st, err := steadyState(ctx, bin, work, base, o.setup(), o.interval, c.truth, daemonLog)
		for _, w := range st.Warnings {
			logf("daemon: %s", w)
		}
		if err != nil {
			return err
		}
		st.Articles = o.steadyN
		if err := write("steady", st.markdown(cmdline, m)); err != nil {
			return err
		}
		stopServer()
	}

	if o.gobench {
		logf("running the Go benchmarks")
		// One section a package, so that a run of some packages leaves the others' figures alone.
		for _, g := range runGoBench(ctx, src, o.benchPkgs, o.benchPattern, o.benchtime) {
			if err := write("gobench "+g.Package, g.markdown(m)); err != nil {
				return err
			}
		}
	}
	return nil
}

// serveOnly serves a mirror of o.n articles and writes a configuration that reads it into o.serve,
// then waits for an interrupt: the mirror without the measurements, for a run under pprof, perf or
// GODEBUG=gctrace=1 by hand.
func serveOnly(ctx context.Context, o options, stdout, stderr io.Writer) error {
	g, base, stopServer, err := serveMirror(o.n, o.seed)
	if err != nil {
		return err
	}
	defer stopServer()
	cfg := agrowatchConfig(base, filepath.Join(filepath.Dir(o.serve), "agrowatch.db"), o.setup(), 15*time.Minute)
	if err := os.WriteFile(o.serve, []byte(cfg), 0o644); err != nil {
		return fmt.Errorf("bench: -serve: %w", err)
	}
	fmt.Fprintf(stdout, "mirror of %d articles (%d distinct facts) at %s\nconfiguration: %s\n", o.n, g.truth.distinct(), base, o.serve)
	<-ctx.Done()
	return nil
}

// serveMirror builds a mirror of n articles and serves it on 127.0.0.1 until stop is called.
func serveMirror(n int, seed uint64) (g generated, base string, stop func(), err error) {
	if g, err = buildMirror(n, seed); err != nil {
		return generated{}, "", nil, err
	}
	if base, stop, err = serve(g.site); err != nil {
		return generated{}, "", nil, err
	}
	return g, base, stop, nil
}

// generated is a rendered mirror and what its articles state.
type generated struct {
	site  *site
	truth truth
}

// truth is the facts the mirror's articles state, by article id. An article whose fact an earlier one
// already stated is a repeat, not news: the alert-worthy articles are one per distinct fact.
type truth map[int]string

func (t truth) distinct() int {
	keys := map[string]bool{}
	for _, k := range t {
		keys[k] = true
	}
	return len(keys)
}

func buildMirror(n int, seed uint64) (generated, error) {
	c := mirror.Generate(n, seed, time.Now())
	s, err := render(c)
	if err != nil {
		return generated{}, err
	}
	t := truth{}
	for _, a := range c.Articles {
		if a.Fact != nil {
			t[a.ID] = a.Fact.Key()
		}
	}
	return generated{site: s, truth: t}, nil
}

// compare runs the tools alternately, warm-up runs first and untimed.
func compare(ctx context.Context, o options, c *comparison, bin, uw, work, base string, g generated, logf func(string, ...any)) error {
	for i := range o.warmup + o.runs {
		timed := i >= o.warmup
		s, err := runAgrowatch(ctx, bin, work, base, o.setup(), g.truth)
		if err != nil {
			return err
		}
		logf("agrowatch run %d: %.2fs wall, %.2fs CPU, %.0f MB (peaks: %.0f MB anonymous, %.0f MB file-backed, %.1f MB of it the database), %d alerts",
			i+1, s.Wall.Seconds(), s.CPU.Seconds(), float64(s.RSS)/(1<<20), float64(s.Peak.Anon)/(1<<20), float64(s.Peak.File)/(1<<20), float64(s.Peak.DB)/(1<<20), s.Found)
		for j, m := range s.Missed {
			if j == 5 {
				logf("  … and %d more facts not alerted", len(s.Missed)-j)
				break
			}
			logf("  not alerted: %s", m)
		}
		if timed {
			c.Agrowatch.Samples = append(c.Agrowatch.Samples, s)
		}
		if o.tmpfs != "" {
			tmp, err := os.MkdirTemp(o.tmpfs, "agrowatch-bench-")
			if err != nil {
				return fmt.Errorf("bench: -tmpfs: %w", err)
			}
			s, err := runAgrowatch(ctx, bin, tmp, base, o.setup(), g.truth)
			os.RemoveAll(tmp)
			if err != nil {
				return err
			}
			logf("agrowatch (database in %s) run %d: %.2fs wall, %.2fs CPU, %.0f MB", o.tmpfs, i+1, s.Wall.Seconds(), s.CPU.Seconds(), float64(s.RSS)/(1<<20))
			if timed {
				c.Tmpfs.Samples = append(c.Tmpfs.Samples, s)
			}
		}
		if uw == "" {
			continue
		}
		s, err = runUrlwatch(ctx, uw, work, base, g.site.urls, g.truth)
		if err != nil {
			return err
		}
		logf("urlwatch run %d: %.2fs wall, %.2fs CPU, %.0f MB, %d pages matched", i+1, s.Wall.Seconds(), s.CPU.Seconds(), float64(s.RSS)/(1<<20), s.Found)
		if timed {
			c.Urlwatch.Samples = append(c.Urlwatch.Samples, s)
		}
	}
	return nil
}

// moduleRoot is the folder of agrowatch's go.mod: the bench builds the daemon from it and writes the
// note into it, wherever it is started from inside the module.
func moduleRoot(ctx context.Context) (string, error) {
	gomod := output(ctx, "", "go", "env", "GOMOD")
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("bench: not inside the agrowatch module (go env GOMOD is empty): run it from the repository")
	}
	return filepath.Dir(gomod), nil
}
