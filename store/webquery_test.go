package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// fillSpread commits n articles with mentions spread over days days before end, each with 1 to 7
// mentions of every kind, in batches of one transaction each, as a long-running daemon would have
// filled the archive. It returns how many mentions it stored.
func fillSpread(t testing.TB, db *DB, n, days int, end time.Time, seed uint64) int {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	sources := []string{"eldala", "apk-news", "moa", "mti", "eurasianet", "gacc", "kazinform-ru", "kazinform-kk"}
	commodities := []string{"wheat", "grain", "barley", "flour", "beef", "mutton", "poultry", "meat", "sunflower seeds", "flax", "fish", "pork"}
	countries := []string{"KZ", "KZ", "KZ", "CN", "CN", "RU", "UZ", "KG", "TJ", "AF", "IR", "TR", "AZ", "MN"}
	words := strings.Fields("экспорт пшеницы в Китай вырос по итогам месяца министерство сообщило что поставки зерна через Достык продолжаются запрет на ввоз мяса снят инспекция ветеринарной службы")
	sentence := func() string {
		k := 12 + rng.IntN(14)
		b := make([]string, k)
		for i := range b {
			b[i] = words[rng.IntN(len(words))]
		}
		return strings.Join(b, " ") + "."
	}
	total := 0
	const batch = 2000
	for start := 0; start < n; start += batch {
		err := db.bolt.Update(func(tx *bbolt.Tx) error {
			for i := start; i < min(n, start+batch); i++ {
				when := end.Add(-time.Duration(rng.Int64N(int64(days) * int64(24*time.Hour))))
				var ms []agrowatch.Mention
				for range 1 + rng.IntN(7) {
					m := agrowatch.Mention{Lang: "ru", Sentence: sentence(), Commodity: commodities[rng.IntN(len(commodities))]}
					switch r := rng.IntN(100); {
					case r < 45:
						m.Kind, m.From, m.To, m.Tonnes, m.Year = agrowatch.KindExportVolume, "KZ", countries[3+rng.IntN(len(countries)-3)], float64(1000*(1+rng.IntN(900))), when.Year()
						m.Forecast = rng.IntN(10) == 0
					case r < 60:
						m.Kind, m.By, m.On = agrowatch.KindMeatBan, countries[rng.IntN(len(countries))], countries[rng.IntN(len(countries))]
						m.Status = []string{agrowatch.StatusImposed, agrowatch.StatusLifted, agrowatch.StatusPending}[rng.IntN(3)]
					case r < 80:
						m.Kind, m.By, m.On, m.Status = agrowatch.KindInspection, countries[rng.IntN(len(countries))], "KZ", agrowatch.StatusDone
					default:
						m.Kind, m.Place, m.Wagons, m.Commodity = agrowatch.KindBorderDelay, "Dostyk", rng.IntN(3000), ""
					}
					ms = append(ms, m)
				}
				a := agrowatch.Article{Source: sources[rng.IntN(len(sources))], URL: fmt.Sprintf("https://example.kz/n/%d", i),
					Title: sentence(), Published: when, Fetched: when.Add(time.Hour), Lang: "ru", Text: sentence() + "\n\n" + sentence()}
				if _, err := db.commit(tx, Proposal{Article: a, Mentions: ms}); err != nil {
					return err
				}
				total += len(ms)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return total
}

func TestMentionsWithin(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	fillSpread(t, db, 300, 60, t0, 1)
	since, until := t0.AddDate(0, 0, -61), t0.Add(time.Hour)
	ids := func(rows []Row) []string {
		var out []string
		for _, r := range rows {
			out = append(out, fmt.Sprintf("%d/%d", r.Article.ID, r.Index))
		}
		return out
	}
	for _, tc := range []struct {
		name string
		q    Query
	}{
		{"newest", Query{Newest: true}},
		{"oldest", Query{}},
		{"newest, a page", Query{Newest: true, Offset: 40, Limit: 25}},
		{"oldest, a page", Query{Offset: 100, Limit: 30}},
		{"lifted beef", Query{Newest: true, Kinds: []agrowatch.Kind{agrowatch.KindMeatBan}, Status: agrowatch.StatusLifted, Commodity: "beef"}},
		{"past the end", Query{Newest: true, Offset: 100000, Limit: 10}},
		{"country in any role", Query{Newest: true, Country: "CN", Limit: 40}},
		{"by and on", Query{Kinds: []agrowatch.Kind{agrowatch.KindMeatBan, agrowatch.KindInspection}, By: "KZ", On: "KZ"}},
		{"exporter and destination", Query{Newest: true, From: "KZ", To: "UZ", Commodity: "wheat"}},
		{"source", Query{Newest: true, Source: "gacc", Offset: 3, Limit: 20}},
		{"words, any case", Query{Newest: true, Words: "ПШЕНИЦЫ  достык"}},
		{"words JSON escapes", Query{Words: `<"x">`}},
		{"nothing matches", Query{Newest: true, Source: "nowhere"}},
		{"a short range", Query{Newest: true, Since: t0.AddDate(0, 0, -3), Until: t0.AddDate(0, 0, -1)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.q
			if q.Since.IsZero() {
				q.Since, q.Until = since, until
			}
			var want, got []Row
			if err := db.Mentions(q, func(r Row) error { want = append(want, r); return nil }); err != nil {
				t.Fatal(err)
			}
			reached, err := db.MentionsWithin(context.Background(), q, func(r Row) error { got = append(got, r); return nil })
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), ids(want)) {
				t.Errorf("rows differ from Mentions:\n got %v\nwant %v", ids(got), ids(want))
			}
			end := q.Since
			if !q.Newest {
				end = q.Until
			}
			if !reached.Equal(end) {
				t.Errorf("reached %v, want %v", reached, end)
			}
		})
	}

	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		reached, err := db.MentionsWithin(ctx, Query{Newest: true, Since: since, Until: until}, func(Row) error {
			if n++; n == 5 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) || n != 5 {
			t.Fatalf("err %v after %d rows, want context.Canceled after 5", err, n)
		}
		if !reached.After(since) || reached.After(until) {
			t.Errorf("reached %v: want a time within the range, after %v", reached, since)
		}
	})
	t.Run("unbounded", func(t *testing.T) {
		if _, err := db.MentionsWithin(context.Background(), Query{}, func(Row) error { return nil }); err == nil {
			t.Error("a query with no range was walked")
		}
	})
}

// BenchmarkFactsQuery1M: the web's facts queries over an archive of 1,000,000 mentions spread over 400
// days. Each shape reports its p95 in ms; the target is under 200 ms. The archive takes a minute to
// build, once for all the shapes.
func BenchmarkFactsQuery1M(b *testing.B) {
	end := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	db, _ := openTest(b, Options{Now: func() time.Time { return end }})
	start := time.Now()
	n := 0
	for seed := uint64(1); n < 1_000_000; seed++ {
		n += fillSpread(b, db, 25_000, 400, end, seed)
	}
	b.Logf("built %d mentions in %s", n, time.Since(start).Round(time.Second))
	since, until := end.AddDate(0, 0, -731), end.Add(24*time.Hour)
	page := 51 // a page of 50, and one more to know there is a next page
	for _, tc := range []struct {
		name string
		q    Query
	}{
		{"newest page", Query{}},
		{"page 20", Query{Offset: 19 * 50}},
		{"kind and status", Query{Kinds: []agrowatch.Kind{agrowatch.KindMeatBan}, Status: agrowatch.StatusLifted}},
		{"commodity and country", Query{Commodity: "beef", Country: "CN"}},
		{"ban on, by, commodity", Query{Kinds: []agrowatch.Kind{agrowatch.KindMeatBan}, Commodity: "poultry", By: "CN", On: "KZ"}},
		{"source", Query{Source: "gacc"}},
		{"words", Query{Words: "пшеницы Достык"}},
		{"one month", Query{Since: end.AddDate(0, -3, 0), Until: end.AddDate(0, -2, 0)}},
		{"rare: nothing matches", Query{Source: "nowhere"}},
		// The tonnes page: every export figure of a year to one destination and commodity, oldest first.
		{"tonnes: a year, all rows", Query{Kinds: []agrowatch.Kind{agrowatch.KindExportVolume}, To: "CN", Commodity: "wheat",
			Since: end.AddDate(-1, 0, 0), Until: end, Limit: -1}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			q := tc.q
			q.Newest, q.Limit = true, page
			if tc.q.Limit < 0 {
				q.Newest, q.Limit = false, 0
			}
			if q.Since.IsZero() {
				q.Since, q.Until = since, until
			}
			var times []time.Duration
			rows := 0
			for b.Loop() {
				// The web's own deadline: a request that hits it shows what it found and says how far it read.
				ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
				t := time.Now()
				rows = 0
				_, err := db.MentionsWithin(ctx, q, func(Row) error { rows++; return nil })
				times = append(times, time.Since(t))
				cancel()
				if err != nil && !errors.Is(err, context.DeadlineExceeded) {
					b.Fatal(err)
				}
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
