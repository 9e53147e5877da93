package watch

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/extract"
	"agrowatch/store"
)

// BenchmarkProcess measures one new article through extraction and its commit (article, mentions and
// alerts for two chats in one bbolt transaction), the daemon's cost per article.
func BenchmarkProcess(b *testing.B) {
	files, _ := filepath.Glob("../extract/testdata/bench/*")
	if len(files) == 0 {
		b.Skip("no benchmark articles in extract/testdata/bench")
	}
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	db, err := store.Open(filepath.Join(b.TempDir(), "bench.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	w := &Watcher{
		Store: db, Extractor: extract.New(), Destinations: []string{"-1001", "-1002"}, MaxAge: 72 * time.Hour,
		Now: time.Now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	b.SetBytes(int64(size / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		a := agrowatch.Article{Source: "bench", URL: fmt.Sprintf("https://eldala.kz/novosti/zerno/%d-x", i),
			Title: "Новости", Text: texts[i%len(texts)], Fetched: time.Now()}
		if _, _, err := w.Process(a); err != nil {
			b.Fatal(err)
		}
	}
}
