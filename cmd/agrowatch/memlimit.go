package main

import (
	"fmt"
	"log/slog"
	"math"

	"agrowatch/config"
	"agrowatch/watch"
)

// memoryLimit applies runtime.memory_limit through set (debug.SetMemoryLimit), unless the process was
// started with GOMEMLIMIT: the runtime read that at start, and an operator's environment wins over the
// file. It returns the limit in effect, math.MaxInt64 for none.
func memoryLimit(rt config.Runtime, getenv func(string) string, set func(int64) int64) int64 {
	if getenv("GOMEMLIMIT") != "" {
		return set(-1) // a negative limit only reads the current one
	}
	limit := int64(rt.MemoryLimit)
	if limit <= 0 {
		limit = math.MaxInt64
	}
	set(limit)
	return limit
}

// onceGCPercent is run -once's GOGC. A pass parses every page into a tree it drops a few milliseconds
// later: at the default of 100 the collector ran 35 times over the 1,000-page bench mirror (its live heap
// 5–12 MB); at 300 it runs 22 times, the heap peaking at 22–23 MB against 20 (runtime.memory_limit still
// bounds it). The daemon keeps the default: its heap between polls is what a small VPS holds for hours.
const onceGCPercent = 300

// onceGC applies onceGCPercent through set (debug.SetGCPercent), unless the process was started with
// GOGC: an operator's environment wins.
func onceGC(getenv func(string) string, set func(int) int) {
	if getenv("GOGC") != "" {
		return
	}
	set(onceGCPercent)
}

// limitText is a limit as the log says it: MiB, or off.
func limitText(limit int64) string {
	if limit == math.MaxInt64 {
		return "off"
	}
	return fmt.Sprintf("%.0fMiB", float64(limit)/(1<<20))
}

// longPoll is how many new articles make a poll long enough to give its garbage back (releaseAfterPoll).
const longPoll = 64

// releaseAfterPoll is the daemon's Watcher.Polled: the daemon idles between polls, and what it holds
// resident then is what a small VPS has to spare. After every poll, unmap (store.DB.ReleaseMapped)
// lets go of the database pages the poll read; they stay in the page cache. After a poll that recorded
// longPoll articles or more (a first poll, a busy source), free (debug.FreeOSMemory) also collects the
// garbage and returns the free heap to the system at once: the runtime would keep the heap it grew to,
// about twice what is live, until its scavenger gave it back over minutes.
func releaseAfterPoll(unmap func() error, free func(), log *slog.Logger) func(string, watch.Result) {
	return func(source string, res watch.Result) {
		if err := unmap(); err != nil {
			log.Debug("database pages stay mapped", slog.String("source", source), slog.Any("err", err))
		}
		if res.New >= longPoll {
			free()
		}
	}
}
