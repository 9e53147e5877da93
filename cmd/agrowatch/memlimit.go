package main

import (
	"fmt"
	"math"

	"agrowatch/config"
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
