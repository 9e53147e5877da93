package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a log both the daemon and the test use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (f *fakeElDala) hitsOf(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits[path]
}

// daemon runs `agrowatch run` in this process until the test ends; the returned function stops it and
// gives its exit status.
func daemon(t *testing.T, args ...string) (log *syncBuffer, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	log = &syncBuffer{}
	code := make(chan int, 1)
	go func() { code <- cli(ctx, append([]string{"run"}, args...), strings.NewReader(""), &syncBuffer{}, log) }()
	var once sync.Once
	var status int
	stop = func() int {
		once.Do(func() {
			cancel()
			select {
			case status = <-code:
			case <-time.After(20 * time.Second):
				t.Fatalf("the daemon did not stop\n%s", log.String())
			}
		})
		return status
	}
	t.Cleanup(func() { stop() })
	return log, stop
}

// eventually waits until cond holds, failing with the log after 20 s.
func eventually(t *testing.T, log *syncBuffer, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 20 s\n%s", what, log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func sourcesYAML(db string, sites map[string]string, names ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "store:\n  path: %s\nhttp:\n  delay: 1ms\n  timeout: 5s\nsources:\n", db)
	for _, n := range names {
		fmt.Fprintf(&b, "  - name: %s\n    preset: eldala\n    url: %s/\n    interval: 1h\n", n, sites[n])
	}
	return b.String()
}

func TestSIGHUPReloadsTheConfiguration(t *testing.T) {
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
	siteA, srvA := newFakeElDala(t, seedArticles()...)
	siteB, srvB := newFakeElDala(t, seedArticles()...)
	siteC, srvC := newFakeElDala(t, seedArticles()...)
	sites := map[string]string{"a": srvA.URL, "b": srvB.URL, "c": srvC.URL}
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	write := func(body string) {
		if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "agrowatch.db")
	write(sourcesYAML(db, sites, "a", "b"))
	log, stop := daemon(t, "-config", cfg)
	eventually(t, log, "first polls of a and b", func() bool {
		return strings.Count(log.String(), "msg=polled") == 2
	})
	hup := func() {
		if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
			t.Fatal(err)
		}
	}

	// b removed, c added, a unchanged: c polls now, a waits for its hour.
	write(sourcesYAML(db, sites, "a", "c"))
	hup()
	eventually(t, log, "the reload", func() bool { return strings.Contains(log.String(), "configuration reloaded") })
	eventually(t, log, "the first poll of c", func() bool { return strings.Contains(log.String(), "msg=polled source=c") })
	if !strings.Contains(log.String(), "added=[c] removed=[b] changed=[] unchanged=1") {
		t.Errorf("the reload does not say what changed:\n%s", log.String())
	}
	if n := siteA.hitsOf("/"); n != 1 {
		t.Errorf("a's listing was read %d times, want once: an unchanged source keeps its schedule", n)
	}
	if n := siteB.hitsOf("/"); n != 1 {
		t.Errorf("b's listing was read %d times, want once", n)
	}
	if n := siteC.hitsOf("/"); n != 1 {
		t.Errorf("c's listing was read %d times, want once", n)
	}

	// A configuration that does not validate is refused with one line; the daemon goes on with the old one.
	write("sources:\n  - name: a\n    preset: eldalaa\n")
	hup()
	eventually(t, log, "the refusal", func() bool { return strings.Contains(log.String(), "reload refused") })
	if !strings.Contains(log.String(), `config.yaml:2: sources[0].preset: unknown preset \"eldalaa\"`) {
		t.Errorf("the refusal does not name file, line and key:\n%s", log.String())
	}
	if code := stop(); code != exitOK {
		t.Errorf("exit %d after a refused reload\n%s", code, log.String())
	}
	if strings.Count(log.String(), "reload refused") != 1 {
		t.Errorf("want one line for a refused reload:\n%s", log.String())
	}
}
