package store

import (
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
)

var t0 = time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)

func testArticle(url string, fetched time.Time) agrowatch.Article {
	return agrowatch.Article{
		Source:    "eldala",
		URL:       url,
		Title:     "Казахстан ограничил вывоз говядины",
		Published: fetched.Add(-time.Hour),
		Text:      "Министерство сельского хозяйства ввело запрет.\n\nПодробности ниже.",
		Lang:      "ru",
		Fetched:   fetched,
	}
}

func testMentions() []agrowatch.Mention {
	return []agrowatch.Mention{
		{Kind: agrowatch.KindMeatBan, Lang: "ru", Sentence: "Казахстан ввёл запрет на вывоз говядины.", Status: agrowatch.StatusImposed, By: "KZ", Commodity: "beef"},
		{Kind: agrowatch.KindExportVolume, Lang: "ru", Sentence: "Экспорт зерна составил 10 млн тонн.", Tonnes: 10e6, Commodity: "grain", From: "KZ", Forecast: true},
		{Kind: agrowatch.KindBorderDelay, Lang: "ru", Sentence: "На Достыке очередь из вагонов.", Place: "Dostyk"},
	}
}

func testAlert(a agrowatch.Article, m []agrowatch.Mention) *agrowatch.Alert {
	return &agrowatch.Alert{Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published, Mentions: m}
}

func TestCommit(t *testing.T) {
	tests := []struct {
		name         string
		alert        bool
		destinations []string
		wantQueued   int
	}{
		{"alert for two chats", true, []string{"-1001", "@agro"}, 2},
		{"alert, chat listed twice", true, []string{"-1001", "-1001"}, 1},
		{"alert, nobody subscribed", true, nil, 0},
		{"no alert", false, []string{"-1001", "@agro"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
			a := testArticle("https://eldala.kz/news/1", t0)
			m := testMentions()
			var alert *agrowatch.Alert
			if tt.alert {
				alert = testAlert(a, m)
			}
			if seen, err := db.Seen(a.URL); err != nil || seen {
				t.Fatalf("Seen before Commit = %v, %v", seen, err)
			}
			isNew, err := commitArticle(db, a, m, alert, tt.destinations)
			if err != nil || !isNew {
				t.Fatalf("first Commit = %v, %v; want true, nil", isNew, err)
			}
			if seen, err := db.Seen(a.URL); err != nil || !seen {
				t.Fatalf("Seen after Commit = %v, %v", seen, err)
			}
			if n, err := db.Pending(); err != nil || n != tt.wantQueued {
				t.Fatalf("Pending = %d, %v; want %d", n, err, tt.wantQueued)
			}
			due, err := db.Due(t0, 0)
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range due {
				if d.Chat != tt.destinations[i] || d.Alert.URL != a.URL || len(d.Alert.Mentions) != 3 || !d.Queued.Equal(t0) {
					t.Errorf("delivery %d = %+v", i, d)
				}
			}

			// The same URL again, even with another alert: nothing changes.
			isNew, err = commitArticle(db, a, m, testAlert(a, m), []string{"-1001", "@agro", "@other"})
			if err != nil || isNew {
				t.Fatalf("second Commit = %v, %v; want false, nil", isNew, err)
			}
			if n, _ := db.Pending(); n != tt.wantQueued {
				t.Errorf("second Commit queued: Pending = %d, want %d", n, tt.wantQueued)
			}
			st, err := db.Stats()
			if err != nil {
				t.Fatal(err)
			}
			wantAlerted := 0
			if tt.alert {
				wantAlerted = 1
			}
			if st.Articles != 1 || st.Alerted != wantAlerted || st.Outbox != tt.wantQueued || st.Dropped != 0 || st.FileSize == 0 {
				t.Errorf("Stats = %+v", st)
			}
		})
	}
}

func TestCommitRecord(t *testing.T) {
	db, _ := openTest(t, Options{})
	a := testArticle("https://eldala.kz/news/2", t0)
	a.Text = strings.Repeat("Экспорт зерна в Китай вырос. ", 400) + "ж" // 23 KB: far past version 1's 2 KiB excerpt
	m := testMentions()
	if _, err := commitArticle(db, a, m, testAlert(a, m), []string{"1"}); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db, Options{})
	var got []Record
	if err := db.Articles(time.Time{}, func(r Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("Articles gave %d records, want 1", len(got))
	}
	r := got[0]
	if r.Source != a.Source || r.URL != a.URL || r.Title != a.Title || r.Lang != a.Lang || !r.Published.Equal(a.Published) || !r.Fetched.Equal(a.Fetched) || !r.WasAlerted() || len(r.Alerted) != 3 {
		t.Errorf("record %+v does not match article %+v", r, a)
	}
	body, err := db.Body(r.ID)
	if err != nil || body != a.Text || r.Partial {
		t.Errorf("body of %d bytes (partial %v), want the whole text of %d: %v", len(body), r.Partial, len(a.Text), err)
	}
	if len(r.Mentions) != 3 || r.Mentions[1].Tonnes != 10e6 || !r.Mentions[1].Forecast || r.Mentions[2].Place != "Dostyk" {
		t.Errorf("mentions %+v", r.Mentions)
	}
}

