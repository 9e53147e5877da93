package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/control"
	"agrowatch/crawler"
	"agrowatch/extract"
	"agrowatch/preset"
	"agrowatch/store"
	"agrowatch/watch"
)

func sourcesCmd(ctx context.Context, e env, args []string) int {
	if len(args) > 0 && args[0] == "check" {
		return checkCmd(ctx, e, args[1:])
	}
	if len(args) > 0 && args[0] == "presets" {
		return presetsCmd(e, args[1:])
	}
	fs := flag.NewFlagSet("sources", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "configuration file (default: the built-in config.yaml)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	if _, err := os.Stat(cfg.Store.Path); errors.Is(err, os.ErrNotExist) {
		// No poll has run here yet: listing must not leave a database behind in the folder it was asked in.
		printHealth(e, cfg, nil, time.Now())
		return exitOK
	}
	db, err := store.Open(cfg.Store.Path, store.Options{Timeout: time.Second})
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			// The daemon holds the file: it answers on its control socket.
			body, cerr := control.Get(ctx, control.SocketPath(cfg.Store.Path), "/sources", nil)
			if cerr == nil {
				defer body.Close()
				var all map[string]agrowatch.Health
				if derr := json.NewDecoder(body).Decode(&all); derr == nil {
					printHealth(e, cfg, all, time.Now())
					return exitOK
				} else {
					cerr = derr
				}
			}
			fmt.Fprintf(e.stderr, "agrowatch: %v, and the daemon did not answer on its control socket: %v\n", err, cerr)
		} else {
			fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		}
		return exitFailed
	}
	defer db.Close()
	all, err := db.AllHealth()
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitFailed
	}
	printHealth(e, cfg, all, time.Now())
	return exitOK
}

func printHealth(e env, cfg *config.Config, all map[string]agrowatch.Health, now time.Time) {
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tSTATE\tLAST ATTEMPT\tLAST SUCCESS\tFAILURES\tITEMS\tARTICLES\tEMPTY BODY/DATE\tLAST ERROR")
	names := map[string]bool{}
	for _, s := range cfg.Sources {
		names[s.Name] = true
		h, ok := all[s.Name]
		state := healthState(h, ok, s.Disabled)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d/%d\t%s\n", s.Name, kindOf(s), state,
			ago(h.LastAttempt, now), ago(h.LastSuccess, now), h.Failures, h.LastItems, h.Articles,
			h.EmptyBodies, h.EmptyDates, oneLine(h.LastError))
	}
	var gone []string
	for n := range all {
		if !names[n] {
			gone = append(gone, n)
		}
	}
	sort.Strings(gone)
	for _, n := range gone {
		h := all[n]
		fmt.Fprintf(tw, "%s\t-\tnot in config\t%s\t%s\t%d\t%d\t%d\t%d/%d\t%s\n", n, ago(h.LastAttempt, now), ago(h.LastSuccess, now),
			h.Failures, h.LastItems, h.Articles, h.EmptyBodies, h.EmptyDates, oneLine(h.LastError))
	}
	tw.Flush()
	for _, s := range cfg.Sources {
		// Reasons are long: they go below the table, so that its columns stay in line.
		if h := all[s.Name]; h.Degraded != "" && !s.Disabled {
			fmt.Fprintf(e.stdout, "%s: %s\n", s.Name, h.Degraded)
		}
		if h := all[s.Name]; h.Note != "" {
			fmt.Fprintf(e.stdout, "%s: %s\n", s.Name, h.Note)
		}
	}
}

// kindOf is the source's preset or type, with the edition when its preset has more than one.
func kindOf(s config.Source) string {
	if p, ok := preset.Lookup(s.Preset); ok && len(p.Editions) > 1 && s.Lang != "" {
		return s.Preset + "/" + s.Lang
	}
	return s.Kind()
}

func healthState(h agrowatch.Health, ok, disabled bool) string {
	switch {
	case disabled:
		return "disabled"
	case !ok || h.Polls == 0 && h.LastAttempt.IsZero():
		return "never polled"
	case h.Degraded != "":
		return "degraded"
	case h.Failures > 0:
		return "failing"
	default:
		return "ok"
	}
}

func ago(t, now time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return now.Sub(t).Round(time.Second).String() + " ago"
}

