package main

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"agrowatch/notify/telegramtest"
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

// uaSite is a fake ElDala that records the User-Agent of every request.
type uaSite struct {
	*fakeElDala
	mu  sync.Mutex
	uas map[string]int
}

func newUASite(t *testing.T, articles ...siteArticle) (*uaSite, *httptest.Server) {
	t.Helper()
	tmpl := template.Must(template.ParseFiles("testdata/site/home.html", "testdata/site/article.html"))
	s := &uaSite{fakeElDala: &fakeElDala{articles: articles, hits: map[string]int{}, tmpl: tmpl}, uas: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.uas[r.UserAgent()]++
		s.mu.Unlock()
		s.fakeElDala.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return s, srv
}

func (s *uaSite) agents() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.uas)
}

// writeSources writes a configuration to path: head, then the sources given.
func writeSources(t *testing.T, path, head string, sources ...string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(head+"sources:\n"+strings.Join(sources, "")), 0o600); err != nil {
		t.Fatal(err)
	}
}

// eldalaSource is a source of the eldala preset at url, polled hourly.
func eldalaSource(name, url string) string {
	return fmt.Sprintf("  - name: %s\n    preset: eldala\n    url: %s/\n    interval: 1h\n", name, url)
}

// A reload moves alerts to the chats and requests to the HTTP settings the file now says.
func TestSIGHUPReloadsChatsAndHTTP(t *testing.T) {
	tg := telegramtest.New(t)
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", tg.Token())
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	one, srv1 := newUASite(t, seedArticles()...)
	two, srv2 := newUASite(t, siteArticle{ID: 16704, Category: "zerno", Slug: "dostyk-vagony", Title: "На станции Достык скопились вагоны",
		Date: recent(time.Hour), Paragraphs: []string{
			"На станции Достык простаивают более 300 вагонов с зерном из-за задержек разгрузки на стороне КНР.",
		}})
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	conf := func(agent, chat string, sources ...string) {
		writeSources(t, cfg, fmt.Sprintf("store:\n  path: %s\nhttp:\n  user_agent: %q\n  delay: 1ms\ntelegram:\n  api_url: %s\n  chats: [%q]\n",
			filepath.Join(dir, "agrowatch.db"), agent, tg.URL(), chat), sources...)
	}
	s1, s2 := eldalaSource("one", srv1.URL), eldalaSource("two", srv2.URL)
	conf("agent-one/1.0", "-1001", s1)
	log, stop := daemon(t, "-config", cfg)
	defer stop()
	eventually(t, log, "two alerts to -1001", func() bool { return len(tg.Messages()) == 2 })
	before := one.agents()

	conf("agent-two/2.0", "-1002", s1, s2)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	eventually(t, log, "the alert of the new source", func() bool { return len(tg.Messages()) == 3 })
	m := tg.Messages()[2]
	if m.Chat != "-1002" || !strings.Contains(m.Text, "Достык") {
		t.Errorf("after the reload the alert went to %s: %s", m.Chat, m.Text)
	}
	for _, m := range tg.Messages()[:2] {
		if m.Chat != "-1001" {
			t.Errorf("before the reload an alert went to %s", m.Chat)
		}
	}
	if got := two.agents(); len(got) != 1 || got["agent-two/2.0"] == 0 {
		t.Errorf("the new source was asked with %v, want agent-two/2.0 only", got)
	}
	if got := one.agents(); !maps.Equal(got, before) {
		t.Errorf("the unchanged source was polled again (%v, then %v): it keeps its schedule of an hour", before, got)
	}
}

// A reload applies dedup.also_reported: switched from off to message, a story told again by another
// source reaches the chat as a follow-up naming who told it first, without a restart.
func TestSIGHUPAppliesAlsoReported(t *testing.T) {
	tg := telegramtest.New(t)
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", tg.Token())
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	_, srv1 := newUASite(t, seedArticles()...)
	_, srv2 := newUASite(t, siteArticle{ID: 16801, Category: "zhivotnovodstvo", Slug: "govyadina-snova-v-kitay", Title: "Говядина из Казахстана снова поедет в Китай",
		Date: recent(time.Hour), Paragraphs: []string{
			"Главное таможенное управление КНР сняло временные ограничения на ввоз говядины из Казахстана, введённые из-за ящура.",
			"Экспортёры готовят первые партии.",
		}})
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	conf := func(also string, sources ...string) {
		writeSources(t, cfg, fmt.Sprintf("store:\n  path: %s\nhttp:\n  delay: 1ms\ntelegram:\n  api_url: %s\n  chats: [\"-1001\"]\ndedup:\n  also_reported: %s\n",
			filepath.Join(dir, "agrowatch.db"), tg.URL(), also), sources...)
	}
	s1, s2 := eldalaSource("one", srv1.URL), eldalaSource("two", srv2.URL)
	conf("off", s1)
	log, stop := daemon(t, "-config", cfg)
	defer stop()
	eventually(t, log, "two alerts", func() bool { return len(tg.Messages()) == 2 })

	conf("message", s1, s2)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	eventually(t, log, "the follow-up of the story told again", func() bool { return len(tg.Messages()) == 3 })
	if m := tg.Messages()[2]; !strings.Contains(m.Text, "об этом уже сообщал one") {
		t.Errorf("the story told again after the reload is not a follow-up naming the first source:\n%s", m.Text)
	}
}
