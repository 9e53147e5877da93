package main

import (
	"context"
	"log/slog"
	"time"
)

// pruneEvery is how often the daemon prunes the archive to store.retention.
const pruneEvery = 24 * time.Hour

// retain prunes articles older than store.retention to tombstones at start and then once a day, until
// ctx ends. A clock that jumps backwards prunes nothing it should keep: the cut is always now minus the
// retention, read when the prune runs.
func (a *app) retain(ctx context.Context, now func() time.Time, after func(time.Duration) <-chan time.Time) {
	for {
		keep := a.cfg.Store.Retention.D()
		cut := now().Add(-keep)
		n, err := a.db.Prune(cut)
		switch {
		case err != nil:
			a.log.Error("pruning the archive", slog.Any("err", err))
		case n > 0:
			a.log.Info("archive pruned", slog.Int("articles", n), slog.Time("before", cut), slog.Duration("retention", keep))
		}
		select {
		case <-ctx.Done():
			return
		case <-after(pruneEvery):
		}
	}
}
