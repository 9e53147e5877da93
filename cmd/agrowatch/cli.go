package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// Exit statuses: 0 done, 1 the work failed, 2 the command line or the configuration is wrong.
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

const usage = `agrowatch watches Kazakh agricultural news and alerts on Telegram.

Usage:
  agrowatch run [-config FILE] [-once] [-log-level LEVEL] [-log-format text|json]
                                                 poll the sources and deliver alerts (the daemon);
                                                 SIGHUP re-reads the configuration
  agrowatch scan [-json] [-lang ru|kk|en|zh] FILE|URL|-
                                                 print the facts found in one article (text or HTML)
  agrowatch sources [-config FILE]              list every source with its health
  agrowatch sources check NAME [-config FILE] [-file PAGE]
                                                 fetch a source now (or read a saved page) and show what it sees
  agrowatch sources presets                     list the shipped presets and their editions
  agrowatch config check [-config FILE]         validate the configuration and print it as read (token masked)
  agrowatch export [-since DATE] [-until DATE] [-kind K] [-source S] [-commodity C] [-country CC]
                   [-format csv|json] [-config FILE]
                                                 every stored mention, one row each (asks the daemon when it runs)
  agrowatch db stats [-config FILE]             what the archive holds (asks the daemon when it runs)
  agrowatch db compact [-config FILE]           rewrite the database file to its size in use (daemon stopped)
  agrowatch reextract [-since DATE] [-config FILE]
                                                 read the stored bodies again with this extractor, alerting nothing
  agrowatch version                             print the version and the revision it was built from

Flags of run:
  -log-level debug|info|warn|error              default info
  -log-format text|json                         default text; json for journald or Loki
Without -config, the configuration built into the binary (config.yaml) is used.
Exit status: 0 done, 1 the work failed, 2 the command line or the configuration is wrong.
`

// env is what every command is given: streams and a way to make its logger.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// jsonLog makes logger write JSON lines (-log-format json) instead of text.
	jsonLog bool
}

func (e env) logger(level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if e.jsonLog {
		return slog.New(slog.NewJSONHandler(e.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(e.stderr, opts))
}

func cli(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "run":
		return runCmd(ctx, e, args[1:])
	case "scan":
		return scanCmd(ctx, e, args[1:])
	case "export":
		return exportCmd(ctx, e, args[1:])
	case "db":
		return dbCmd(ctx, e, args[1:])
	case "reextract":
		return reextractCmd(ctx, e, args[1:])
	case "sources":
		return sourcesCmd(ctx, e, args[1:])
	case "config":
		return configCmd(e, args[1:])
	case "version", "-version", "--version":
		return versionCmd(e, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "agrowatch: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}

// parseFlags parses a command's flags. It returns false with the exit status when the command should
// stop: 0 after -h (help asked for is not a mistake), 2 after a bad flag.
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return exitOK, true
	case errors.Is(err, flag.ErrHelp):
		return exitOK, false
	default:
		return exitUsage, false
	}
}

// parseLevel reads -log-level.
func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	err := l.UnmarshalText([]byte(strings.ToUpper(s)))
	return l, err
}

// parseFormat reads -log-format: true for json.
func parseFormat(s string) (bool, error) {
	switch s {
	case "text", "":
		return false, nil
	case "json":
		return true, nil
	}
	return false, fmt.Errorf("%q is neither json nor text", s)
}
