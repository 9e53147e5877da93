package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"agrowatch/config"
	"agrowatch/export"
	"agrowatch/progress"
	"agrowatch/store"
)

func exportCmd(ctx context.Context, e env, args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "configuration file (default: the built-in config.yaml)")
	since := fs.String("since", "", "first day, 2026-01-31 (UTC+5), inclusive")
	until := fs.String("until", "", "day after the last, exclusive")
	kind := fs.String("kind", "", "meat_ban, inspection, export_volume or border_delay (comma-separated)")
	source := fs.String("source", "", "source name: articles of it, or stories it also reported")
	commodity := fs.String("commodity", "", "commodity, as in scan -json: wheat, beef, poultry, …")
	country := fs.String("country", "", "ISO code in any role (by, on, from, to)")
	format := fs.String("format", "csv", "csv (UTF-8 with BOM, for spreadsheets) or json (one object per line)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	v := export.Values(*since, *until, *kind, *source, *commodity, *country, *format)
	req, err := export.Parse(v, archiveZone())
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	return withArchive(ctx, e, cfg, "/export", v,
		func(db *store.DB) error { return writeExport(db, req, e.stdout, e.stderr) },
		func(r io.Reader) error {
			_, err := io.Copy(e.stdout, r)
			return err
		})
}

// writeExport streams the rows req selects to w, with progress on the terminal behind status.
func writeExport(db *store.DB, req export.Request, w, status io.Writer) error {
	out, err := export.NewWriter(w, req.Format, archiveZone())
	if err != nil {
		return err
	}
	p := progress.New(status, "export: rows", 3*time.Second)
	err = db.Mentions(req.Query, func(r store.Row) error {
		p.Add(1)
		return out.Write(r)
	})
	p.Done()
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}
