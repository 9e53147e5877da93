package main

import (
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
)

func versionCmd(e env, args []string) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	bi, ok := debug.ReadBuildInfo()
	fmt.Fprintln(e.stdout, versionLine(bi, ok))
	return exitOK
}

// versionLine says what a binary is: its module version ("(devel)" for a build in a checkout), the
// VCS revision and time it was built from, marked dirty when the work tree had changes, and the Go
// release. A bug report quoting it names one build.
func versionLine(bi *debug.BuildInfo, ok bool) string {
	if !ok || bi == nil {
		return "agrowatch (no build information: built without module support)"
	}
	version := bi.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, at string
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	parts := []string{"agrowatch", version}
	switch {
	case rev == "":
		parts = append(parts, "revision unknown")
	default:
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if dirty {
			rev += "-dirty"
		}
		parts = append(parts, "revision "+rev)
		if at != "" {
			parts = append(parts, at)
		}
	}
	return strings.Join(append(parts, bi.GoVersion), " ")
}
