package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
	"agrowatch/dedup"
)

// propose is a Proposal as watch makes it: fingerprint of the text, fresh, to these chats.
func propose(a agrowatch.Article, ms []agrowatch.Mention, chats ...string) Proposal {
	fp, ok := dedup.Of(a.Text)
	return Proposal{Article: a, Mentions: ms, Fingerprint: fp, HasPrint: ok, Fresh: true,
		Destinations: func(agrowatch.Alert) []string { return chats }}
}

func mustCommit(t *testing.T, db *DB, p Proposal) Outcome {
	t.Helper()
	out, err := db.Commit(p)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func story(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "dedup", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

var (
	liftBeef = agrowatch.Mention{Kind: agrowatch.KindMeatBan, Lang: "ru", Sentence: "Главное таможенное управление КНР сняло ограничения на ввоз говядины из Казахстана.", Status: agrowatch.StatusLifted, By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd"}
	inspect  = agrowatch.Mention{Kind: agrowatch.KindInspection, Lang: "ru", Sentence: "Китайские ветеринарные эксперты провели инспекцию.", Status: agrowatch.StatusDone, By: "CN", On: "KZ"}
	meat18   = agrowatch.Mention{Kind: agrowatch.KindExportVolume, Lang: "ru", Sentence: "Казахстан экспортировал в Китай около 18 тыс. тонн мяса.", Tonnes: 18000, Commodity: "meat", From: "KZ", To: "CN"}
)

// TestDedupLayers: the same story from a second source, lightly rewritten, gives no alert and is recorded
// on the first as also reported; the same facts in other words (a translation) give none either; a new
// fact beside repeated ones alerts alone; the same figure to another destination is news.
func TestDedupLayers(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	body := story(t, "story-ru.txt")
	first := mustCommit(t, db, propose(agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/1-a", Title: "Китай открыл рынок", Text: body, Fetched: t0},
		[]agrowatch.Mention{liftBeef, inspect, meat18}, "-1001"))
	if first.Alert == nil || len(first.Alert.Mentions) != 3 || first.Queued != 1 {
		t.Fatalf("first telling: %+v", first)
	}

	// Layer 2: a re-publisher's copy with its paragraphs moved and a source line.
	p := strings.Split(body, "\n\n")
	p[0], p[1] = p[1], p[0]
	copyText := strings.Join(p, "\n\n") + "\n\nИсточник: eldala.kz"
	copied := mustCommit(t, db, propose(agrowatch.Article{Source: "apk-news", URL: "https://apk-news.kz/news/kitay", Title: "Новый заголовок", Text: copyText, Fetched: t0.Add(time.Hour)},
		[]agrowatch.Mention{liftBeef, inspect, meat18}, "-1001"))
	if copied.Alert != nil || copied.Decision.Story != first.ID {
		t.Errorf("near-duplicate: alert %v, story %d, want none and %d", copied.Alert, copied.Decision.Story, first.ID)
	}

	// Layer 3: the same facts in English (not a near-duplicate), and one new fact.
	en := story(t, "story-en.txt")
	enBan := liftBeef
	enBan.Lang, enBan.Sentence, enBan.Cause = "en", "China's General Administration of Customs has lifted restrictions on beef imports from Kazakhstan.", ""
	newFact := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Lang: "en", Sentence: "…", Tonnes: 18000, Commodity: "meat", From: "KZ", To: "UZ"}
	translated := mustCommit(t, db, propose(agrowatch.Article{Source: "eurasianet", URL: "https://eurasianet.org/china-beef", Title: "China lifts ban", Text: en, Fetched: t0.Add(2 * time.Hour)},
		[]agrowatch.Mention{enBan, newFact}, "-1001"))
	if translated.Decision.Story != 0 {
		t.Errorf("a translation was taken for a near-duplicate of %d", translated.Decision.Story)
	}
	if translated.Alert == nil || len(translated.Alert.Mentions) != 1 || translated.Alert.Mentions[0].To != "UZ" {
		t.Errorf("translation: want only the new figure (to UZ) alerted, got %+v", translated.Alert)
	}

	// Outside the window, the same fact is news again.
	later := mustCommit(t, db, propose(agrowatch.Article{Source: "eurasianet", URL: "https://eurasianet.org/a-month-later", Title: "x", Text: "short", Fetched: t0.Add(15 * 24 * time.Hour)},
		[]agrowatch.Mention{enBan}, "-1001"))
	if later.Alert == nil {
		t.Error("a fact first alerted 15 days earlier was not alerted again (window 14 days)")
	}

	rec, ok, err := db.Record(first.ID)
	if err != nil || !ok {
		t.Fatal(err)
	}
	var also []string
	for _, r := range rec.Also {
		also = append(also, r.Source)
	}
	if strings.Join(also, ",") != "apk-news,eurasianet" {
		t.Errorf("also reported by %v, want apk-news and eurasianet", also)
	}
	// A source filter finds the stories a source also reported, not only its own articles.
	n := 0
	if err := db.Mentions(Query{Source: "apk-news", Kinds: []agrowatch.Kind{agrowatch.KindInspection}}, func(r Row) error {
		if r.Article.ID == first.ID {
			n++
		}
		return nil
	}); err != nil || n != 1 {
		t.Errorf("source filter: %d rows of the story apk-news also reported, want 1 (%v)", n, err)
	}
	due, err := db.Due(t0.Add(30*24*time.Hour), 0)
	if err != nil || len(due) != 3 {
		t.Errorf("%d deliveries queued, want 3 (first, the new figure, a month later): %v", len(due), err)
	}
}

// TestEdits: an article read again unchanged does nothing; edited, it keeps the newest text, counts the
// revision, and alerts only the fact its first text did not state.
func TestEdits(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	a := agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/zhivotnovodstvo/5-x", Key: "5", Title: "Инспекция", Text: "Китайские ветеринарные эксперты провели инспекцию.", Fetched: t0}
	first := mustCommit(t, db, propose(a, []agrowatch.Mention{inspect}, "-1001"))
	if first.Alert == nil {
		t.Fatal("no alert for the first text")
	}
	again := mustCommit(t, db, propose(a, []agrowatch.Mention{inspect}, "-1001"))
	if again.New || again.Edited || again.Alert != nil {
		t.Errorf("unchanged re-read: %+v", again)
	}
	a.Text += "\n\nГлавное таможенное управление КНР сняло ограничения на ввоз говядины из Казахстана."
	a.URL = "https://eldala.kz/novosti/zhivotnovodstvo/5-x-obnovleno" // the slug edited too: the key finds it
	edited := mustCommit(t, db, propose(a, []agrowatch.Mention{inspect, liftBeef}, "-1001"))
	if !edited.Edited || edited.Alert == nil || len(edited.Alert.Mentions) != 1 || edited.Alert.Mentions[0].Kind != agrowatch.KindMeatBan {
		t.Fatalf("edit: %+v", edited)
	}
	rec, _, err := db.Lookup(a.URL)
	if err != nil || rec.Revisions != 1 || len(rec.Mentions) != 2 || len(rec.Alerts) != 2 {
		t.Errorf("record after the edit: revisions %d, mentions %d, alerts %d, %v", rec.Revisions, len(rec.Mentions), len(rec.Alerts), err)
	}
	if body, _ := db.Body(rec.ID); body != a.Text {
		t.Errorf("stored body is not the newest text: %q", body)
	}
	// The same edit read once more changes nothing.
	if out := mustCommit(t, db, propose(a, []agrowatch.Mention{inspect, liftBeef}, "-1001")); out.Alert != nil || out.Edited {
		t.Errorf("the edit read again: %+v", out)
	}
	if n, _ := db.Pending(); n != 2 {
		t.Errorf("%d deliveries, want 2", n)
	}
}

// TestEditRestatingAFact: an edit whose added paragraph names the goods of a fact the first text told
// ("meat plants" inspected, then the beef ban lifted "after the inspection") alerts only the new fact: the
// fact told again in other words stays the one alerted.
func TestEditRestatingAFact(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	a := agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/zhivotnovodstvo/6-x", Key: "6", Title: "Инспекция", Text: "Китайские инспекторы проверили мясокомбинаты.", Fetched: t0}
	meat := inspect
	meat.Commodity = "meat"
	if first := mustCommit(t, db, propose(a, []agrowatch.Mention{meat}, "-1001")); first.Alert == nil {
		t.Fatal("no alert for the first text")
	}
	beef := inspect
	beef.Commodity = "beef"
	a.Text += "\n\nПо итогам проверки ГТУ КНР сняло ограничения на ввоз говядины из Казахстана."
	edited := mustCommit(t, db, propose(a, []agrowatch.Mention{beef, liftBeef}, "-1001"))
	if !edited.Edited || edited.Alert == nil || len(edited.Alert.Mentions) != 1 || edited.Alert.Mentions[0].Kind != agrowatch.KindMeatBan {
		t.Fatalf("edit: %+v", edited)
	}
	if rec, _, err := db.Lookup(a.URL); err != nil || !slices.Equal(rec.Alerted, []int{0, 1}) {
		t.Errorf("alerted mentions after the edit: %v (%v), want both", rec.Alerted, err)
	}
}

// TestOneAlertPerChatEver: queueing the same alert for one chat twice (a chat listed under two spellings
// that moves resolve to one, or a replay) gives one delivery.
func TestOneAlertPerChatEver(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	if err := db.MoveChat("-100", "-1001000000100"); err != nil {
		t.Fatal(err)
	}
	out := mustCommit(t, db, propose(agrowatch.Article{Source: "s", URL: "https://x/1", Text: "t", Fetched: t0}, []agrowatch.Mention{inspect}, "-100", "-1001000000100", "-100"))
	if out.Queued != 1 {
		t.Errorf("queued %d, want 1", out.Queued)
	}
	if err := db.update("replay", func(tx *bbolt.Tx) error {
		n, err := queue(tx, out.AlertID, []string{"-1001000000100"}, t0)
		if n != 0 {
			t.Errorf("a replayed queue added %d deliveries", n)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
}

func TestRetentionLeavesTombstones(t *testing.T) {
	now := t0
	db, _ := openTest(t, Options{Now: func() time.Time { return now }})
	old := agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/1-old", Key: "1", Title: "old", Text: story(t, "story-ru.txt"), Fetched: t0}
	undated := agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/2-undated", Title: "undated", Text: "Без даты.", Fetched: t0.Add(time.Minute)}
	young := agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/novosti/3-young", Title: "young", Text: "Свежая новость.", Fetched: t0.Add(300 * 24 * time.Hour)}
	mustCommit(t, db, propose(old, []agrowatch.Mention{liftBeef}, "-1001"))
	mustCommit(t, db, propose(undated, nil))
	mustCommit(t, db, propose(young, []agrowatch.Mention{inspect}))
	now = t0.Add(401 * 24 * time.Hour)
	n, err := db.Prune(now.Add(-400 * 24 * time.Hour))
	if err != nil || n != 2 {
		t.Fatalf("Prune = %d, %v; want 2", n, err)
	}
	for _, u := range []string{old.URL, old.Key, undated.URL} {
		if seen, err := db.Seen(u); err != nil || !seen {
			t.Errorf("%s is no longer seen after pruning: it would be alerted again (%v)", u, err)
		}
	}
	// A pruned article read again is not news.
	if out := mustCommit(t, db, propose(old, []agrowatch.Mention{liftBeef}, "-1001")); out.Alert != nil || out.New {
		t.Errorf("a pruned article read again: %+v", out)
	}
	rec, _, _ := db.Lookup(old.URL)
	if !rec.Tombstone || rec.Title != "" || len(rec.Mentions) != 0 {
		t.Errorf("tombstone keeps more than its identity: %+v", rec)
	}
	if body, _ := db.Body(rec.ID); body != "" {
		t.Error("a tombstone kept its body")
	}
	st, err := db.Stats()
	if err != nil || st.Articles != 3 || st.Tombstones != 2 || st.Mentions["inspection"] != 1 || st.Mentions["meat_ban"] != 0 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
	if n, _ := db.Prune(now.Add(-400 * 24 * time.Hour)); n != 0 {
		t.Errorf("a second prune pruned %d", n)
	}
}

func TestMigrationFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "agrowatch.db")
	raw, err := os.ReadFile(filepath.Join("testdata", "v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	t1 := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	db, err := Open(path, Options{Now: func() time.Time { return t1 }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Articles: all three, by URL and by key, with their mentions and alert state.
	for _, u := range []string{"https://eldala.kz/novosti/zhivotnovodstvo/16668-kitay-snyal-zapret", "16668", "https://apk-news.kz/news/zerno-2023", "16670"} {
		if seen, err := db.Seen(u); err != nil || !seen {
			t.Errorf("%s not seen after migration (%v)", u, err)
		}
	}
	rec, ok, err := db.Lookup("https://eldala.kz/novosti/zhivotnovodstvo/16668-kitay-snyal-zapret")
	if err != nil || !ok || rec.Key != "16668" || len(rec.Mentions) != 1 || rec.Mentions[0].Status != "lifted" || !rec.WasAlerted() {
		t.Errorf("migrated record %+v, %v", rec, err)
	}
	if body, _ := db.Body(rec.ID); !strings.HasPrefix(body, "Китай снял запрет") {
		t.Errorf("migrated body %q", body)
	}
	// Outbox: the version-1 file queued deliveries 1 to 4 (two alerts for two chats); 2 was delivered and
	// 4 dropped, 1 has part 1 of 2 sent, 3 waits for a retry. Their ids, progress and retry times survive.
	due, err := db.Due(t1.Add(2*time.Hour), 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []uint64
	for _, d := range due {
		got = append(got, d.ID)
		if d.Alert.URL == "" || len(d.Alert.Mentions) == 0 {
			t.Errorf("delivery %d lost its alert: %+v", d.ID, d.Alert)
		}
	}
	if len(got) != 2 || got[0] != 1 || got[1] != 3 || due[0].Sent != 1 || due[1].Attempts != 1 || due[1].LastErr == "" {
		t.Fatalf("deliveries %v (%+v)", got, due)
	}
	if notYet, _ := db.Due(t1, 0); len(notYet) != 1 {
		t.Errorf("the retry time was lost: %d due now, want 1", len(notYet))
	}
	// Health, validators and chat moves are kept.
	h, ok, err := db.Health("eldala")
	if err != nil || !ok || h.Polls != 12 {
		t.Errorf("health %+v, %v", h, err)
	}
	v, err := db.Validators("eldala", "https://eldala.kz/")
	if err != nil || v.ETag != `"abc"` {
		t.Errorf("validators %+v, %v", v, err)
	}
	st, err := db.Stats()
	// Two alerts: each stored once though queued for two chats.
	if err != nil || st.Articles != 3 || st.Dropped != 1 || st.Outbox != 2 || st.Alerted != 2 || st.Alerts != 2 || st.Mentions["meat_ban"] != 1 {
		t.Errorf("Stats %+v, %v", st, err)
	}
	// New ids continue after the migrated ones.
	out := mustCommit(t, db, propose(agrowatch.Article{Source: "s", URL: "https://x/new", Text: "t", Fetched: t1}, []agrowatch.Mention{{Kind: agrowatch.KindBorderDelay, Place: "Dostyk", Sentence: "s"}}, "-100999"))
	due, _ = db.Due(t1.Add(2*time.Hour), 0)
	if out.Queued != 1 || due[len(due)-1].ID <= 4 || due[len(due)-1].Chat != "-100888" {
		t.Errorf("new delivery %+v: want an id after 6, for the moved chat", due[len(due)-1])
	}
}

func TestMentionsQuery(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	for i, m := range []agrowatch.Mention{liftBeef, inspect, meat18} {
		a := agrowatch.Article{Source: []string{"eldala", "apk-news", "eldala"}[i], URL: "https://x/" + string(rune('a'+i)), Title: "t", Text: "t",
			Published: t0.Add(time.Duration(i) * 24 * time.Hour), Fetched: t0.Add(time.Duration(i) * 24 * time.Hour)}
		mustCommit(t, db, propose(a, []agrowatch.Mention{m}))
	}
	tests := []struct {
		name string
		q    Query
		want []agrowatch.Kind
	}{
		{"all, oldest first", Query{}, []agrowatch.Kind{"meat_ban", "inspection", "export_volume"}},
		{"newest first", Query{Newest: true}, []agrowatch.Kind{"export_volume", "inspection", "meat_ban"}},
		{"one kind", Query{Kinds: []agrowatch.Kind{"inspection"}}, []agrowatch.Kind{"inspection"}},
		{"since", Query{Since: t0.Add(24 * time.Hour)}, []agrowatch.Kind{"inspection", "export_volume"}},
		{"until", Query{Until: t0.Add(24 * time.Hour)}, []agrowatch.Kind{"meat_ban"}},
		{"source", Query{Source: "eldala"}, []agrowatch.Kind{"meat_ban", "export_volume"}},
		{"country in any role", Query{Country: "CN"}, []agrowatch.Kind{"meat_ban", "inspection", "export_volume"}},
		{"commodity", Query{Commodity: "meat"}, []agrowatch.Kind{"export_volume"}},
		{"words, any case", Query{Words: "ВЕТЕРИНАРНЫЕ эксперты"}, []agrowatch.Kind{"inspection"}},
		{"limit and offset", Query{Offset: 1, Limit: 1}, []agrowatch.Kind{"inspection"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []agrowatch.Kind
			if err := db.Mentions(tt.q, func(r Row) error { got = append(got, r.Mention.Kind); return nil }); err != nil {
				t.Fatal(err)
			}
			if strings.Join(kindStrings(got), ",") != strings.Join(kindStrings(tt.want), ",") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func kindStrings(ks []agrowatch.Kind) []string {
	var out []string
	for _, k := range ks {
		out = append(out, string(k))
	}
	return out
}

func TestCompact(t *testing.T) {
	db, path := openTest(t, Options{Now: func() time.Time { return t0 }})
	for i := range 200 {
		a := agrowatch.Article{Source: "s", URL: "https://x/" + strings.Repeat("z", i), Text: strings.Repeat("Экспорт зерна вырос. ", 200), Fetched: t0}
		mustCommit(t, db, propose(a, nil))
	}
	if _, err := db.Prune(t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Compact(path, 100*time.Millisecond); err == nil {
		t.Fatal("Compact ran while the database was open")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before, after, err := Compact(path, time.Second)
	if err != nil || after >= before {
		t.Fatalf("Compact: %d → %d bytes, %v", before, after, err)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st, err := db.Stats(); err != nil || st.Articles != 200 || st.Tombstones != 200 {
		t.Errorf("after compaction: %+v, %v", st, err)
	}
}

func TestSetMentions(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	out := mustCommit(t, db, propose(agrowatch.Article{Source: "s", URL: "https://x/1", Text: "t", Fetched: t0}, []agrowatch.Mention{inspect, liftBeef}, "-1001"))
	reread := []agrowatch.Mention{liftBeef, meat18} // the inspection is gone, a volume is new
	old, err := db.SetMentions(out.ID, reread)
	if err != nil || len(old) != 2 {
		t.Fatalf("SetMentions = %v, %v", old, err)
	}
	rec, _, _ := db.Record(out.ID)
	if len(rec.Mentions) != 2 || len(rec.Alerted) != 1 || rec.Alerted[0] != 0 {
		t.Errorf("after re-extraction: mentions %v, alerted %v (want the lifting still alerted, the volume not)", rec.Mentions, rec.Alerted)
	}
	st, _ := db.Stats()
	if st.Mentions["inspection"] != 0 || st.Mentions["export_volume"] != 1 || st.Mentions["meat_ban"] != 1 {
		t.Errorf("index after re-extraction: %v", st.Mentions)
	}
	if n, _ := db.Pending(); n != 1 {
		t.Errorf("re-extraction queued something: %d pending", n)
	}
}

// TestFollowUps: with dedup.also_reported: message, an article that only repeats gives a one-line
// follow-up naming the first telling; without it, nothing.
func TestFollowUps(t *testing.T) {
	for _, on := range []bool{false, true} {
		db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
		first := propose(agrowatch.Article{Source: "eldala", URL: "https://eldala.kz/1", Title: "Первое", Text: "t", Fetched: t0}, []agrowatch.Mention{inspect}, "-1001")
		mustCommit(t, db, first)
		again := propose(agrowatch.Article{Source: "kazinform", URL: "https://inform.kz/2", Title: "Второе", Text: "t2", Fetched: t0.Add(time.Hour)}, []agrowatch.Mention{inspect}, "-1001")
		again.FollowUps = on
		out := mustCommit(t, db, again)
		if !on {
			if out.Alert != nil {
				t.Errorf("follow-ups off: %+v", out.Alert)
			}
			continue
		}
		if out.Alert == nil || out.Alert.AlsoOf == nil || out.Alert.AlsoOf.Source != "eldala" || out.Queued != 1 {
			t.Fatalf("follow-up: %+v", out.Alert)
		}
		rec, _, _ := db.Record(out.ID)
		if rec.WasAlerted() || rec.FollowUp != out.AlertID {
			t.Errorf("the repeat counts as alerted (%v) or its follow-up is not recorded (%d)", rec.WasAlerted(), rec.FollowUp)
		}
	}
}

func TestCommitBatch(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	ps := []Proposal{
		propose(agrowatch.Article{Source: "a", URL: "https://a/1", Text: "t", Fetched: t0}, []agrowatch.Mention{inspect}, "-1001"),
		propose(agrowatch.Article{Source: "b", URL: "https://b/1", Text: "t", Fetched: t0}, []agrowatch.Mention{inspect}, "-1001"), // a repeat within the batch
		propose(agrowatch.Article{Source: "b", URL: "https://b/2", Text: "t", Fetched: t0}, []agrowatch.Mention{liftBeef}, "-1001"),
	}
	outs, errs := db.CommitBatch(ps)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("proposal %d: %v", i, err)
		}
	}
	if outs[0].Alert == nil || outs[1].Alert != nil || outs[2].Alert == nil {
		t.Errorf("alerts %v %v %v: want the first and the third, the second being a repeat of the first", outs[0].Alert != nil, outs[1].Alert != nil, outs[2].Alert != nil)
	}
	// A batch with one bad proposal: the others are still recorded.
	bad := []Proposal{
		propose(agrowatch.Article{Source: "c", URL: "https://c/1", Text: "t", Fetched: t0}, nil),
		propose(agrowatch.Article{Source: "c", URL: "", Text: "t", Fetched: t0}, nil),
		propose(agrowatch.Article{Source: "c", URL: "https://c/3", Text: "t", Fetched: t0}, nil),
	}
	outs, errs = db.CommitBatch(bad)
	if errs[0] != nil || errs[1] == nil || errs[2] != nil || !outs[0].New || !outs[2].New {
		t.Errorf("errors %v, outcomes %+v", errs, outs)
	}
}

// BenchmarkCommitBatch is BenchmarkCommit's article committed 64 to a transaction, as a poll pass does.
func BenchmarkCommitBatch(b *testing.B) {
	db, _ := openTest(b, Options{})
	m := testMentions()
	i := 0
	for b.Loop() {
		ps := make([]Proposal, 64)
		for j := range ps {
			a := testArticle(fmt.Sprintf("https://apk-news.kz/b/%d", i), t0.Add(time.Duration(i)*time.Second))
			ps[j] = Proposal{Article: a, Mentions: m, Fresh: true, Window: time.Nanosecond, Destinations: func(agrowatch.Alert) []string { return []string{"-1001", "@agro"} }}
			i++
		}
		if _, errs := db.CommitBatch(ps); errs[0] != nil {
			b.Fatal(errs[0])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(i), "ns/article")
}

// TestFigureWithinOnePercentAcrossBands: a figure 0.99% off an alerted one is a repeat wherever the two
// fall in the index's 1% bands; 1.1% off is news.
func TestFigureWithinOnePercentAcrossBands(t *testing.T) {
	for _, base := range []float64{1000, 18000, 615000, 2230000, 12e6, 99999} {
		for _, tt := range []struct {
			factor float64
			repeat bool
		}{{0.9901, true}, {1.0099, true}, {0.989, false}, {1.011, false}} {
			db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
			v := meat18
			v.Tonnes = base
			mustCommit(t, db, propose(agrowatch.Article{Source: "a", URL: "https://a/1", Text: "t", Fetched: t0}, []agrowatch.Mention{v}, "-1001"))
			w := v
			w.Tonnes = base * tt.factor
			out := mustCommit(t, db, propose(agrowatch.Article{Source: "b", URL: "https://b/1", Text: "t", Fetched: t0.Add(time.Minute)}, []agrowatch.Mention{w}, "-1001"))
			if got := out.Alert == nil; got != tt.repeat {
				t.Errorf("%g then %g: repeat %v, want %v", base, w.Tonnes, got, tt.repeat)
			}
			db.Close()
		}
	}
}
