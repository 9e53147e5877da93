package main

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"agrowatch/config"
	"agrowatch/watch"
)

func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		name      string
		limit     config.SizeOrOff
		env       string
		want, set int64 // the limit in effect, and what was set (0: nothing)
	}{
		{"the configured limit", 32 << 20, "", 32 << 20, 32 << 20},
		{"off", 0, "", math.MaxInt64, math.MaxInt64},
		{"GOMEMLIMIT wins", 32 << 20, "100MiB", 100 << 20, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			current, set := int64(100<<20), int64(0)
			got := memoryLimit(config.Runtime{MemoryLimit: tt.limit},
				func(k string) string {
					if k == "GOMEMLIMIT" {
						return tt.env
					}
					return ""
				},
				func(v int64) int64 {
					old := current
					if v >= 0 {
						current, set = v, v
					}
					return old
				})
			if got != tt.want || set != tt.set {
				t.Errorf("limit %d, set %d; want %d, set %d", got, set, tt.want, tt.set)
			}
		})
	}
}

func TestOnceGC(t *testing.T) {
	for _, tt := range []struct {
		env  string
		want int // what was set, 0: nothing
	}{{"", onceGCPercent}, {"50", 0}, {"off", 0}} {
		t.Run("GOGC="+tt.env, func(t *testing.T) {
			set := 0
			onceGC(func(k string) string {
				if k == "GOGC" {
					return tt.env
				}
				return ""
			}, func(v int) int { set = v; return 100 })
			if set != tt.want {
				t.Errorf("GOGC=%q: set %d, want %d", tt.env, set, tt.want)
			}
		})
	}
}

func TestReleaseAfterPoll(t *testing.T) {
	tests := []struct {
		new  int
		want int // heap releases
	}{{0, 0}, {longPoll - 1, 0}, {longPoll, 1}, {1000, 1}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.new), func(t *testing.T) {
			unmapped, freed := 0, 0
			polled := releaseAfterPoll(func() error { unmapped++; return errors.New("no madvise") }, func() { freed++ }, discardLogger())
			polled("eldala", watch.Result{New: tt.new})
			if unmapped != 1 || freed != tt.want {
				t.Errorf("%d new articles: unmapped %d times, freed %d; want once and %d", tt.new, unmapped, freed, tt.want)
			}
		})
	}
}