func TestCommitZeroFetched(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	a := testArticle("https://eldala.kz/news/3", time.Time{})
	if _, err := commitArticle(db, a, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	var got []Record
	if err := db.Articles(t0, func(r Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !got[0].Fetched.Equal(t0) || got[0].WasAlerted() {
		t.Errorf("records %+v, want one fetched at the clock's time, not alerted", got)
	}
}

func TestCommitNoURL(t *testing.T) {
	db, _ := openTest(t, Options{})
	if _, err := commitArticle(db, testArticle("", t0), nil, nil, nil); err == nil {
		t.Error("Commit accepted an article without URL")
	}
}

// TestCommitAtomic makes the outbox write fail after the article and a first delivery were written in
// the same transaction: none of it may remain.
func TestCommitAtomic(t *testing.T) {
	tests := []struct {
		name   string
		commit func(db *DB, a agrowatch.Article, alert *agrowatch.Alert) error
	}{
		{
			name: "second destination is invalid",
			commit: func(db *DB, a agrowatch.Article, alert *agrowatch.Alert) error {
				_, err := commitArticle(db, a, alert.Mentions, alert, []string{"-1001", ""})
				return err
			},
		},
		{
			name: "transaction fails after commit",
			commit: func(db *DB, a agrowatch.Article, alert *agrowatch.Alert) error {
				return db.bolt.Update(func(tx *bbolt.Tx) error {
					p := Proposal{Article: a, Mentions: alert.Mentions, Fresh: true, Destinations: func(agrowatch.Alert) []string { return []string{"-1001", "@agro"} }}
					if _, err := db.commit(tx, p); err != nil {
						return err
					}
					return errors.New("disk full")
				})
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTest(t, Options{})
			a := testArticle("https://eldala.kz/news/4", t0)
			alert := testAlert(a, testMentions())
			if err := tt.commit(db, a, alert); err == nil {
				t.Fatal("the commit did not fail")
			} else if !strings.HasPrefix(err.Error(), "store: ") && tt.name == "second destination is invalid" {
				t.Errorf("error %q lacks the prefix", err)
			}
			if seen, err := db.Seen(a.URL); err != nil || seen {
				t.Errorf("Seen = %v, %v after a failed Commit", seen, err)
			}
			if st, err := db.Stats(); err != nil || st.Articles != 0 || st.Outbox != 0 {
				t.Errorf("Stats = %+v, %v after a failed Commit", st, err)
			}
			// The article can be committed once the cause is gone, and ids start afresh.
			if isNew, err := commitArticle(db, a, alert.Mentions, alert, []string{"-1001"}); err != nil || !isNew {
				t.Fatalf("Commit after failure = %v, %v", isNew, err)
			}
			due, err := db.Due(t0, 0)
			if err != nil || len(due) != 1 || due[0].ID != 1 {
				t.Errorf("Due = %+v, %v; want one delivery with id 1", due, err)
			}
		})
	}
}

func TestArticlesSince(t *testing.T) {
	db, _ := openTest(t, Options{})
	// More than one page, committed out of fetch order.
	const n = articlesPage*2 + 7
	for i := range n {
		j := (i * 7919) % n // a permutation of 0..n-1
		a := testArticle(fmt.Sprintf("https://eldala.kz/news/%d", j), t0.Add(time.Duration(j)*time.Minute))
		if _, err := commitArticle(db, a, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name  string
		since time.Time
		first int
	}{
		{"all", time.Time{}, 0},
		{"from the tenth, inclusive", t0.Add(10 * time.Minute), 10},
		{"between two", t0.Add(10*time.Minute + time.Second), 11},
		{"after the last", t0.Add(n * time.Minute), n},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.first
			err := db.Articles(tt.since, func(r Record) error {
				if r.URL != fmt.Sprintf("https://eldala.kz/news/%d", want) {
					t.Fatalf("got %s, want news/%d", r.URL, want)
				}
				want++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if want != n {
				t.Errorf("walk stopped at %d, want %d", want, n)
			}
		})
	}
	t.Run("callback error stops the walk", func(t *testing.T) {
		stop := errors.New("stop")
		calls := 0
		err := db.Articles(time.Time{}, func(Record) error { calls++; return stop })
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("err %v after %d calls", err, calls)
		}
	})
	t.Run("callback may write", func(t *testing.T) {
		err := db.Articles(t0.Add((n-1)*time.Minute), func(Record) error {
			_, err := commitArticle(db, testArticle("https://eldala.kz/late", t0), nil, nil, nil)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkCommit decides one article with three mentions and an alert for two chats: one write
// transaction, so mostly the two fdatasyncs of a bbolt commit.
func BenchmarkCommit(b *testing.B) {
	db, _ := openTest(b, Options{})
	m := testMentions()
	a := testArticle("", t0)
	a.Text = strings.Repeat("Экспорт пшеницы из Казахстана вырос. ", 200) // ~7 KiB, cut to the excerpt
	dest := []string{"-1001234567890", "@agrowatch_kz"}
	i := 0
	for b.Loop() {
		a.URL = fmt.Sprintf("https://eldala.kz/news/%d", i)
		a.Fetched = t0.Add(time.Duration(i) * time.Second)
		i++
		if _, err := commitArticle(db, a, m, testAlert(a, m), dest); err != nil {
			b.Fatal(err)
		}
	}
}

// An article whose site key was recorded is the same article under a new URL: not new, nothing queued.
func TestCommitSameKeyNewURL(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	a := testArticle("https://eldala.kz/novosti/zerno/16670-eksport-zerna", t0)
	a.Key = "eldala:16670"
	m := testMentions()
	if isNew, err := commitArticle(db, a, m, testAlert(a, m), []string{"-1001"}); err != nil || !isNew {
		t.Fatalf("first commit: %v, %v", isNew, err)
	}
	for _, probe := range []string{a.URL, a.Key} {
		if seen, err := db.Seen(probe); err != nil || !seen {
			t.Errorf("Seen(%q) = %v, %v; want true", probe, seen, err)
		}
	}
	b := a
	b.URL = "https://eldala.kz/novosti/zerno/16670-eksport-zerna-v-kitay-vyros"
	if isNew, err := commitArticle(db, b, m, testAlert(b, m), []string{"-1001"}); err != nil || isNew {
		t.Fatalf("same key under a new URL: new=%v, %v; want not new", isNew, err)
	}
	if n, _ := db.Pending(); n != 1 {
		t.Errorf("%d deliveries queued, want 1", n)
	}
	if seen, _ := db.Seen("eldala:99999"); seen {
		t.Error("an unknown key is seen")
	}
}

// commitArticle commits as the daemon did before the dedup layers: one article, its alert if any, to
// these chats. The dedup window is a nanosecond so that tests of the outbox and the record, which commit
// the same facts in several articles, see each alerted; the dedup tests use the real window.
//
// An alert needs a mention that is news, so an alert given without mentions gets one, and every mention
// gets a year of its article's own so that no two articles state the same fact.
func commitArticle(db *DB, a agrowatch.Article, m []agrowatch.Mention, alert *agrowatch.Alert, dest []string) (bool, error) {
	if alert != nil && len(m) == 0 {
		m = []agrowatch.Mention{{Kind: agrowatch.KindInspection, Lang: "ru", Sentence: "Инспекторы посетили бойни.", Status: agrowatch.StatusDone, By: "CN", On: "KZ"}}
	}
	m = slices.Clone(m)
	h := fnv.New32a()
	h.Write([]byte(a.URL))
	for i := range m {
		if m[i].Year == 0 {
			m[i].Year = 1000 + int(h.Sum32()%1000000)
		}
	}
	out, err := db.Commit(Proposal{Article: a, Mentions: m, Fresh: alert != nil, Window: time.Nanosecond,
		Destinations: func(agrowatch.Alert) []string { return dest }})
	return out.New, err
}

// TestBodyHashIsFNV: the hashes stored with every record are FNV-1a's, as hash/fnv computes them.
func TestBodyHashIsFNV(t *testing.T) {
	for _, text := range []string{"", "a", "Экспорт зерна вырос на треть.", strings.Repeat("小麦出口 ", 300)} {
		h := fnv.New64a()
		h.Write([]byte(text))
		if got, want := bodyHash(text), h.Sum64(); got != want {
			t.Errorf("bodyHash(%.20q) = %x, want %x", text, got, want)
		}
	}
}
