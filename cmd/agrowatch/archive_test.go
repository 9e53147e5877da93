package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/dedup"
	"agrowatch/store"
)

// stdoutConfig writes a configuration with the given sources (name → site URL) and no Telegram token:
// alerts go to standard output.
func stdoutConfig(t *testing.T, dir string, sites map[string]string) string {
	t.Helper()
	var src strings.Builder
	for name, url := range sites {
		fmt.Fprintf(&src, "  - name: %s\n    preset: eldala\n    url: %s/\n    interval: 1s\n", name, url)
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
  api_url: http://127.0.0.1:1
sources:
%s`, filepath.Join(dir, "agrowatch.db"), src.String())
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExportCSVOpensAsItIs: the CSV a journalist downloads reads back with encoding/csv field for field,
// Cyrillic, commas, quotes and line breaks included, after a byte-order mark.
func TestExportCSVOpensAsItIs(t *testing.T) {
	dir := t.TempDir()
	cfg := stdoutConfig(t, dir, map[string]string{"eldala": "http://127.0.0.1:1"})
	db, err := store.Open(filepath.Join(dir, "agrowatch.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)
	sentence := "По словам министра, «экспорт, как и ожидалось, вырос»;\nв 2023 году в Китай отправили 2,23 млн тонн \"зерна\"."
	vol := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Lang: "ru", Sentence: sentence, Tonnes: 2230000, Commodity: "grain", From: "KZ", To: "CN", Period: "в 2023 году", Year: 2023}
	ban := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Lang: "ru", Sentence: "Китай снял запрет на говядину.", Status: "lifted", By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd"}
	a := agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/zerno/1-eksport", Title: "Экспорт, рекорд и \"рост\"", Published: published, Text: "текст", Fetched: published}
	fp, ok := dedup.Of(a.Text)
	if _, err := db.Commit(store.Proposal{Article: a, Mentions: []agrowatch.Mention{vol, ban}, Fingerprint: fp, HasPrint: ok, Fresh: true}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	code, out, errs := runCLI(t, context.Background(), "export", "-config", cfg, "-kind", "export_volume,meat_ban")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "\ufeff") {
		t.Fatal("no byte-order mark: Excel would misread the Cyrillic")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read the export: %v\n%s", err, out)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want the header and 2", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	want := map[string]string{"published": "2026-11-20 14:30", "source": "eldala", "url": a.URL, "title": a.Title, "kind": "export_volume",
		"tonnes": "2230000", "commodity": "grain", "from": "KZ", "to": "CN", "period": "в 2023 году", "year": "2023", "forecast": "false",
		"sentence": sentence, "status": "", "by": "", "also reported by": ""}
	for k, v := range want {
		i, ok := col[k]
		if !ok {
			t.Errorf("no column %q", k)
			continue
		}
		if rows[1][i] != v {
			t.Errorf("%s = %q, want %q", k, rows[1][i], v)
		}
	}
	if r := rows[2]; r[col["kind"]] != "meat_ban" || r[col["status"]] != "lifted" || r[col["by"]] != "CN" || r[col["on"]] != "KZ" || r[col["cause"]] != "fmd" || r[col["forecast"]] != "" {
		t.Errorf("ban row %q", r)
	}

	code, out, _ = runCLI(t, context.Background(), "export", "-config", cfg, "-format", "json", "-country", "cn", "-since", "2026-11-20", "-until", "2026-11-21")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"forecast":false`) {
		t.Errorf("json export: exit %d\n%s", code, out)
	}
	for _, bad := range [][]string{{"-since", "20.11.2026"}, {"-kind", "weather"}, {"-format", "xlsx"}, {"-country", "Kazakhstan"}} {
		if code, _, errs := runCLI(t, context.Background(), append([]string{"export", "-config", cfg}, bad...)...); code != 2 || !strings.Contains(errs, bad[0]) {
			t.Errorf("export %v: exit %d, %q; want 2 naming %s", bad, code, errs, bad[0])
		}
	}
}

