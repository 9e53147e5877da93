package store

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"agrowatch"
)

// mappedKB is the resident size of this process's mappings of the file at path, from /proc/self/smaps.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	total, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-"): // a mapping's header; a file's has its path
			in = len(fields) >= 6 && fields[len(fields)-1] == path
		case in && len(fields) >= 2 && fields[0] == "Rss:":
			n, _ := strconv.Atoi(fields[1])
			total += n
		}
	}
	return total
}

// TestReleaseMappedLetsGoOfTheFile: once released, the database's pages are no longer in the process's
// resident set, and every article reads back whole.
func TestReleaseMappedLetsGoOfTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "agrowatch.db")
	db, err := Open(path, Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	text := strings.Repeat("Экспорт зерна из Казахстана в Китай вырос на треть за десять месяцев. ", 40)
	var ps []Proposal
	for i := range 300 {
		a := agrowatch.Article{Source: "s", URL: fmt.Sprintf("https://eldala.kz/%d", i), Text: fmt.Sprint(i) + text, Fetched: t0}
		ps = append(ps, propose(a, nil, "-1"))
	}
	if _, errs := db.CommitBatch(ps); errs[0] != nil {
		t.Fatal(errs[0])
	}
	// Reading every article back maps the file's pages again.
	for i := range 300 {
		if rec, ok, err := db.Lookup(fmt.Sprintf("https://eldala.kz/%d", i)); err != nil || !ok {
			t.Fatalf("article %d: %v %v", i, ok, err)
		} else if body, err := db.Body(rec.ID); err != nil || body != fmt.Sprint(i)+text {
			t.Fatalf("article %d: body %.20q, %v", i, body, err)
		}
	}
	read := mappedKB(t, path)
	if err := db.ReleaseMapped(); err != nil {
		t.Fatal(err)
	}
	after := mappedKB(t, path)
	t.Logf("mapped: %d KB after reading back, %d KB after the release", read, after)
	if read < 64 || after > read/4 {
		t.Errorf("mapped %d KB after reading the articles back, %d KB after the release: want it let go of", read, after)
	}
	if rec, ok, err := db.Lookup("https://eldala.kz/7"); err != nil || !ok || rec.URL != "https://eldala.kz/7" {
		t.Errorf("after the release: %+v %v %v", rec, ok, err)
	}
}
