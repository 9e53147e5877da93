package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"time"

	"agrowatch/config"
	"agrowatch/control"
	"agrowatch/store"
)

// archiveZone is the zone dates on the command line and in exports are read and written in: the one
// the sources write in.
func archiveZone() *time.Location { return time.FixedZone("UTC+5", 5*60*60) }

// withArchive runs local on the database when no daemon holds it, and otherwise asks the running daemon
// for endpoint on its control socket and hands the answer to remote. A folder with no database has
// nothing to read: that is said, and no file is created.
func withArchive(ctx context.Context, e env, cfg *config.Config, endpoint string, v url.Values,
	local func(*store.DB) error, remote func(io.Reader) error) int {
	if _, err := os.Stat(cfg.Store.Path); errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(e.stderr, "agrowatch: no database at %s yet: nothing has been polled with this store.path\n", cfg.Store.Path)
		return exitFailed
	}
	db, err := store.Open(cfg.Store.Path, store.Options{Timeout: 300 * time.Millisecond})
	if err == nil {
		defer db.Close()
		if err := local(db); err != nil {
			fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
			return exitFailed
		}
		return exitOK
	}
	if !errors.Is(err, store.ErrLocked) {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitFailed
	}
	body, err := control.Get(ctx, control.SocketPath(cfg.Store.Path), endpoint, v)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %s is held by another process and no agrowatch daemon answered on %s: %v\n",
			cfg.Store.Path, control.SocketPath(cfg.Store.Path), err)
		return exitFailed
	}
	defer body.Close()
	if err := remote(body); err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitFailed
	}
	return exitOK
}
