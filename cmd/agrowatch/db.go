package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"time"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/store"
)

func dbCmd(ctx context.Context, e env, args []string) int {
	if len(args) == 0 || (args[0] != "stats" && args[0] != "compact") {
		fmt.Fprintf(e.stderr, "agrowatch: db needs stats or compact\n\n%s", usage)
		return exitUsage
	}
	fs := flag.NewFlagSet("db "+args[0], flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "configuration file (default: the built-in config.yaml)")
	if code, ok := parseFlags(fs, args[1:]); !ok {
		return code
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	if args[0] == "compact" {
		return compactCmd(e, cfg)
	}
	return withArchive(ctx, e, cfg, "/stats", nil,
		func(db *store.DB) error {
			st, err := db.Stats()
			if err != nil {
				return err
			}
			printStats(e.stdout, st)
			return nil
		},
		func(r io.Reader) error {
			var st store.Stats
			if err := json.NewDecoder(r).Decode(&st); err != nil {
				return fmt.Errorf("reading the daemon's stats: %w", err)
			}
			printStats(e.stdout, st)
			return nil
		})
}

func printStats(w io.Writer, st store.Stats) {
	fmt.Fprintf(w, "articles     %d (%d alerted, %d pruned to tombstones)\n", st.Articles, st.Alerted, st.Tombstones)
	total := 0
	for _, n := range st.Mentions {
		total += n
	}
	fmt.Fprintf(w, "mentions     %d\n", total)
	kinds := agrowatch.Kinds()
	for k := range st.Mentions {
		if !slices.Contains(kinds, agrowatch.Kind(k)) {
			kinds = append(kinds, agrowatch.Kind(k))
		}
	}
	for _, k := range kinds {
		fmt.Fprintf(w, "  %-13s %d\n", k, st.Mentions[string(k)])
	}
	fmt.Fprintf(w, "alerts       %d\n", st.Alerts)
	fmt.Fprintf(w, "outbox       %d waiting, %d dropped\n", st.Outbox, st.Dropped)
	oldest := "-"
	if !st.Oldest.IsZero() {
		oldest = st.Oldest.In(archiveZone()).Format("2006-01-02 15:04")
	}
	fmt.Fprintf(w, "oldest       %s (first read of the oldest article kept whole)\n", oldest)
	fmt.Fprintf(w, "file size    %s\n", humanBytes(st.FileSize))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func compactCmd(e env, cfg *config.Config) int {
	start := time.Now()
	before, after, err := store.Compact(cfg.Store.Path, time.Second)
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			fmt.Fprintf(e.stderr, "agrowatch: %v: stop the running agrowatch first; compaction needs the file to itself\n", err)
		} else {
			fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		}
		return exitFailed
	}
	fmt.Fprintf(e.stdout, "%s: %s → %s in %s\n", cfg.Store.Path, humanBytes(before), humanBytes(after), time.Since(start).Round(time.Millisecond))
	return exitOK
}
