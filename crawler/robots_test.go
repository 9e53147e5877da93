package crawler

import (
	"fmt"
	"testing"
	"time"

	"agrowatch/config"
)

// robots.txt is read once per http.robots_ttl, again once the TTL has passed (on the client's clock),
// and a Disallow added meanwhile takes effect then.
func TestRobotsTTLClock(t *testing.T) {
	ctx := testCtx(t, 20*time.Second)
	site := newFakeSite(t)
	site.set("/robots.txt", fakePage{body: "User-agent: *\nDisallow: /private/\n", ctype: "text/plain"})
	site.set("/news/1", fakePage{body: fmt.Sprintf(smallArticle, "Один", "Один", "Текст первой новости."), ctype: "text/html"})
	site.set("/news/2", fakePage{body: fmt.Sprintf(smallArticle, "Два", "Два", "Текст второй новости."), ctype: "text/html"})
	h := testHTTP()
	h.RobotsTTL = config.Duration(time.Hour)
	deps := testDeps(t, h)
	clock := &fakeClock{t: testNow}
	hs := HostsOf(deps.Client)
	hs.now, hs.robots.now = clock.now, clock.now
	src, err := New(config.Source{Name: "t", Type: "html", URL: site.URL() + "/", LinkPattern: `/news/\d+`}, h, deps)
	if err != nil {
		t.Fatal(err)
	}
	st := newMemState()
	for i, c := range []struct {
		advance  time.Duration
		robots   string // replaces robots.txt before the poll, when set
		link     string
		fetches  int // of robots.txt, in all
		articles int
	}{
		{0, "", "/news/1", 1, 1},
		{59 * time.Minute, "User-agent: *\nDisallow: /news/\n", "/news/2", 1, 1}, // within the TTL: the old copy
		{2 * time.Minute, "", "/news/2", 2, 0},                                   // past it: read again, obeyed
	} {
		clock.advance(c.advance)
		if c.robots != "" {
			site.set("/robots.txt", fakePage{body: c.robots, ctype: "text/plain"})
		}
		site.set("/", fakePage{body: fmt.Sprintf(`<a href="%s">x</a>`, c.link), ctype: "text/html"})
		if i == 2 {
			st.mu.Lock()
			delete(st.seen, site.URL()+"/news/2") // the same article again, now disallowed
			st.mu.Unlock()
		}
		got, _, err := poll(ctx, src, st)
		if err != nil {
			t.Fatalf("poll %d: %v", i+1, err)
		}
		if n := site.requested("/robots.txt"); n != c.fetches {
			t.Errorf("poll %d: robots.txt fetched %d times in all, want %d", i+1, n, c.fetches)
		}
		if len(got) != c.articles {
			t.Errorf("poll %d: %d articles, want %d", i+1, len(got), c.articles)
		}
	}
	if n := site.requested("/news/2"); n != 1 {
		t.Errorf("/news/2 fetched %d times, want once: before the new robots.txt only", n)
	}
}
