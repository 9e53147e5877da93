package store

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// queue commits one alerted article per chat list and returns the database.
func queueTest(t testing.TB, chats ...[]string) *DB {
	t.Helper()
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	for i, dest := range chats {
		a := testArticle(fmt.Sprintf("https://apk-news.kz/%d", i), t0.Add(time.Duration(i)*time.Second))
		m := testMentions()
		if _, err := commitArticle(db, a, m, testAlert(a, m), dest); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func ids(ds []agrowatch.Delivery) []uint64 {
	var out []uint64
	for _, d := range ds {
		out = append(out, d.ID)
	}
	return out
}

func TestDue(t *testing.T) {
	db := queueTest(t, []string{"a", "b"}, []string{"c"}, []string{"d", "e"}) // ids 1..5
	if err := db.Retry(2, t0.Add(time.Hour), "429"); err != nil {
		t.Fatal(err)
	}
	if err := db.Retry(4, t0.Add(time.Minute), "timeout"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		now  time.Time
		n    int
		want []uint64
	}{
		{"postponed ones skipped", t0, 0, []uint64{1, 3, 5}},
		{"limit", t0, 2, []uint64{1, 3}},
		{"NotAfter equal to now is due", t0.Add(time.Minute), 0, []uint64{1, 3, 4, 5}},
		{"all due later", t0.Add(2 * time.Hour), 0, []uint64{1, 2, 3, 4, 5}},
		{"limit one", t0.Add(2 * time.Hour), 1, []uint64{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, err := db.Due(tt.now, tt.n)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(due); !slices.Equal(got, tt.want) {
				t.Errorf("Due ids %v, want %v", got, tt.want)
			}
		})
	}
}

func TestOutboxChanges(t *testing.T) {
	later := t0.Add(30 * time.Second)
	tests := []struct {
		name   string
		change func(db *DB) error
		check  func(t *testing.T, db *DB)
	}{
		{
			name: "retry counts and postpones",
			change: func(db *DB) error {
				if err := db.Retry(1, t0.Add(time.Minute), "first"); err != nil {
					return err
				}
				return db.Retry(1, later, "429 Too Many Requests")
			},
			check: func(t *testing.T, db *DB) {
				d := delivery(t, db, 1)
				if d.Attempts != 2 || d.LastErr != "429 Too Many Requests" || !d.NotAfter.Equal(later) {
					t.Errorf("after two retries: %+v", d)
				}
			},
		},
		{
			name:   "progress",
			change: func(db *DB) error { return db.Progress(2, 3) },
			check: func(t *testing.T, db *DB) {
				if d := delivery(t, db, 2); d.Sent != 3 || d.Attempts != 0 {
					t.Errorf("after progress: %+v", d)
				}
			},
		},
		{
			name:   "delivered removes",
			change: func(db *DB) error { return db.Delivered(1) },
			check: func(t *testing.T, db *DB) {
				due, _ := db.Due(later, 0)
				if got := ids(due); !slices.Equal(got, []uint64{2, 3}) {
					t.Errorf("outbox ids %v, want [2 3]", got)
				}
			},
		},
		{
			name:   "drop moves to dropped",
			change: func(db *DB) error { return db.Drop(2, "403 Forbidden: bot was blocked by the user") },
			check: func(t *testing.T, db *DB) {
				due, _ := db.Due(later, 0)
				if got := ids(due); !slices.Equal(got, []uint64{1, 3}) {
					t.Errorf("outbox ids %v, want [1 3]", got)
				}
				var d dropped
				err := db.bolt.View(func(tx *bbolt.Tx) error {
					_, err := getJSON(tx.Bucket([]byte(bucketDropped)), idKey(2), &d)
					return err
				})
				if err != nil {
					t.Fatal(err)
				}
				if d.Delivery.ID != 2 || d.Delivery.Chat != "b" || d.Reason != "403 Forbidden: bot was blocked by the user" || !d.At.Equal(t0) {
					t.Errorf("dropped %+v", d)
				}
				if st, _ := db.Stats(); st.Outbox != 2 || st.Dropped != 1 {
					t.Errorf("Stats %+v", st)
				}
			},
		},
		{
			name: "move chat rewrites only that chat",
			change: func(db *DB) error {
				if err := db.Retry(3, later, "migrate"); err != nil {
					return err
				}
				return db.MoveChat("a", "-100777")
			},
			check: func(t *testing.T, db *DB) {
				due, _ := db.Due(later, 0)
				var chats []string
				for _, d := range due {
					chats = append(chats, d.Chat)
				}
				if !slices.Equal(chats, []string{"-100777", "b", "-100777"}) {
					t.Errorf("chats %v, want [-100777 b -100777]", chats)
				}
				if d := delivery(t, db, 3); d.Attempts != 1 || d.LastErr != "migrate" {
					t.Errorf("moved delivery lost its state: %+v", d)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := queueTest(t, []string{"a", "b"}, []string{"a"}) // 1:a 2:b 3:a
			if err := tt.change(db); err != nil {
				t.Fatal(err)
			}
			tt.check(t, db)
			// A restart keeps every change.
			db = reopen(t, db, Options{})
			tt.check(t, db)
		})
	}
}

func TestOutboxMissing(t *testing.T) {
	db := queueTest(t, []string{"a"})
	if err := db.Delivered(1); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		call func() error
	}{
		{"progress", func() error { return db.Progress(1, 1) }},
		{"retry", func() error { return db.Retry(1, t0, "x") }},
		{"delivered", func() error { return db.Delivered(1) }},
		{"drop", func() error { return db.Drop(1, "x") }},
		{"never queued", func() error { return db.Progress(99, 1) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, ErrNotFound) {
				t.Errorf("error %v, want ErrNotFound", err)
			}
		})
	}
}

// Delivered records several deliveries in one transaction, all or none.
func TestDeliveredMany(t *testing.T) {
	db := queueTest(t, []string{"a", "b"}, []string{"c"}) // ids 1..3
	if err := db.Delivered(1, 99, 2); !errors.Is(err, ErrNotFound) {
		t.Fatalf("with one id not queued: %v, want ErrNotFound", err)
	}
	if ds, err := db.Due(t0.Add(time.Hour), 0); err != nil || len(ds) != 3 {
		t.Fatalf("Due = %v, %v: want all three kept", ids(ds), err)
	}
	if err := db.Delivered(1, 3); err != nil {
		t.Fatal(err)
	}
	if ds, err := db.Due(t0.Add(time.Hour), 0); err != nil || len(ds) != 1 || ds[0].ID != 2 {
		t.Errorf("Due = %v, %v: want [2]", ids(ds), err)
	}
	if rd, err := db.Lane("c", 0, 10); err != nil || len(rd.Deliveries) != 0 {
		t.Errorf("lane c = %+v, %v: want its lane key gone", rd, err)
	}
}

func TestMoveChatArguments(t *testing.T) {
	db := queueTest(t, []string{"a"})
	if err := db.MoveChat("a", ""); err == nil {
		t.Error("MoveChat to an empty chat succeeded")
	}
	if err := db.MoveChat("a", "a"); err != nil {
		t.Error(err)
	}
	if err := db.MoveChat("nobody", "z"); err != nil {
		t.Error(err)
	}
	if d := delivery(t, db, 1); d.Chat != "a" {
		t.Errorf("chat %q, want a", d.Chat)
	}
}

func TestOutboxDurable(t *testing.T) {
	db := queueTest(t, []string{"a", "b"}, []string{"c"})
	if err := db.Progress(1, 2); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db, Options{Now: func() time.Time { return t0 }})
	if n, err := db.Pending(); err != nil || n != 3 {
		t.Fatalf("Pending after reopen = %d, %v", n, err)
	}
	// Sequence numbers continue after a restart: an id is never reused.
	a := testArticle("https://apk-news.kz/after", t0)
	if _, err := commitArticle(db, a, nil, testAlert(a, nil), []string{"a"}); err != nil {
		t.Fatal(err)
	}
	due, err := db.Due(t0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(due); !slices.Equal(got, []uint64{1, 2, 3, 4}) {
		t.Errorf("ids %v, want [1 2 3 4]", got)
	}
	if due[0].Sent != 2 {
		t.Errorf("progress lost across restart: %+v", due[0])
	}
}

// delivery reads one delivery from the outbox, failing the test when it is missing.
func delivery(t *testing.T, db *DB, id uint64) agrowatch.Delivery {
	t.Helper()
	var e entry
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		ok, err := getJSON(tx.Bucket([]byte(bucketOutbox)), idKey(id), &e)
		if !ok && err == nil {
			err = fmt.Errorf("delivery %d not in the outbox", id)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return e.delivery(id, agrowatch.Alert{})
}

// TestConcurrent runs the crawler's and the sender's sides at once, for the race detector.
func TestConcurrent(t *testing.T) {
	db, _ := openTest(t, Options{})
	const n = 50
	done := make(chan error, 2)
	go func() {
		for i := range n {
			a := testArticle(fmt.Sprintf("https://eldala.kz/c/%d", i), t0)
			if _, err := commitArticle(db, a, nil, testAlert(a, nil), []string{"a"}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	go func() {
		delivered := 0
		for delivered < n {
			due, err := db.Due(time.Now(), 10)
			if err != nil {
				done <- err
				return
			}
			for _, d := range due {
				if err := db.Delivered(d.ID); err != nil {
					done <- err
					return
				}
				delivered++
			}
		}
		done <- nil
	}()
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if n, err := db.Pending(); err != nil || n != 0 {
		t.Errorf("Pending = %d, %v", n, err)
	}
}

// A group that became a supergroup stays moved: after a restart, alerts for the old id (still in the
// configuration) are queued for the new one, and a chat listed under both ids gets one delivery.
func TestMoveChatIsRemembered(t *testing.T) {
	db := queueTest(t, []string{"-100", "@agro"})
	if err := db.MoveChat("-100", "-1001000000100"); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db, Options{Now: func() time.Time { return t0 }})
	a := testArticle("https://eldala.kz/novosti/zerno/2-x", t0)
	m := testMentions()
	if _, err := commitArticle(db, a, m, testAlert(a, m), []string{"-100", "-1001000000100", "@agro"}); err != nil {
		t.Fatal(err)
	}
	due, err := db.Due(t0, 0)
	if err != nil {
		t.Fatal(err)
	}
	var chats []string
	for _, d := range due {
		chats = append(chats, d.Chat)
	}
	want := []string{"-1001000000100", "@agro", "-1001000000100", "@agro"}
	if !slices.Equal(chats, want) {
		t.Errorf("queued chats %v, want %v", chats, want)
	}
}

// putRaw writes a value into the outbox as it is, as a bug or a damaged page might.
func putRaw(t testing.TB, db *DB, id uint64, v []byte) {
	t.Helper()
	if err := db.bolt.Update(func(tx *bbolt.Tx) error { return tx.Bucket([]byte(bucketOutbox)).Put(idKey(id), v) }); err != nil {
		t.Fatal(err)
	}
}

// One unreadable value never stops the others: it is set aside in dropped with its bytes and reason.
func TestOutboxSetsAsideUnreadable(t *testing.T) {
	tests := []struct {
		name   string
		value  []byte
		reason string
	}{
		{"not JSON", []byte(`{"chat": 42, garbage`), "decode value"},
		{"missing alert", []byte(`{"chat":"b","alert":999,"queued":"2025-03-14T09:00:00Z"}`), "alert 999, which is not stored"},
		{"no chat", []byte(`{"alert":1}`), "no chat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := queueTest(t, []string{"a", "b", "c"}) // ids 1..3
			putRaw(t, db, 2, tt.value)
			due, err := db.Due(t0, 0)
			if err != nil {
				t.Fatalf("Due = %v; one bad value must not stop the others", err)
			}
			if got := ids(due); !slices.Equal(got, []uint64{1, 3}) {
				t.Errorf("Due ids %v, want [1 3]", got)
			}
			var d dropped
			if err := db.bolt.View(func(tx *bbolt.Tx) error {
				_, err := getJSON(tx.Bucket([]byte(bucketDropped)), idKey(2), &d)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(d.Reason, tt.reason) || string(d.Raw) != string(tt.value) {
				t.Errorf("set aside as %q with %q; want the reason %q and the bytes kept", d.Reason, d.Raw, tt.reason)
			}
			if st, _ := db.Stats(); st.Outbox != 2 || st.Dropped != 1 {
				t.Errorf("Stats %+v", st)
			}
		})
	}
}

func TestOutboxAfterAndLane(t *testing.T) {
	db := queueTest(t, []string{"a", "b"}, []string{"a"}, []string{"b", "a"}) // 1:a 2:b 3:a 4:b 5:a
	rd, err := db.After(0, 2)
	if err != nil || !slices.Equal(ids(rd.Deliveries), []uint64{1, 2}) || !rd.More || rd.Last != 2 {
		t.Fatalf("After(0, 2) = %+v, %v", rd, err)
	}
	rd, err = db.After(2, 0)
	if err != nil || !slices.Equal(ids(rd.Deliveries), []uint64{3, 4, 5}) || rd.More {
		t.Fatalf("After(2) = %v, %v", ids(rd.Deliveries), err)
	}
	if rd.Deliveries[0].Alert.URL == "" {
		t.Error("alert not filled in")
	}
	rd, err = db.Lane("a", 1, 0)
	if err != nil || !slices.Equal(ids(rd.Deliveries), []uint64{3, 5}) {
		t.Fatalf("Lane(a, 1) = %v, %v", ids(rd.Deliveries), err)
	}
	if err := db.Delivered(3); err != nil {
		t.Fatal(err)
	}
	if err := db.MoveChat("a", "z"); err != nil {
		t.Fatal(err)
	}
	if rd, _ := db.Lane("a", 0, 0); len(rd.Deliveries) != 0 {
		t.Errorf("lane a after the move: %v", ids(rd.Deliveries))
	}
	if rd, _ := db.Lane("z", 0, 0); !slices.Equal(ids(rd.Deliveries), []uint64{1, 5}) {
		t.Errorf("lane z = %v, want [1 5]", ids(rd.Deliveries))
	}
	// "a" is a prefix of no other chat's lane, but "ab" must not be read as part of "a".
	db2 := queueTest(t, []string{"a", "ab"})
	if rd, _ := db2.Lane("a", 0, 0); !slices.Equal(ids(rd.Deliveries), []uint64{1}) {
		t.Errorf("lane a = %v, want [1]", ids(rd.Deliveries))
	}
}

// A file written before the lane index existed gets it built on first use.
func TestOutboxBuildsLaneIndex(t *testing.T) {
	db := queueTest(t, []string{"a", "b"}, []string{"a"})
	if err := db.bolt.Update(func(tx *bbolt.Tx) error {
		if err := tx.DeleteBucket([]byte(bucketLanes)); err != nil {
			return err
		}
		if _, err := tx.CreateBucket([]byte(bucketLanes)); err != nil {
			return err
		}
		return tx.Bucket([]byte(bucketMeta)).Delete([]byte(metaLanes))
	}); err != nil {
		t.Fatal(err)
	}
	rd, err := db.Lane("a", 0, 0)
	if err != nil || !slices.Equal(ids(rd.Deliveries), []uint64{1, 3}) {
		t.Errorf("Lane(a) = %v, %v", ids(rd.Deliveries), err)
	}
}

// ChatGone drops the chat's whole queue and marks it unreachable in one transaction, and says whether
// that is news.
func TestChatGone(t *testing.T) {
	db := queueTest(t, []string{"a", "b"}, []string{"a"}) // 1:a 2:b 3:a
	was, n, err := db.ChatGone(1, "a", "403 Forbidden: bot was blocked by the user")
	if err != nil || !was || n != 2 {
		t.Fatalf("ChatGone = %v, %d, %v; want news, 2 dropped", was, n, err)
	}
	if due, _ := db.Due(t0, 0); !slices.Equal(ids(due), []uint64{2}) {
		t.Errorf("left %v, want [2]", ids(due))
	}
	c, ok, err := db.GetChat("a")
	if err != nil || !ok || !c.Unreachable || c.GoneReason == "" || c.Active() {
		t.Errorf("chat %+v, %v, %v", c, ok, err)
	}
	if was, _, _ := db.ChatGone(0, "a", "again"); was {
		t.Error("a second ChatGone was news again")
	}
	if changed, err := db.SetReachable("a", true, ""); err != nil || !changed {
		t.Errorf("SetReachable = %v, %v", changed, err)
	}
	if c, _, _ := db.GetChat("a"); c.Unreachable || c.GoneReason != "" {
		t.Errorf("after SetReachable: %+v", c)
	}
}

func TestQueueAlert(t *testing.T) {
	db, _ := openTest(t, Options{Now: func() time.Time { return t0 }})
	id, n, err := db.QueueAlert(agrowatch.Alert{URL: "https://x.kz/1", Title: "t"}, []string{"a", "b", "a"})
	if err != nil || id == 0 || n != 2 {
		t.Fatalf("QueueAlert = %d, %d, %v", id, n, err)
	}
	if a, ok, err := db.LastAlert(); err != nil || !ok || a.URL != "https://x.kz/1" {
		t.Errorf("LastAlert = %+v, %v, %v", a, ok, err)
	}
	if _, n, _ := db.QueueAlert(agrowatch.Alert{}, nil); n != 0 {
		t.Error("queued for no chats")
	}
}

// BenchmarkQueue queues one alert for n subscribers in one transaction: linear in n.
func BenchmarkQueue(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("subscribers=%d", n), func(b *testing.B) {
			db, _ := openTest(b, Options{})
			chats := make([]string, n)
			for i := range chats {
				chats[i] = strconv.Itoa(100000 + i)
			}
			a := agrowatch.Alert{URL: "https://eldala.kz/1", Title: "Китай снял запрет", Mentions: testMentions()}
			for b.Loop() {
				if _, got, err := db.QueueAlert(a, chats); err != nil || got != n {
					b.Fatal(got, err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/subscriber")
		})
	}
}
