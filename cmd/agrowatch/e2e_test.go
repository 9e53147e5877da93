package main

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"agrowatch/notify/telegramtest"
)

// siteArticle is one article of the fake ElDala.
type siteArticle struct {
	ID         int
	Category   string
	Slug       string
	Title      string
	Date       string
	Paragraphs []string
}

func (a siteArticle) Path() string { return fmt.Sprintf("/novosti/%s/%d-%s", a.Category, a.ID, a.Slug) }

// fakeElDala serves a home page with cards and the article pages, shaped as shared/notes/sources.md says.
type fakeElDala struct {
	mu       sync.Mutex
	articles []siteArticle
	hits     map[string]int
	tmpl     *template.Template
}

func newFakeElDala(t *testing.T, articles ...siteArticle) (*fakeElDala, *httptest.Server) {
	t.Helper()
	tmpl := template.Must(template.ParseFiles("testdata/site/home.html", "testdata/site/article.html"))
	f := &fakeElDala{articles: articles, hits: map[string]int{}, tmpl: tmpl}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeElDala) add(a siteArticle) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.articles = append([]siteArticle{a}, f.articles...)
}

func (f *fakeElDala) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.hits[r.URL.Path]++
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	switch r.URL.Path {
	case "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\n")
		return
	case "/":
		if err := f.tmpl.ExecuteTemplate(w, "home.html", f.articles); err != nil {
			http.Error(w, err.Error(), 500)
		}
		return
	}
	for _, a := range f.articles {
		if r.URL.Path == a.Path() {
			if err := f.tmpl.ExecuteTemplate(w, "article.html", a); err != nil {
				http.Error(w, err.Error(), 500)
			}
			return
		}
	}
	http.NotFound(w, r)
}

func recent(d time.Duration) string {
	return time.Now().Add(-d).UTC().Format("2006-01-02T15:04:05-0700")
}

func seedArticles() []siteArticle {
	return []siteArticle{
		{ID: 16701, Category: "zhivotnovodstvo", Slug: "kitay-snyal-ogranicheniya", Title: "Китай снял ограничения на ввоз говядины из Казахстана",
			Date: recent(2 * time.Hour), Paragraphs: []string{
				"Главное таможенное управление КНР сняло временные ограничения на ввоз говядины из Казахстана, введённые из-за ящура.",
				"Об этом сообщили в Министерстве сельского хозяйства РК.",
			}},
		{ID: 16702, Category: "zerno", Slug: "eksport-zerna-v-kitay", Title: "Казахстан нарастил экспорт зерна",
			Date: recent(3 * time.Hour), Paragraphs: []string{
				"За январь-октябрь из Казахстана в Китай экспортировано 1,4 млн тонн пшеницы.",
				"Основная часть поставок пришлась на железную дорогу.",
			}},
		{ID: 16703, Category: "selhoztehnika", Slug: "traktory-na-vystavke", Title: "Новые тракторы показали на выставке в Астане",
			Date: recent(4 * time.Hour), Paragraphs: []string{
				"На выставке в Астане представили 40 моделей тракторов и комбайнов.",
				"Посетители отметили удобство новых кабин.",
			}},
	}
}