// TestArchiveWhileDaemonRuns: export, db stats and sources read the archive through the running daemon's
// control socket; stopping it is not needed, and what they show matches the file once it stops.
func TestArchiveWhileDaemonRuns(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, srv := newFakeElDala(t, seedArticles()...)
	dir := t.TempDir()
	cfg := stdoutConfig(t, dir, map[string]string{"eldala": srv.URL})
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan int, 1)
	var daemonOut bytes.Buffer
	go func() {
		done <- cli(runCtx, []string{"run", "-config", cfg}, strings.NewReader(""), &daemonOut, &bytes.Buffer{})
	}()
	var live string
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		code, out, _ := runCLI(t, ctx, "export", "-config", cfg, "-format", "json")
		if code == 0 && strings.Count(out, "\n") >= 2 {
			live = out
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if live == "" {
		stop()
		t.Fatal("export never answered with the daemon's two mentions")
	}
	code, stats, errs := runCLI(t, ctx, "db", "stats", "-config", cfg)
	if code != 0 || !strings.Contains(stats, "articles     3") {
		t.Errorf("db stats while the daemon runs: exit %d\n%s%s", code, stats, errs)
	}
	code, sources, errs := runCLI(t, ctx, "sources", "-config", cfg)
	if code != 0 || !strings.Contains(sources, "eldala") || strings.Contains(sources, "never polled") {
		t.Errorf("sources while the daemon runs: exit %d\n%s%s", code, sources, errs)
	}
	if code, _, errs := runCLI(t, ctx, "db", "compact", "-config", cfg); code != 1 || !strings.Contains(errs, "stop the running agrowatch") {
		t.Errorf("db compact while the daemon runs: exit %d, %q", code, errs)
	}
	if fi, err := os.Stat(filepath.Join(dir, "agrowatch.db.sock")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("control socket: %v, mode %v; want 0600", err, fi.Mode().Perm())
	}
	stop()
	if code := <-done; code != 0 {
		t.Fatalf("daemon exit %d", code)
	}
	code, offline, errs := runCLI(t, ctx, "export", "-config", cfg, "-format", "json")
	if code != 0 || offline != live {
		t.Errorf("export of the stopped daemon's file differs (exit %d, %s):\n%s\nlive:\n%s", code, errs, offline, live)
	}
	if code, out, _ := runCLI(t, ctx, "db", "compact", "-config", cfg); code != 0 || !strings.Contains(out, "→") {
		t.Errorf("db compact: exit %d, %q", code, out)
	}
}

// TestOneStoryTwoSitesOneAlert: one story on two local sites, rewritten by the second, gives one alert;
// two different stories that share a figure but differ in destination give two.
func TestOneStoryTwoSitesOneAlert(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	lead := "Главное таможенное управление КНР сняло временные ограничения на ввоз говядины из Казахстана, введённые в 2019 году из-за вспышек ящура."
	body := []string{lead,
		"Решение принято по итогам инспекции, которую китайские ветеринарные эксперты провели в сентябре на шести мясокомбинатах Костанайской и Павлодарской областей.",
		"Право на поставки получили пять предприятий, ещё три ожидают включения в реестр. Первые партии охлаждённой говядины отправят до конца года через Хоргос."}
	rewritten := []string{body[1], body[0], body[2], "Источник: eldala.kz"}
	toCN := "За январь-октябрь из Казахстана в Китай экспортировано 1,4 млн тонн пшеницы, сообщили в министерстве сельского хозяйства республики."
	toUZ := "За январь-октябрь из Казахстана в Узбекистан экспортировано 1,4 млн тонн пшеницы, сообщили в министерстве сельского хозяйства республики."
	_, one := newFakeElDala(t,
		siteArticle{ID: 100, Category: "zhivotnovodstvo", Slug: "kitay-snyal", Title: "Китай снял ограничения на говядину", Date: recent(2 * time.Hour), Paragraphs: body},
		siteArticle{ID: 101, Category: "zerno", Slug: "v-kitay", Title: "Экспорт пшеницы в Китай", Date: recent(2 * time.Hour), Paragraphs: []string{toCN}})
	_, two := newFakeElDala(t,
		siteArticle{ID: 200, Category: "zhivotnovodstvo", Slug: "rynok-otkryt", Title: "Рынок Китая открыт для казахстанской говядины", Date: recent(time.Hour), Paragraphs: rewritten},
		siteArticle{ID: 201, Category: "zerno", Slug: "v-uzbekistan", Title: "Экспорт пшеницы в Узбекистан", Date: recent(time.Hour), Paragraphs: []string{toUZ}})
	dir := t.TempDir()
	cfg := stdoutConfig(t, dir, map[string]string{"first": one.URL, "second": two.URL})
	code, out, errs := runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	alerts := countAlerts(out)
	if alerts != 3 {
		t.Errorf("%d alerts, want 3: the story once, and each destination's figure\n%s", alerts, out)
	}
	if n := strings.Count(out, "говядин"); n == 0 {
		t.Errorf("the story was not alerted at all:\n%s", out)
	}
	if !strings.Contains(out, "Узбекистан") && !strings.Contains(out, "UZ") {
		t.Errorf("the figure to Uzbekistan was taken for a repeat:\n%s", out)
	}
	// A second run alerts nothing: every article is recorded, the copies with the story they repeat.
	if _, out, _ := runCLI(t, ctx, "run", "-once", "-config", cfg); countAlerts(out) != 0 {
		t.Errorf("a second run alerted again:\n%s", out)
	}
	code, export, _ := runCLI(t, ctx, "export", "-config", cfg, "-kind", "meat_ban")
	if code != 0 || !strings.Contains(export, "second") {
		t.Errorf("the export does not say the second site also reported the story:\n%s", export)
	}
}

