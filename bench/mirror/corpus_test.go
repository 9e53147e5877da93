package mirror

import (
	"strings"
	"testing"
	"time"
)

// TestGenerateStable: the same seed gives the same mirror, so two runs of the bench compare alike.
func TestGenerateStable(t *testing.T) {
	now := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	a, b := Generate(50, 3, now), Generate(50, 3, now)
	for i := range a.Articles {
		if a.Articles[i].Title != b.Articles[i].Title || strings.Join(a.Articles[i].Paras, "") != strings.Join(b.Articles[i].Paras, "") {
			t.Fatalf("article %d differs between two runs of one seed", i)
		}
	}
}

// TestFactsDistinct: volumes and delays never repeat; bans and inspections only once all their
// combinations have been dealt.
func TestFactsDistinct(t *testing.T) {
	c := Generate(4000, 5, time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC))
	seen := map[string]bool{}
	repeats := map[string]int{}
	for _, a := range c.Articles {
		if a.Fact == nil {
			continue
		}
		if k := a.Fact.Key(); seen[k] {
			repeats[a.Fact.Kind]++
		} else {
			seen[k] = true
		}
	}
	if repeats["export_volume"] > 0 || repeats["border_delay"] > 0 {
		t.Errorf("figures repeat: %v", repeats)
	}
}
