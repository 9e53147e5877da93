package watch

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/bench/mirror"
	"agrowatch/crawler"
	"agrowatch/extract"
	"agrowatch/store"
)

// passArticles is how many articles one poll pass of BenchmarkProcessBatch reads: the bench command's
// default mirror.
const passArticles = 1000

// BenchmarkProcessBatch measures a poll pass the way the daemon runs one, fetching excluded: a source
// that lists passArticles new articles of the bench's mirror (three in five Russian, one in four stating
// a fact), asked of the store as the crawler asks (Seen, then the article's validators), each article
// extracted, fingerprinted and decided by Watcher.Poll, committed 64 to a transaction in a database on
// disk, alerts queued for two chats, then the listing's validators stored. Every pass is the first
// pass of `agrowatch run -once` over the bench's mirror: a fresh database (the mirror's facts, dealt
// the same for every seed, would all be repeats in a second one), 213 alerts. It reports articles per
// second of wall time and per second of the process's CPU time (the machine is shared: CPU time holds
// better).
func BenchmarkProcessBatch(b *testing.B) {
	now := time.Now()
	src := newPassSource("eldala", mirror.Generate(passArticles, 1, now), now)
	x := extract.New()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := context.Background()
	var wall, cpu time.Duration
	articles, alerted := 0, 0
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db, err := store.Open(filepath.Join(b.TempDir(), "bench.db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		w := &Watcher{
			Store: db, Extractor: x, Destinations: []string{"-1001", "-1002"},
			MaxAge: 72 * time.Hour, Reread: 48 * time.Hour, Now: func() time.Time { return now }, Logger: log,
		}
		b.StartTimer()
		began, cpuBegan := time.Now(), cpuTime(b)
		res := w.Poll(ctx, Source{Source: src, Interval: time.Hour})
		wall += time.Since(began)
		cpu += cpuTime(b) - cpuBegan
		b.StopTimer()
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if res.Err != nil {
			b.Fatal(res.Err)
		}
		if res.New != passArticles {
			b.Fatalf("%d articles recorded, want %d", res.New, passArticles)
		}
		articles += res.New
		alerted += res.Alerted
	}
	b.ReportMetric(float64(articles)/wall.Seconds(), "articles/s")
	b.ReportMetric(float64(articles)/cpu.Seconds(), "articles/cpu-s")
	b.ReportMetric(float64(wall.Nanoseconds())/float64(articles), "ns/article")
	b.ReportMetric(float64(alerted)/float64(articles), "alerted/article")
}

// cpuTime is the process's user and system time so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// passSource is a source whose listing holds a mirror's articles, already read: what the crawler
// emits, without the fetching.
type passSource struct {
	name     string
	articles []agrowatch.Article
}

func newPassSource(name string, c *mirror.Corpus, now time.Time) *passSource {
	s := &passSource{name: name}
	for i := range c.Articles {
		a := &c.Articles[i]
		s.articles = append(s.articles, agrowatch.Article{
			Source: name, URL: "https://eldala.kz/" + name + a.Path(), Key: name + fmt.Sprint(a.ID), Title: a.Title,
			Text: a.Text(), Lang: a.Lang, Published: a.Published, Fetched: now,
		})
	}
	return s
}

func (s *passSource) Name() string { return s.name }

// Poll asks the store what the crawler asks for each listed article, emits the new ones, and stores
// the listing's validators once all are emitted.
func (s *passSource) Poll(_ context.Context, st crawler.State, emit func(agrowatch.Article) error) (crawler.Report, error) {
	rep := crawler.Report{Items: len(s.articles)}
	for _, a := range s.articles {
		seen, err := st.Seen(a.URL)
		if err == nil && !seen {
			seen, err = st.Seen(a.Key)
		}
		if err != nil {
			return rep, err
		}
		if seen {
			continue
		}
		if as, ok := st.(crawler.ArticleState); ok {
			if _, err := as.ArticleValidators(a.URL); err != nil {
				return rep, err
			}
		}
		rep.New++
		if err := emit(a); err != nil {
			return rep, err
		}
		rep.Articles++
	}
	return rep, st.SetValidators(s.name, "https://eldala.kz/", agrowatch.Validators{ETag: `"listing"`})
}
