package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/export"
	"agrowatch/extract"
	"agrowatch/progress"
	"agrowatch/store"
	"agrowatch/watch"
)

func reextractCmd(ctx context.Context, e env, args []string) int {
	fs := flag.NewFlagSet("reextract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "configuration file (default: the built-in config.yaml)")
	since := fs.String("since", "", "only articles first read on or after this day, 2026-01-31")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	req, err := export.Parse(export.Values(*since, "", "", "", "", "", ""), archiveZone())
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	db, err := store.Open(cfg.Store.Path, store.Options{Timeout: time.Second})
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			fmt.Fprintf(e.stderr, "agrowatch: %v: reextract writes the archive; stop the running agrowatch first\n", err)
		} else {
			fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		}
		return exitFailed
	}
	defer db.Close()
	added, removed, articles, partial, err := reextract(ctx, db, extract.New(), req.Query.Since, progress.New(e.stderr, "reextract: articles", 3*time.Second))
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: reextract: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(e.stdout, "%d articles read again (%d of them kept only as an excerpt by an older agrowatch)\n", articles, partial)
	fmt.Fprintf(e.stdout, "%-14s %7s %7s\n", "kind", "added", "removed")
	for _, k := range agrowatch.Kinds() {
		fmt.Fprintf(e.stdout, "%-14s %7d %7d\n", k, added[k], removed[k])
	}
	return exitOK
}

// reextract reads every stored body since `since` with x and replaces the stored mentions, alerting
// nothing; it counts, per kind, the mentions the new reading adds and those it no longer finds (facts
// compared with agrowatch.Mention.SameFact).
func reextract(ctx context.Context, db *store.DB, x watch.Extractor, since time.Time, p *progress.Reporter) (added, removed map[agrowatch.Kind]int, articles, partial int, err error) {
	added, removed = map[agrowatch.Kind]int{}, map[agrowatch.Kind]int{}
	err = db.Articles(since, func(rec store.Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if rec.Tombstone {
			return nil
		}
		body, err := db.Body(rec.ID)
		if err != nil {
			return err
		}
		ms := watch.Mentions(x, agrowatch.Article{Title: rec.Title, Text: body, Lang: rec.Lang})
		old, err := db.SetMentions(rec.ID, ms)
		if err != nil {
			return err
		}
		count := func(ms []agrowatch.Mention) map[string]int {
			c := map[string]int{}
			for _, m := range ms {
				c[m.FactKey()]++
			}
			return c
		}
		before, after := count(old), count(ms)
		for _, m := range ms {
			if k := m.FactKey(); before[k] > 0 {
				before[k]--
			} else {
				added[m.Kind]++
			}
		}
		for _, m := range old {
			if k := m.FactKey(); after[k] > 0 {
				after[k]--
			} else {
				removed[m.Kind]++
			}
		}
		articles++
		if rec.Partial {
			partial++
		}
		p.Add(1)
		return nil
	})
	p.Done()
	return added, removed, articles, partial, err
}
