package store

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
	"agrowatch/dedup"
)

// russianParagraphs are the Russian paragraphs of the project's own test texts: an article for the size
// benchmark is about 4 KB of them, in an order of its own, so that it compresses like prose and not
// like a repeated sample.
func russianParagraphs(b *testing.B) []string {
	b.Helper()
	var files []string
	for _, g := range []string{"../extract/testdata/bench/ru_*.txt", "../dedup/testdata/story-ru*.txt"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range strings.Split(string(raw), "\n\n") {
			if p = strings.TrimSpace(p); len(p) > 80 {
				out = append(out, p)
			}
		}
	}
	if len(out) < 8 {
		b.Skip("too few Russian paragraphs in testdata")
	}
	return out
}

func russianArticle(rng *rand.Rand, paras []string, size int) string {
	order := rng.Perm(len(paras))
	var sb strings.Builder
	for _, i := range order {
		if sb.Len() >= size {
			break
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(paras[i])
	}
	s := sb.String()
	if len(s) > size {
		s = strings.ToValidUTF8(s[:size], "")
	}
	return s
}

// BenchmarkBytesPerArticle reports the database bytes one stored article costs: a typical 4 KB Russian
// article, one in four with a mention and an alert for two chats, its body compressed, measured on the
// pages in use after compaction. Target: under 3 KB.
func BenchmarkBytesPerArticle(b *testing.B) {
	paras := russianParagraphs(b)
	const n = 2000
	rng := rand.New(rand.NewPCG(1, 2))
	path := filepath.Join(b.TempDir(), "size.db")
	db, err := Open(path, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		b.Fatal(err)
	}
	db.bolt.NoSync = true // the size, not the speed, is measured here
	textBytes, bodyBytes := 0, 0
	for b.Loop() {
		err := db.bolt.Update(func(tx *bbolt.Tx) error {
			for i := range n {
				text := russianArticle(rng, paras, 4096)
				textBytes += len(text)
				bodyBytes += len(db.codec.compress(text))
				a := agrowatch.Article{Source: "eldala", URL: fmt.Sprintf("https://eldala.kz/novosti/zerno/%d-eksport-zerna-v-kitay", 10000+i),
					Key: fmt.Sprint(10000 + i), Title: "Экспорт зерна в Китай вырос на треть", Text: text, Lang: "ru",
					Published: t0.Add(time.Duration(i) * time.Minute), Fetched: t0.Add(time.Duration(i) * time.Minute)}
				var ms []agrowatch.Mention
				if i%4 == 0 {
					ms = []agrowatch.Mention{{Kind: agrowatch.KindExportVolume, Lang: "ru", Sentence: "За десять месяцев Казахстан экспортировал в Китай 615 тыс. тонн пшеницы, что на треть больше, чем годом ранее.",
						Tonnes: float64(600000 + i), Commodity: "wheat", From: "KZ", To: "CN", Period: "за десять месяцев", Year: 2026}}
				}
				p := propose(a, ms, "-1001234567890", "@agrochannel")
				p.Window = time.Nanosecond
				if _, err := db.commit(tx, p); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	if _, _, err := Compact(path, time.Second); err != nil {
		b.Fatal(err)
	}
	// The pages in use, not the file's size: bbolt grows a file in steps far ahead of its pages.
	bdb, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	var used int64
	_ = bdb.View(func(tx *bbolt.Tx) error { used = tx.Size(); return nil })
	bdb.Close()
	b.ReportMetric(float64(used)/n, "db-bytes/article")
	b.ReportMetric(float64(textBytes)/n, "text-bytes/article")
	b.ReportMetric(float64(bodyBytes)/n, "zstd-bytes/article")
}

// BenchmarkDedupDecision reports the cost of the per-article dedup decision (the near-duplicate seek and
// the alerted facts of the window) with 1,000,000 stored articles fetched over 400 days, a quarter of
// them alerted: mean and p99 per decision. Target: p99 under 100 µs. Building the store takes a minute.
func BenchmarkDedupDecision(b *testing.B) {
	const stored = 1_000_000
	const span = 400 * 24 * time.Hour
	path := filepath.Join(b.TempDir(), "dedup.db")
	db, err := Open(path, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.bolt.NoSync = true
	rng := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("экспорт зерна пшеница ячмень Казахстан Китай тонн поставки мясо говядина баранина запрет снят ветеринарный инспекция граница Достык вагоны простой рынок цены урожай")
	body := func() string {
		w := make([]string, 40)
		for i := range w {
			w[i] = words[rng.IntN(len(words))] + fmt.Sprint(rng.IntN(50))
		}
		return strings.Join(w, " ")
	}
	start := t0
	const batch = 20000
	for done := 0; done < stored; done += batch {
		err := db.bolt.Update(func(tx *bbolt.Tx) error {
			for i := done; i < done+batch; i++ {
				fetched := start.Add(time.Duration(int64(span) / stored * int64(i)))
				a := agrowatch.Article{Source: "s", URL: "https://x/" + fmt.Sprint(i), Text: body(), Fetched: fetched}
				var ms []agrowatch.Mention
				if i%4 == 0 {
					ms = []agrowatch.Mention{{Kind: agrowatch.KindExportVolume, Tonnes: float64(1000 + rng.IntN(1_000_000)), From: "KZ", To: "CN", Year: 2026}}
				}
				p := propose(a, ms, "-1001")
				if _, err := db.commit(tx, p); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	now := start.Add(span)
	var lat []time.Duration
	for b.Loop() {
		fp, _ := dedup.Of(body())
		ms := []agrowatch.Mention{{Kind: agrowatch.KindExportVolume, Tonnes: float64(1000 + rng.IntN(1_000_000)), From: "KZ", To: "CN", Year: 2026}}
		t := time.Now()
		err := db.bolt.View(func(tx *bbolt.Tx) error {
			story, err := nearest(tx, fp, now.Add(-dedup.Window), 0)
			if err != nil {
				return err
			}
			facts, err := db.alertedFacts(tx, ms, now.Add(-dedup.Window))
			if err != nil {
				return err
			}
			dedup.Decide(ms, story, facts)
			return nil
		})
		lat = append(lat, time.Since(t))
		if err != nil {
			b.Fatal(err)
		}
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1000, "p50-µs")
}