// countAlerts counts the alerts printed on standard output: each begins with a rule line.
func countAlerts(out string) int {
	n := 0
	for _, line := range strings.Split(out, "\n") {
		if line == strings.Repeat("─", 60) {
			n++
		}
	}
	return n
}

// TestEditedArticleAlertsOnlyItsNewFact: a site adds a paragraph to an article it published; the next
// poll reads it again (it is young) and alerts only the fact the first text did not state.
func TestEditedArticleAlertsOnlyItsNewFact(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	art := siteArticle{ID: 300, Category: "zhivotnovodstvo", Slug: "inspekciya", Title: "Инспекторы КНР на мясокомбинатах", Date: recent(time.Hour),
		Paragraphs: []string{"Китайские ветеринарные инспекторы проверили шесть мясокомбинатов в Костанайской области."}}
	site, srv := newFakeElDala(t, art)
	dir := t.TempDir()
	cfg := stdoutConfig(t, dir, map[string]string{"eldala": srv.URL})
	code, out, errs := runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 0 || countAlerts(out) != 1 {
		t.Fatalf("first poll: exit %d, %d alerts\n%s%s", code, countAlerts(out), out, errs)
	}
	site.mu.Lock()
	site.articles[0].Paragraphs = append(site.articles[0].Paragraphs,
		"По итогам проверки Главное таможенное управление КНР сняло ограничения на ввоз говядины из Казахстана.")
	site.mu.Unlock()
	time.Sleep(1100 * time.Millisecond) // the source's interval: a young article is read again once per interval
	code, out, errs = runCLI(t, ctx, "run", "-once", "-config", cfg)
	if code != 0 || countAlerts(out) != 1 || !strings.Contains(out, "говядин") || strings.Contains(out, "проверили шесть") {
		t.Errorf("after the edit: exit %d, %d alerts; want one with only the lifting\n%s%s", code, countAlerts(out), out, errs)
	}
	code, stats, _ := runCLI(t, ctx, "db", "stats", "-config", cfg)
	if code != 0 || !strings.Contains(stats, "articles     1 ") {
		t.Errorf("the edit was recorded as another article:\n%s", stats)
	}
}

// TestReextract: stored bodies are read again and their mentions replaced, alerting nothing; the counts
// say what changed per kind.
func TestReextract(t *testing.T) {
	dir := t.TempDir()
	cfg := stdoutConfig(t, dir, map[string]string{"eldala": "http://127.0.0.1:1"})
	db, err := store.Open(filepath.Join(dir, "agrowatch.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	// Recorded by an older extractor that found nothing in the text, and a wrong border delay.
	a := agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/1-x", Title: "Новости", Fetched: now,
		Text: "Главное таможенное управление КНР сняло ограничения на ввоз говядины из Казахстана."}
	wrong := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Lang: "ru", Sentence: "…", Place: "Dostyk"}
	if _, err := db.Commit(store.Proposal{Article: a, Mentions: []agrowatch.Mention{wrong}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, out, errs := runCLI(t, context.Background(), "reextract", "-config", cfg)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "1 articles read again") || !regexpMatch(`meat_ban\s+1\s+0`, out) || !regexpMatch(`border_delay\s+0\s+1`, out) {
		t.Errorf("reextract said:\n%s", out)
	}
	code, export, _ := runCLI(t, context.Background(), "export", "-config", cfg, "-format", "json")
	if code != 0 || !strings.Contains(export, `"kind":"meat_ban"`) || strings.Contains(export, "border_delay") {
		t.Errorf("stored mentions after reextract:\n%s", export)
	}
	code, stats, _ := runCLI(t, context.Background(), "db", "stats", "-config", cfg)
	if code != 0 || !strings.Contains(stats, "outbox       0 waiting") {
		t.Errorf("reextract queued something:\n%s", stats)
	}
}

func regexpMatch(pattern, s string) bool { return regexp.MustCompile(pattern).MatchString(s) }

// TestHelpExitsZero: -h on every command prints its flags and exits 0; an unknown flag is still 2.
func TestHelpExitsZero(t *testing.T) {
	for _, args := range [][]string{{"scan", "-h"}, {"sources", "-h"}, {"sources", "check", "-h"}, {"export", "-h"}, {"db", "stats", "-h"}, {"db", "compact", "-h"}, {"reextract", "-h"}} {
		code, _, errs := runCLI(t, context.Background(), args...)
		if code != 0 || !strings.Contains(errs, "Usage of") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
		if code, _, _ := runCLI(t, context.Background(), append(args[:len(args)-1:len(args)-1], "-no-such-flag")...); code != 2 {
			t.Errorf("%v with an unknown flag: exit %d, want 2", args[:len(args)-1], code)
		}
	}
}