func writeConfig(t *testing.T, dir, site, tgURL string, chats ...string) string {
	t.Helper()
	quoted := make([]string, len(chats))
	for i, c := range chats {
		quoted[i] = fmt.Sprintf("%q", c)
	}
	cfg := fmt.Sprintf(`store:
  path: %s
http:
  user_agent: "agrowatch-test/0.1 (+https://example.org/agrowatch)"
  timeout: 5s
  delay: 10ms
alerts:
  max_age: 72h
telegram:
  api_url: %s
  chats: [%s]
sources:
  - name: eldala
    preset: eldala
    url: %s/
    interval: 1s
`, filepath.Join(dir, "agrowatch.db"), tgURL, strings.Join(quoted, ", "), site)
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func runCLI(t *testing.T, ctx context.Context, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli(ctx, args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// withTelegram starts a fake Bot API, sets its token and writes a configuration for the site that
// alerts the given chats.
func withTelegram(t *testing.T, siteURL string, chats ...string) (*telegramtest.Server, string) {
	t.Helper()
	tg := telegramtest.New(t)
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", tg.Token())
	return tg, writeConfig(t, t.TempDir(), siteURL, tg.URL(), chats...)
}

// runOnceUntil runs `run -once` until Telegram holds n messages or 30 s have passed: a retry waits out
// its backoff, which a daemon would do by itself.
func runOnceUntil(t *testing.T, ctx context.Context, cfg string, tg *telegramtest.Server, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for len(tg.Messages()) < n && time.Now().Before(deadline) {
		if code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg); code != 0 {
			t.Fatalf("exit %d\n%s", code, errs)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

func TestEndToEndOnceWithTelegram(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	site, srv := newFakeElDala(t, seedArticles()...)
	tg, cfg := withTelegram(t, srv.URL, "-100777")

	for poll := 1; poll <= 2; poll++ {
		if code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg); code != 0 {
			t.Fatalf("poll %d: exit %d\n%s", poll, code, errs)
		}
	}
	msgs := tg.Messages()
	if len(msgs) != 2 {
		t.Fatalf("after two polls: %d messages, want 2 (one per article with mentions):\n%v", len(msgs), msgs)
	}
	var texts []string
	for _, m := range msgs {
		if m.Chat != "-100777" {
			t.Errorf("message to chat %q, want -100777", m.Chat)
		}
		texts = append(texts, m.Text)
	}
	all := strings.Join(texts, "\n---\n")
	for _, want := range []string{"Китай снял ограничения на ввоз говядины из Казахстана", "Казахстан нарастил экспорт зерна", srv.URL + "/novosti/zerno/16702-eksport-zerna-v-kitay", "eldala"} {
		if !strings.Contains(all, want) {
			t.Errorf("messages lack %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "тракторы") {
		t.Errorf("the article without mentions was alerted:\n%s", all)
	}

	// A restart on the same database sends nothing again.
	if code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg); code != 0 {
		t.Fatalf("restart: exit %d\n%s", code, errs)
	}
	if n := len(tg.Messages()); n != 2 {
		t.Fatalf("after a restart: %d messages, want still 2", n)
	}

	// A new article on the home page gives exactly one new message.
	site.add(siteArticle{ID: 16704, Category: "zerno", Slug: "dostyk-vagony", Title: "На станции Достык скопились вагоны",
		Date: recent(time.Hour), Paragraphs: []string{
			"На станции Достык простаивают более 300 вагонов с зерном из-за задержек разгрузки на стороне КНР.",
		}})
	if code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg); code != 0 {
		t.Fatalf("third poll: exit %d\n%s", code, errs)
	}
	msgs = tg.Messages()
	if len(msgs) != 3 {
		t.Fatalf("after a new article: %d messages, want 3", len(msgs))
	}
	if !strings.Contains(msgs[2].Text, "Достык") {
		t.Errorf("third message is not about the new article:\n%s", msgs[2].Text)
	}
	site.mu.Lock()
	defer site.mu.Unlock()
	// A seen article is read again only to look for edits while it is young (dedup.reread), at most once
	// a poll; reading it again alerted nothing (the counts above).
	if n := site.hits["/novosti/zhivotnovodstvo/16701-kitay-snyal-ogranicheniya"]; n < 1 || n > 4 {
		t.Errorf("a seen article was fetched %d times in 4 polls, want once and at most once a poll", n)
	}
}

func TestEndToEndStdoutWithoutToken(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, srv := newFakeElDala(t, seedArticles()...)
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
	dir := t.TempDir()
	cfg := writeConfig(t, dir, srv.URL, "https://api.telegram.org")
	code, out, errs := runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	t.Logf("stdout:\n%s", out)
	for _, want := range []string{"Китай снял ограничения на ввоз говядины из Казахстана", "Казахстан нарастил экспорт зерна"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<b>") || strings.Contains(out, "&lt;") {
		t.Errorf("stdout shows HTML markup, want plain text:\n%s", out)
	}
}

func TestDaemonStopsPromptlyAndKeepsAlerts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, srv := newFakeElDala(t, seedArticles()...)
	tg, cfg := withTelegram(t, srv.URL, "-100777")

	runCtx, stop := context.WithCancel(ctx)
	done := make(chan int, 1)
	go func() {
		code, _, _ := runCLI(t, runCtx, "run", "-config", cfg)
		done <- code
	}()
	deadline := time.Now().Add(30 * time.Second)
	for len(tg.Messages()) < 2 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := len(tg.Messages()); n != 2 {
		t.Fatalf("daemon delivered %d messages, want 2", n)
	}
	stopped := time.Now()
	stop()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after a stop, want 0", code)
		}
		if d := time.Since(stopped); d > 5*time.Second {
			t.Errorf("stopped after %v, want within 5 s", d)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the daemon did not stop within 10 s of the signal")
	}
	// The database is free again, and nothing is resent.
	if code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg); code != 0 {
		t.Fatalf("after the daemon: exit %d\n%s", code, errs)
	}
	if n := len(tg.Messages()); n != 2 {
		t.Errorf("after a restart: %d messages, want 2", n)
	}
}

func TestEverySourceFailedExitsOne(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down for maintenance", http.StatusInternalServerError)
	}))
	defer srv.Close()
	dir := t.TempDir()
	cfg := writeConfig(t, dir, srv.URL, "https://api.telegram.org")
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
	code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 1 {
		t.Fatalf("exit %d, want 1 when every source failed\n%s", code, errs)
	}
	if !strings.Contains(errs, "eldala") {
		t.Errorf("stderr does not name the failing source:\n%s", errs)
	}
}

