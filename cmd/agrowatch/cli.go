package main

import (
	"context"
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
  agrowatch run [-config FILE] [-once]          poll the sources and deliver alerts (the daemon)
  agrowatch scan [-json] [-lang ru|kk|en|zh] FILE|URL|-
                                                 print the facts found in one article (text or HTML)
  agrowatch sources [-config FILE]              list every source with its health
  agrowatch sources check NAME [-config FILE] [-file PAGE]
                                                 fetch a source now (or read a saved page) and show what it sees
Without -config, the configuration built into the binary (config.yaml) is used.
`

// env is what every command is given: streams and a way to make its logger.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func (e env) logger(level slog.Level) *slog.Logger {
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
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
	case "sources":
		return sourcesCmd(ctx, e, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "agrowatch: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}

// parseLevel reads -log-level.
func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	err := l.UnmarshalText([]byte(strings.ToUpper(s)))
	return l, err
}
