package main

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
)

// goBenchPackages are the packages with Go benchmarks, each run with the command the note shows.
const goBenchPackages = "./extract,./watch,./store,./crawler,./dedup,./notify,./cmd/agrowatch"

// goBench is one package's benchmark output.
type goBench struct {
	Package string
	Command string
	Lines   []string // "BenchmarkX-2  N  t ns/op  x MB/s ..." and the package's goos/cpu lines
	Err     string
}

// runGoBench runs the Go benchmarks of each package, one package at a time so that a package that
// does not build costs only its own lines.
func runGoBench(ctx context.Context, root, pkgs, pattern, benchtime string) []goBench {
	var out []goBench
	for _, pkg := range strings.Split(pkgs, ",") {
		args := []string{"test", "-run", "^$", "-bench", pattern, "-benchmem"}
		if benchtime != "" {
			args = append(args, "-benchtime", benchtime)
		}
		args = append(args, "-timeout", "30m", pkg)
		g := goBench{Package: pkg, Command: "go " + strings.Join(quoteArgs(args), " ")}
		cmd := exec.CommandContext(ctx, "go", args...)
		cmd.Dir = root
		b, err := cmd.CombinedOutput()
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "Benchmark") || strings.HasPrefix(line, "cpu:") {
				g.Lines = append(g.Lines, strings.TrimRight(line, " \t"))
			}
		}
		if err != nil {
			g.Err = fmt.Sprintf("%v: %s", err, strings.TrimSpace(string(tail(b, 600))))
		}
		out = append(out, g)
	}
	return out
}

// quoteArgs quotes what a shell would otherwise expand.
func quoteArgs(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		if strings.ContainsAny(a, "^$*?|() ") {
			a = "'" + a + "'"
		}
		out[i] = a
	}
	return out
}
