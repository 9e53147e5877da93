package crawler

import (
	"os"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/config"
)

// rereadState is a State that has seen nothing (every article is read, as one read again for edits is)
// and keeps the validators each article page came with, as the watcher's State does.
type rereadState struct {
	*memState
	pages map[string]Validators
}

func (s *rereadState) ArticleValidators(canonical string) (Validators, error) {
	return s.pages[canonical], nil
}

// TestRereadIsConditional: an article read again for edits is asked for with the validators it was last
// served with, and a 304 emits nothing.
func TestRereadIsConditional(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := eldalaSite(t)
	const path = "/novosti/zerno/16670-eksport-zerna-v-kitay-vyros"
	b, err := os.ReadFile("testdata/eldala/article-16670.html")
	if err != nil {
		t.Fatal(err)
	}
	site.set(path, fakePage{body: string(b), ctype: "text/html; charset=utf-8", etag: `"a1"`, lastMod: "Wed, 07 Oct 2026 12:00:00 GMT"})
	src := newSource(t, config.Source{Name: "eldala", Preset: "eldala", URL: site.URL() + "/"}, testHTTP())
	st := &rereadState{memState: newMemState(), pages: map[string]Validators{}}
	got, _, err := poll(ctx, src, st.memState)
	if err != nil {
		t.Fatal(err)
	}
	var canonical string
	for _, a := range got {
		if a.Validators.ETag == `"a1"` {
			canonical = a.URL
			st.pages[a.URL] = a.Validators
		}
	}
	if canonical == "" {
		t.Fatalf("no article carried the page's validators: %+v", got)
	}
	site.reset()
	st.memState = newMemState() // every article unseen again: all are read again
	var again []string
	if _, err := src.Poll(ctx, st, func(a agrowatch.Article) error { again = append(again, a.URL); return nil }); err != nil {
		t.Fatal(err)
	}
	h, ok := site.lastHit(path)
	if !ok || h.header.Get("If-None-Match") != `"a1"` || h.header.Get("If-Modified-Since") == "" {
		t.Fatalf("the re-read was not conditional: %+v", h.header)
	}
	for _, u := range again {
		if u == canonical {
			t.Errorf("an article answered 304 was emitted again")
		}
	}
	if len(again) != len(got)-1 {
		t.Errorf("re-read emitted %d articles, want the %d others", len(again), len(got)-1)
	}
}