// oneLine folds an error onto one line and keeps its end: a wrapped error names its cause last.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		return "…" + string(r[len(r)-79:])
	}
	return s
}

// checkCmd fetches one source now, or reads a saved page, and prints what it sees. It never opens the
// database, so it works beside a running daemon and marks nothing as seen.
func checkCmd(ctx context.Context, e env, args []string) int {
	fs := flag.NewFlagSet("sources check", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "configuration file (default: the built-in config.yaml)")
	file := fs.String("file", "", "a saved listing or article page of this source, read instead of fetching")
	// Accept NAME before or after the flags.
	var name string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if name == "" && fs.NArg() > 0 {
		name = fs.Arg(0)
	}
	if name == "" {
		fmt.Fprintln(e.stderr, "agrowatch sources check: name a source")
		return exitUsage
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	var sc *config.Source
	var known []string
	for i := range cfg.Sources {
		known = append(known, cfg.Sources[i].Name)
		if cfg.Sources[i].Name == name {
			sc = &cfg.Sources[i]
		}
	}
	if sc == nil {
		fmt.Fprintf(e.stderr, "agrowatch sources check: no source %q in %s (known: %s)\n", name, cfg.File, strings.Join(known, ", "))
		return exitUsage
	}
	log := e.logger(slog.LevelWarn)
	client := crawler.NewClient(cfg.HTTP, log)
	crawler.HostsOf(client).Configure([]config.Source{*sc})
	src, err := crawler.New(*sc, cfg.HTTP, crawler.Deps{Client: client, Logger: log, Now: time.Now})
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch sources check: %s: %v\n", name, err)
		return exitFailed
	}
	insp, ok := src.(crawler.Inspector)
	if !ok {
		fmt.Fprintf(e.stderr, "agrowatch sources check: %s (%s) cannot be inspected\n", name, sc.Kind())
		return exitFailed
	}
	var page []byte
	if *file != "" {
		if page, err = os.ReadFile(*file); err != nil {
			fmt.Fprintf(e.stderr, "agrowatch sources check: %v\n", err)
			return exitFailed
		}
	}
	items, err := insp.Inspect(ctx, nil, page)
	// Mentions are read in the language of the edition's text: kk-latn is Kazakh.
	lang := sc.Lang
	if p, derr := sc.Declaration(); derr == nil {
		lang = p.Editions[0].TextLang()
	}
	x := extract.New()
	for i, it := range items {
		date := "date unknown"
		if !it.Published.IsZero() {
			date = it.Published.Format(time.RFC3339)
		}
		fmt.Fprintf(e.stdout, "%d. %s\n   %s\n   %s · body %d chars\n", i+1, it.Title, it.URL, date, it.BodyLen)
		if it.Text != "" {
			for _, m := range watch.Mentions(x, agrowatch.Article{Title: it.Title, Text: it.Text, Lang: lang}) {
				fmt.Fprintf(e.stdout, "   - %s\n", describe(m))
			}
		}
	}
	fmt.Fprintf(e.stdout, "%d items\n", len(items))
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch sources check: %s: %v\n", name, err)
		return exitFailed
	}
	if len(items) == 0 {
		fmt.Fprintf(e.stderr, "agrowatch sources check: %s: no items found: the layout may have changed\n", name)
		return exitFailed
	}
	return exitOK
}

// presetsCmd prints the shipped preset declarations: what `preset:` may name, the editions `lang:` picks,
// where each starts, how it is read.
func presetsCmd(e env, args []string) int {
	fs := flag.NewFlagSet("sources presets", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "agrowatch sources presets: unexpected %q\n", fs.Arg(0))
		return exitUsage
	}
	for i, p := range preset.All() {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintf(e.stdout, "%s: %s\n", p.Name, p.About)
		fmt.Fprintf(e.stdout, "  read by %s, every %s by default, dates without a zone in %s\n", p.Reader, p.Interval, p.Location())
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		for j, ed := range p.Editions {
			lang := ed.Lang
			if j == 0 {
				lang += " (default)"
			}
			start := "no known address: give url"
			if len(ed.Start) > 0 {
				start = strings.Join(ed.Start, " ")
			}
			fmt.Fprintf(tw, "  lang: %s\t%s\n", lang, start)
		}
		tw.Flush()
	}
	return exitOK
}
