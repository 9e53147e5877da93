package crawler

import (
	"errors"
	"strings"
	"testing"
	"time"

	"agrowatch"
)

func TestNextHealth(t *testing.T) {
	t0 := time.Date(2026, 10, 8, 6, 0, 0, 0, time.UTC)
	h := agrowatch.Health{}

	h, changed := NextHealth(h, Report{Items: 10, New: 3, Articles: 3}, nil, t0)
	if changed != "" || h.Degraded != "" || h.MaxItems != 10 || h.LastItems != 10 || h.Articles != 3 || h.Polls != 1 || !h.LastSuccess.Equal(t0) {
		t.Fatalf("healthy poll: %+v, %q", h, changed)
	}

	// A failure counts and keeps the layout verdict as it was.
	h, changed = NextHealth(h, Report{}, errors.New("crawler: GET x: status 502"), t0.Add(time.Minute))
	if h.Failures != 1 || h.LastError == "" || changed != "" || !h.LastSuccess.Equal(t0) || !h.LastAttempt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("failed poll: %+v, %q", h, changed)
	}

	// No items on a 200 where there used to be ten: degraded, said once.
	h, changed = NextHealth(h, Report{}, nil, t0.Add(2*time.Minute))
	if h.Failures != 0 || h.LastError != "" || !strings.HasPrefix(h.Degraded, "degraded: layout changed? ") || changed != h.Degraded {
		t.Fatalf("empty listing: %+v, %q", h, changed)
	}
	h, changed = NextHealth(h, Report{}, nil, t0.Add(3*time.Minute))
	if changed != "" || h.Degraded == "" {
		t.Fatalf("still empty: %q, %q", h.Degraded, changed)
	}

	// A 304 says nothing either way.
	h, changed = NextHealth(h, Report{NotModified: true}, nil, t0.Add(4*time.Minute))
	if changed != "" || h.Degraded == "" || h.NotModified != 1 {
		t.Fatalf("304: %+v, %q", h, changed)
	}

	// A healthy poll clears it, and says so once.
	h, changed = NextHealth(h, Report{Items: 9, Articles: 1}, nil, t0.Add(5*time.Minute))
	if h.Degraded != "" || changed == "" || h.MaxItems != 10 || h.LastItems != 9 {
		t.Fatalf("recovered: %+v, %q", h, changed)
	}

	for name, rep := range map[string]Report{
		"fallback":     {Items: 5, Articles: 1, Fallback: true},
		"empty bodies": {Items: 5, EmptyBodies: 2},
		"empty dates":  {Items: 5, Articles: 3, EmptyDates: 3},
	} {
		got, changed := NextHealth(h, rep, nil, t0)
		if !strings.HasPrefix(got.Degraded, "degraded: layout changed? ") || changed == "" {
			t.Errorf("%s: %q", name, got.Degraded)
		}
	}
	// One empty article of one is not a pattern.
	if got, _ := NextHealth(h, Report{Items: 5, EmptyBodies: 1}, nil, t0); got.Degraded != "" || got.EmptyBodies != h.EmptyBodies+1 {
		t.Errorf("single empty article: %+v", got)
	}
	if got, _ := NextHealth(h, Report{Items: 5, Articles: 1, EmptyDates: 1}, nil, t0); got.Degraded != "" {
		t.Errorf("single empty article: %+v", got)
	}
	// Notes become the standing note.
	if got, _ := NextHealth(h, Report{Items: 5, Notes: []string{"no feed found"}}, nil, t0); got.Note != "no feed found" {
		t.Errorf("note %q", got.Note)
	}
}

// Empty bodies are judged on polls that read articles; the polls between them, which find nothing new,
// neither clear nor repeat the warning.
func TestNextHealthDoesNotFlapBetweenArticlePolls(t *testing.T) {
	t0 := time.Date(2026, 10, 8, 6, 0, 0, 0, time.UTC)
	h := agrowatch.Health{MaxItems: 10}
	var changes []string
	polls := []Report{
		{Items: 10, New: 3, EmptyBodies: 3},
		{Items: 10},
		{Items: 10},
		{Items: 10, New: 2, EmptyBodies: 2},
		{Items: 10, New: 2, Articles: 2},
		{Items: 10},
	}
	for i, rep := range polls {
		var changed string
		h, changed = NextHealth(h, rep, nil, t0.Add(time.Duration(i)*time.Minute))
		if changed != "" {
			changes = append(changes, changed)
		}
		if want := i < 4; (h.Degraded != "") != want {
			t.Errorf("poll %d: degraded %q, want degraded=%v", i, h.Degraded, want)
		}
	}
	if len(changes) != 2 || !strings.Contains(changes[0], "empty body") || changes[1] != "healthy again" {
		t.Errorf("changes %q, want one warning and one recovery", changes)
	}
}

func TestNextHealthCountsOversized(t *testing.T) {
	t0 := time.Date(2026, 10, 8, 6, 0, 0, 0, time.UTC)
	h, _ := NextHealth(agrowatch.Health{}, Report{Items: 5, Articles: 3, Oversized: 2}, nil, t0)
	h, _ = NextHealth(h, Report{Items: 5, Oversized: 1}, nil, t0.Add(time.Minute))
	if h.Oversized != 3 {
		t.Errorf("Oversized = %d after 2 + 1, want 3", h.Oversized)
	}
}
