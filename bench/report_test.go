package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestUpdateDoc: a section is replaced between its markers, the hand-written text around it stays,
// and a section the note lacks is appended.
func TestUpdateDoc(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.md")
	doc := "# B\n\nintro\n\n<!-- bench:compare -->\nold\n<!-- /bench:compare -->\n\nnotes\n"
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := updateDoc(path, "compare", "new table\n"); err != nil {
		t.Fatal(err)
	}
	if err := updateDoc(path, "steady", "rss"); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := "# B\n\nintro\n\n<!-- bench:compare -->\nnew table\n<!-- /bench:compare -->\n\nnotes\n\n<!-- bench:steady -->\nrss\n<!-- /bench:steady -->\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSummarize(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want summary
	}{
		{[]float64{3, 1, 2}, summary{2, 1, 3}},
		{[]float64{4, 1, 2, 3}, summary{2.5, 1, 4}},
		{nil, summary{}},
	} {
		if got := summarize(c.in); got != c.want {
			t.Errorf("summarize(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