func TestBadConfigExitsTwo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(path, []byte("sources:\n  - name: a\n    preset: eldala\n    interval: soon\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, context.Background(), "run", "-once", "-config", path)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if want := path + `:4: sources[0].interval: "soon" is not a duration`; !strings.Contains(errs, want) {
		t.Errorf("stderr %q lacks %q", errs, want)
	}
}

func TestDatabaseInUse(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, srv := newFakeElDala(t, seedArticles()...)
	dir := t.TempDir()
	cfg := writeConfig(t, dir, srv.URL, "https://api.telegram.org")
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
	held, code := open(ctx, env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}, cfg, discardLogger())
	if held == nil {
		t.Fatalf("first open failed with %d", code)
	}
	defer held.close()
	start := time.Now()
	code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v to report a locked database, want about a second", d)
	}
	if !strings.Contains(errs, "in use by another agrowatch") {
		t.Errorf("stderr does not say the database is in use:\n%s", errs)
	}
}

// A Telegram outage keeps alerts in the outbox: the next run delivers each exactly once.
func TestEndToEndTelegramOutageLosesNothing(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, srv := newFakeElDala(t, seedArticles()...)
	tg, cfg := withTelegram(t, srv.URL, "-100777", "-100888")

	// Every attempt of the first run fails: 2 alerts × 2 chats.
	tg.FailNext(4, http.StatusInternalServerError, "Internal Server Error", nil)
	code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 0 {
		t.Fatalf("a source was read, so exit 0 even with Telegram down; got %d\n%s", code, errs)
	}
	if n := len(tg.Messages()); n != 0 {
		t.Fatalf("%d messages accepted during the outage", n)
	}
	if !strings.Contains(errs, "outbox") {
		t.Errorf("the log does not say alerts wait in the outbox:\n%s", errs)
	}
	// The retry waits out its backoff; a daemon would retry by itself, -once needs another run later.
	runOnceUntil(t, ctx, cfg, tg, 4)
	msgs := tg.Messages()
	if len(msgs) != 4 {
		t.Fatalf("%d messages after the outage, want 4 (2 articles × 2 chats)", len(msgs))
	}
	per := map[string]int{}
	for _, m := range msgs {
		per[m.Chat]++
	}
	if per["-100777"] != 2 || per["-100888"] != 2 {
		t.Errorf("messages per chat %v, want 2 each", per)
	}
}

// A source that answers garbage is logged by name; the other source goes on.
func TestEndToEndOneBrokenSource(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, site := newFakeElDala(t, seedArticles()...)
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("\x00\x01 this is not a feed <rss><channel><item>"))
	}))
	defer garbage.Close()
	tg, cfg := withTelegram(t, site.URL, "-100777")
	f, err := os.OpenFile(cfg, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "  - name: broken-feed\n    type: feed\n    url: %s/rss\n    interval: 1s\n", garbage.URL)
	f.Close()

	code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 0 {
		t.Fatalf("exit %d with one good source\n%s", code, errs)
	}
	if n := len(tg.Messages()); n != 2 {
		t.Errorf("%d messages, want 2 from the good source", n)
	}
	if !strings.Contains(errs, "source=broken-feed") || !strings.Contains(errs, "poll failed") {
		t.Errorf("the log does not name the broken source:\n%s", errs)
	}
}

// Telegram down at start-up: the sources are still read and the alerts wait in the outbox; a token
// Telegram rejects is a configuration error said at once.
func TestEndToEndTelegramDownAtStart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	site, srv := newFakeElDala(t, seedArticles()...)
	tg := telegramtest.New(t)
	dir := t.TempDir()
	cfg := writeConfig(t, dir, srv.URL, tg.URL(), "-100777")

	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "123:wrong")
	code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 1 || !strings.Contains(errs, "rejected the bot token") {
		t.Fatalf("wrong token: exit %d, want 1 and a message naming the token\n%s", code, errs)
	}

	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", tg.Token())
	tg.FailGetMe(1, http.StatusBadGateway, "Bad Gateway")
	code, _, errs = runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 0 {
		t.Fatalf("Telegram down: exit %d, want 0 (the source was read)\n%s", code, errs)
	}
	site.mu.Lock()
	read := site.hits["/novosti/zerno/16702-eksport-zerna-v-kitay"]
	site.mu.Unlock()
	if read != 1 || len(tg.Messages()) != 0 {
		t.Fatalf("Telegram down: article read %d times, %d messages; want 1 and 0", read, len(tg.Messages()))
	}
	if !strings.Contains(errs, "alerts wait in the outbox") {
		t.Errorf("the log does not say the alerts wait:\n%s", errs)
	}
	// Telegram is back: a later run, once the retry is due, delivers what waited, once.
	runOnceUntil(t, ctx, cfg, tg, 2)
	if n := len(tg.Messages()); n != 2 {
		t.Errorf("Telegram back: %d messages, want the 2 that waited", n)
	}
}
