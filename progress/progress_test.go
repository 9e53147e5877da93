package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestReporter(t *testing.T) {
	now := time.Unix(0, 0)
	var out bytes.Buffer
	r := NewTo(&out, "export: rows", 3*time.Second, func() time.Time { return now })
	r.Add(10)
	if out.Len() != 0 {
		t.Fatalf("a line before the interval: %q", out.String())
	}
	now = now.Add(4 * time.Second)
	r.Add(10)
	now = now.Add(time.Second)
	r.Add(5)
	now = now.Add(time.Second)
	r.Done()
	want := "export: rows: 20 (5/s)\nexport: rows: 25 (4/s), done\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

func TestQuietOffTerminal(t *testing.T) {
	var out bytes.Buffer
	r := New(&out, "x", time.Nanosecond) // a buffer is no terminal
	r.Add(1)
	time.Sleep(time.Millisecond)
	r.Add(1)
	r.Done()
	if out.Len() != 0 {
		t.Errorf("wrote %q off a terminal", out.String())
	}
	short := NewTo(&out, "x", time.Hour, time.Now)
	short.Add(3)
	short.Done()
	if strings.Contains(out.String(), "done") {
		t.Error("a short job reported its end")
	}
}
