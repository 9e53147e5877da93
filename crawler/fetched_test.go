package crawler

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"agrowatch/config"
)

// TestFetchedCountsEveryFetch: Deps.Fetched is told of every page fetched, with what it came to.
func TestFetchedCountsEveryFetch(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	home, err := os.ReadFile("testdata/eldala/home.html")
	if err != nil {
		t.Fatal(err)
	}
	site.set("/", fakePage{body: string(home), ctype: "text/html; charset=utf-8", etag: `"v1"`})
	site.set("/novosti/mir/16671-kitay-otkryl-rynok-dlya-baraniny", fakePage{body: "gone", status: 410})
	h := testHTTP()
	var mu sync.Mutex
	got := map[string]int{}
	deps := testDeps(t, h)
	deps.Fetched = func(source, result string) {
		mu.Lock()
		defer mu.Unlock()
		got[source+"/"+result]++
	}
	src, err := New(config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, h, deps)
	if err != nil {
		t.Fatal(err)
	}
	st := newMemState()
	if _, _, err := poll(ctx, src, st); err != nil {
		t.Fatal(err)
	}
	if _, _, err := poll(ctx, src, st); err != nil { // the listing again: 304
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	// The listing and two articles read, one article gone; then the listing unchanged. The 410 is
	// fetched again on the second poll only if the listing is read, and it is not (304).
	want := map[string]int{"eldala/ok": 3, "eldala/http_error": 1, "eldala/not_modified": 1}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s = %d, want %d (all: %v)", k, got[k], n, got)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok && !strings.HasSuffix(k, "/ok") {
			t.Errorf("unexpected %s = %d", k, got[k])
		}
	}
}
