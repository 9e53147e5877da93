package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// benchArticles reads the article set of testdata/bench: a mix of languages, mostly sentences that
// mention nothing, as real news is.
func benchArticles(b *testing.B) ([]string, int64) {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "bench", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no benchmark articles: %v", err)
	}
	var arts []string
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, string(data))
		size += int64(len(data))
	}
	return arts, size
}

// BenchmarkExtract measures the whole extractor over the article set; bytes/op is the set's size,
// so MB/s is article text per second per core.
func BenchmarkExtract(b *testing.B) {
	arts, size := benchArticles(b)
	x := New()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a, "")
		}
	}
}

// BenchmarkExtractParallel runs the same work on every core at once through one shared Extractor.
func BenchmarkExtractParallel(b *testing.B) {
	arts, size := benchArticles(b)
	x := New()
	b.SetBytes(size)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, a := range arts {
				x.Extract(a, "")
			}
		}
	})
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New()
	}
}

// BenchmarkScan measures the stages every byte of an article goes through before any rule runs:
// lowercasing, the lexicon's scan and sentence splitting.
func BenchmarkScan(b *testing.B) {
	arts, size := benchArticles(b)
	x := New()
	b.SetBytes(size)
	b.ReportAllocs()
	var hits []hit
	var spans []span
	for b.Loop() {
		for _, a := range arts {
			low := lowerText(a)
			hits = x.lex.scan(low, hits[:0], new(bool))
			spans = sentenceSpans(a, spans[:0])
		}
	}
}
