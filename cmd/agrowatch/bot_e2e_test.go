package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"agrowatch/notify/telegramtest"
)

// The daemon with a token and no telegram.chats: a user subscribes with /start through the fake Bot API
// and gets the next new article's alert, in Russian; after /stop the next one does not come.
func TestDaemonSubscriber(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	site, srv := newFakeElDala(t, seedArticles()...)
	tg, cfg := withTelegram(t, srv.URL)

	runCtx, stop := context.WithCancel(ctx)
	done := make(chan int, 1)
	var errs string
	go func() {
		code, _, e := runCLI(t, runCtx, "run", "-config", cfg)
		errs = e
		done <- code
	}()
	waitUntil(t, func() bool { return tg.Calls("getUpdates") > 0 && tg.Calls("setMyCommands") >= 4 }, "the bot polls")

	const user = 501
	tg.AddText(user, "/start")
	waitUntil(t, func() bool { return hasText(tg, "Подписка оформлена") }, "the welcome")
	if hasText(tg, "Китай снял ограничения") {
		t.Error("an article read before /start was sent to the new subscriber")
	}

	site.add(siteArticle{ID: 16710, Category: "zhivotnovodstvo", Slug: "zapret-ptitsa", Title: "Китай ввёл запрет на казахстанскую птицу",
		Date: recent(time.Hour), Paragraphs: []string{
			"Главное таможенное управление КНР ввело запрет на ввоз мяса птицы из Казахстана из-за птичьего гриппа.",
		}})
	waitUntil(t, func() bool {
		return hasText(tg, "Китай ввёл запрет на казахстанскую птицу")
	}, "the alert")
	for _, m := range tg.Messages() {
		if strings.Contains(m.Text, "казахстанскую птицу") && (m.Chat != "501" || !strings.Contains(m.Text, "Китай ввёл запрет на мясо птицы из Казахстана")) {
			t.Errorf("alert to %s:\n%s", m.Chat, m.Text)
		}
	}

	tg.AddText(user, "/stop")
	waitUntil(t, func() bool { return hasText(tg, "Подписка отменена") }, "the goodbye")
	after := siteArticle{ID: 16711, Category: "zhivotnovodstvo", Slug: "zapret-baranina", Title: "Узбекистан ввёл запрет на баранину",
		Date: recent(time.Hour), Paragraphs: []string{"Узбекистан ввёл запрет на ввоз баранины из Казахстана из-за оспы овец."}}
	site.add(after)
	// Once the article was fetched and the home page read twice more, it has been committed.
	hits := func(path string) int {
		site.mu.Lock()
		defer site.mu.Unlock()
		return site.hits[path]
	}
	waitUntil(t, func() bool { return hits(after.Path()) > 0 }, "the article after /stop is read")
	home := hits("/")
	waitUntil(t, func() bool { return hits("/") >= home+2 }, "two more polls")
	if hasText(tg, "баранину") {
		t.Error("an alert came after /stop")
	}
	stop()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d\n%s", code, errs)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the daemon did not stop")
	}
}

func hasText(tg *telegramtest.Server, s string) bool {
	for _, m := range tg.Messages() {
		if strings.Contains(m.Text, s) {
			return true
		}
	}
	return false
}

func waitUntil(t *testing.T, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not in 30 s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
