package progress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReporterOnATerminal(t *testing.T) {
	var out strings.Builder
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	r := newReporter(&out, "articles re-extracted", 2*time.Second, clock, false)
	r.SetTotal(1000)
	for i := 0; i < 10; i++ {
		now = now.Add(500 * time.Millisecond)
		r.Add(50)
	}
	r.Done()
	want := "articles re-extracted: 200 of 1000 (20%), 100.0/s\n" +
		"articles re-extracted: 400 of 1000 (40%), 100.0/s\n" +
		"articles re-extracted: 500 of 1000 (50%), 100.0/s, done in 5s\n"
	if out.String() != want {
		t.Errorf("got\n%swant\n%s", out.String(), want)
	}
}

func TestReporterIsQuietOffATerminal(t *testing.T) {
	var out strings.Builder
	r := New(&out, "rows exported", 0)
	r.Add(5)
	r.Done()
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r = New(f, "rows exported", 0)
	r.Add(5)
	r.Done()
	if fi, _ := f.Stat(); out.Len() != 0 || fi.Size() != 0 {
		t.Errorf("wrote %q and %d bytes to a file", out.String(), fi.Size())
	}
}
