package main

import (
	"fmt"
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

// limitText is a limit as the log says it: MiB, or off.
func limitText(limit int64) string {
	if limit == math.MaxInt64 {
		return "off"
	}
	return fmt.Sprintf("%.0fMiB", float64(limit)/(1<<20))
}

// longPoll is how many new articles make a poll long enough to give its garbage back (releaseAfterLongPoll).
const longPoll = 64

// releaseAfterLongPoll is the daemon's Watcher.Polled: after a poll that recorded longPoll articles or
// more (a first poll, a busy source), free (debug.FreeOSMemory) collects the garbage and returns the
// free heap to the system at once. The runtime would keep the heap it grew to during the poll, about
// twice what is live, until its scavenger gave it back over minutes; the daemon idles between polls,
// and its resident memory is what a small VPS has to spare. A poll of a few articles costs nothing.
func releaseAfterLongPoll(free func()) func(string, watch.Result) {
	return func(_ string, res watch.Result) {
		if res.New >= longPoll {
			free()
		}
	}
}
