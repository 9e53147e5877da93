package store

import (
	"reflect"
	"testing"
	"time"

	"agrowatch"
)

func TestHealth(t *testing.T) {
	db, _ := openTest(t, Options{})
	ok := agrowatch.Health{
		LastAttempt: t0, LastSuccess: t0, LastItems: 20, MaxItems: 25, Articles: 140,
		NotModified: 3, Polls: 12,
	}
	broken := agrowatch.Health{
		LastAttempt: t0, LastSuccess: t0.Add(-48 * time.Hour), LastError: "503 Service Unavailable",
		Failures: 4, EmptyBodies: 2, EmptyDates: 1, Degraded: "degraded: layout changed? 0 items",
		Note: "no Chromium: gov.kz tokens cannot be captured", Polls: 30,
	}
	for name, h := range map[string]agrowatch.Health{"eldala": ok, "govkz": broken} {
		if err := db.SetHealth(name, h); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SetHealth("", ok); err == nil {
		t.Error("SetHealth accepted an empty source name")
	}
	db = reopen(t, db, Options{})
	tests := []struct {
		source string
		want   agrowatch.Health
		found  bool
	}{
		{"eldala", ok, true},
		{"govkz", broken, true},
		{"eurasianet", agrowatch.Health{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			got, found, err := db.Health(tt.source)
			if err != nil {
				t.Fatal(err)
			}
			if found != tt.found || !sameHealth(got, tt.want) {
				t.Errorf("Health = %+v, %v; want %+v, %v", got, found, tt.want, tt.found)
			}
		})
	}
	t.Run("all", func(t *testing.T) {
		all, err := db.AllHealth()
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 2 || !sameHealth(all["eldala"], ok) || !sameHealth(all["govkz"], broken) {
			t.Errorf("AllHealth = %+v", all)
		}
	})
	t.Run("replace", func(t *testing.T) {
		next := ok
		next.Polls++
		if err := db.SetHealth("eldala", next); err != nil {
			t.Fatal(err)
		}
		if got, _, _ := db.Health("eldala"); got.Polls != ok.Polls+1 {
			t.Errorf("Polls = %d, want %d", got.Polls, ok.Polls+1)
		}
	})
}

// sameHealth compares two Health values; times by instant, since JSON drops the location pointer.
func sameHealth(a, b agrowatch.Health) bool {
	times := func(h *agrowatch.Health) []*time.Time {
		return []*time.Time{&h.LastAttempt, &h.LastSuccess}
	}
	ta, tb := times(&a), times(&b)
	for i := range ta {
		if !ta[i].Equal(*tb[i]) {
			return false
		}
		*ta[i], *tb[i] = time.Time{}, time.Time{}
	}
	return reflect.DeepEqual(a, b)
}
