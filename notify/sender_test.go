package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.etcd.io/bbolt"
	"golang.org/x/time/rate"

	"agrowatch"
	"agrowatch/notify/telegramtest"
	"agrowatch/store"
)

// fakeClock is a clock that moves only when told, or when the sender sleeps on it.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// Sleep moves the clock by d at once; a real pause of a few microseconds lets other goroutines run.
func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.Advance(d)
	time.Sleep(20 * time.Microsecond)
	return ctx.Err()
}

// noLimits switches rate limiting off, as a clock that does not move requires.
var noLimits = Limits{Chat: rate.Inf, Group: rate.Inf, Global: rate.Inf, Poll: 20 * time.Millisecond}

// testOutbox is the real store on a temporary file, with faults that tests switch on.
type testOutbox struct {
	*store.DB
	path          string
	failDelivered atomic.Int32 // the next n Delivered calls fail, as a full disk would
	failAfter     atomic.Bool
	recorded      atomic.Int32 // Delivered calls: transactions
}

func newTestOutbox(t testing.TB, clock func() time.Time) *testOutbox {
	t.Helper()
	path := filepath.Join(fastTempDir(t), "agrowatch.db")
	db, err := store.Open(path, store.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	o := &testOutbox{DB: db, path: path}
	t.Cleanup(func() { o.DB.Close() })
	return o
}

func (o *testOutbox) add(t testing.TB, chat string, a agrowatch.Alert) uint64 {
	t.Helper()
	id, n, err := o.QueueAlert(a, []string{chat})
	if err != nil || n != 1 {
		t.Fatalf("queue: %d, %v", n, err)
	}
	return id
}

func (o *testOutbox) Delivered(ids ...uint64) error {
	o.recorded.Add(1)
	if o.failDelivered.Add(-1) >= 0 {
		return errors.New("store: delivered: write agrowatch.db: no space left on device")
	}
	return o.DB.Delivered(ids...)
}

func (o *testOutbox) After(after uint64, n int) (store.Read, error) {
	if o.failAfter.Load() {
		return store.Read{}, errors.New("store: outbox after: input/output error")
	}
	return o.DB.After(after, n)
}

func (o *testOutbox) all(t testing.TB) []agrowatch.Delivery {
	t.Helper()
	ds, err := o.Due(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC), 0)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func (o *testOutbox) len(t testing.TB) int { return len(o.all(t)) }

// fastTempDir is a temporary directory in memory where there is one: every delivery recorded is a
// bbolt commit with two fdatasyncs, and the burst tests record thousands.
func fastTempDir(t testing.TB) string {
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		dir, err := os.MkdirTemp("/dev/shm", "agrowatch-test-")
		if err == nil {
			t.Cleanup(func() { os.RemoveAll(dir) })
			return dir
		}
	}
	return t.TempDir()
}

type harness struct {
	srv    *telegramtest.Server
	out    *testOutbox
	clock  *fakeClock
	sender *Sender
	logs   *syncBuffer
	gone   []string
	// limited counts the 429s the sender reported for /metrics.
	limited atomic.Int32
}

func newHarness(t *testing.T, lim Limits, m func(Messenger) Messenger) *harness {
	t.Helper()
	h := &harness{srv: telegramtest.New(t), clock: newFakeClock(), logs: &syncBuffer{}}
	h.out = newTestOutbox(t, h.clock.Now)
	h.srv.SetClock(h.clock.Now)
	var msg Messenger = newTestTelegram(t, h.srv)
	if m != nil {
		msg = m(msg)
	}
	var mu sync.Mutex
	h.sender = NewSender(SenderConfig{
		Outbox: h.out, Messenger: msg, Clock: h.clock.Now, Sleep: h.clock.Sleep, Limits: lim,
		Logger: slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		ChatGone: func(chat, reason string) {
			mu.Lock()
			defer mu.Unlock()
			h.gone = append(h.gone, chat)
		},
		RateLimited: func() { h.limited.Add(1) },
	})
	return h
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 180*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func chats(msgs []telegramtest.Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Chat)
	}
	return out
}

func TestSenderSuccess(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	h.srv.AddChannel("@agro_channel", -1005550001)
	h.out.add(t, "111", ruAlert())
	h.out.add(t, "@agro_channel", ruAlert())
	h.out.add(t, "-1001234567890", ruAlert())

	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := h.out.len(t); n != 0 {
		t.Errorf("%d deliveries left in the outbox, want 0", n)
	}
	msgs := h.srv.Messages()
	got := chats(msgs)
	slices.Sort(got)
	if want := []string{"-1001234567890", "-1005550001", "111"}; !slices.Equal(got, want) {
		t.Errorf("sent to %v, want %v (the channel by its id)", got, want)
	}
	for _, m := range msgs {
		if m.Text != Render(ruAlert(), DefaultLang)[0].HTML || m.ParseMode != "HTML" || !m.DisableWebPagePreview {
			t.Errorf("message = %+v", m)
		}
	}
}

// A channel listed as @name and by its numeric id is one chat: one copy of each alert, now and later.
func TestSenderChannelAndIDOneKey(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	h.srv.AddChannel("@kz_agri", -1007770001)
	if _, _, err := h.out.QueueAlert(ruAlert(), []string{"@kz_agri", "-1007770001"}); err != nil {
		t.Fatal(err)
	}
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if _, _, err := h.out.QueueAlert(borderAlert(), []string{"@kz_agri", "-1007770001"}); err != nil {
		t.Fatal(err)
	}
	h.sender.Notify()
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := chats(h.srv.Messages()); !slices.Equal(got, []string{"-1007770001", "-1007770001"}) {
		t.Errorf("sent to %v, want one message per alert to -1007770001", got)
	}
}

func TestSenderTemporaryError(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	h.out.add(t, "111", ruAlert())
	h.srv.FailNext(1, 500, "Internal Server Error", nil)
	if err := h.sender.Flush(ctx); !errors.Is(err, ErrUndelivered) {
		t.Fatalf("Flush = %v, want ErrUndelivered", err)
	}
	ds := h.out.all(t)
	if len(ds) != 1 || ds[0].Attempts != 1 || !strings.Contains(ds[0].LastErr, "Internal Server Error") ||
		!ds[0].NotAfter.Equal(h.clock.Now().Add(5*time.Second)) {
		t.Fatalf("after a 500: %+v", ds)
	}
	h.clock.Advance(5 * time.Second)
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(h.srv.Messages()); n != 1 || h.out.len(t) != 0 {
		t.Errorf("%d messages, %d queued; want 1, 0", n, h.out.len(t))
	}
}

func TestSenderBackoff(t *testing.T) {
	s := NewSender(SenderConfig{})
	for attempts, want := range map[int]time.Duration{0: 5 * time.Second, 1: 10 * time.Second, 3: 40 * time.Second, 9: 30 * time.Minute, 40: 30 * time.Minute} {
		if got := s.backoff(attempts); got != want {
			t.Errorf("backoff(%d) = %s, want %s", attempts, got, want)
		}
	}
}

// A 429 pauses that chat for retry_after; the other chats go on.
func TestSenderRetryAfter(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	h.out.add(t, "111", ruAlert())
	h.out.add(t, "111", borderAlert())
	h.out.add(t, "222", ruAlert())
	h.srv.FailChat("111", 1, 429, "Too Many Requests: retry after 7", map[string]any{"retry_after": 7})
	if err := h.sender.Flush(ctx); !errors.Is(err, ErrUndelivered) {
		t.Fatalf("Flush = %v, want ErrUndelivered", err)
	}
	if got := chats(h.srv.Messages()); !slices.Equal(got, []string{"222"}) {
		t.Fatalf("during the pause: sent to %v, want [222]", got)
	}
	h.clock.Advance(6 * time.Second)
	_ = h.sender.Flush(ctx)
	if n := len(h.srv.Messages()); n != 1 {
		t.Fatalf("before retry_after passed: %d messages", n)
	}
	h.clock.Advance(time.Second)
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := chats(h.srv.Messages()); !slices.Equal(got, []string{"222", "111", "111"}) {
		t.Errorf("sent to %v", got)
	}
	if n := h.limited.Load(); n != 1 {
		t.Errorf("%d 429s counted for /metrics, want 1", n)
	}
}

// A configured chat that blocked the bot is said once, loses its queue, and is marked unreachable in
// the same transaction as the drop.
func TestSenderChatGone(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	for range 3 {
		h.out.add(t, "-100999", ruAlert())
	}
	h.out.add(t, "111", ruAlert())
	h.srv.Block("-100999")
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := chats(h.srv.Messages()); !slices.Equal(got, []string{"111"}) {
		t.Errorf("sent to %v, want [111]", got)
	}
	if n := len(h.srv.Attempts()); n != 2 {
		t.Errorf("%d attempts, want 2: one to the blocked chat, then nothing more to it", n)
	}
	if n := h.out.len(t); n != 0 {
		t.Errorf("%d left queued", n)
	}
	if n := strings.Count(h.logs.String(), "chat unreachable"); n != 1 {
		t.Errorf("said %d times, want once:\n%s", n, h.logs)
	}
	if !slices.Equal(h.gone, []string{"-100999"}) {
		t.Errorf("ChatGone told %v", h.gone)
	}
	c, ok, err := h.out.GetChat("-100999")
	if err != nil || !ok || !c.Unreachable || !strings.Contains(c.GoneReason, "kicked") {
		t.Errorf("chat record %+v, %v, %v", c, ok, err)
	}
	// Another alert reaching the chat (queued before the news reached the router) is dropped quietly.
	h.out.add(t, "-100999", borderAlert())
	h.sender.Notify()
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(h.logs.String(), "chat unreachable"); n != 1 || len(h.gone) != 1 {
		t.Errorf("said %d times, told %v; want once", n, h.gone)
	}
}

func TestSenderMigrate(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	h.out.add(t, "-777", ruAlert())
	h.out.add(t, "-777", borderAlert())
	h.srv.FailNext(1, 400, "Bad Request: group chat was upgraded to a supergroup chat", map[string]any{"migrate_to_chat_id": int64(-1001234567890)})
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := chats(h.srv.Messages()); !slices.Equal(got, []string{"-1001234567890", "-1001234567890"}) {
		t.Errorf("sent to %v, want both to the supergroup", got)
	}
	if to, _ := h.out.MovedChat("-777"); to != "-1001234567890" {
		t.Errorf("move not remembered: %s", to)
	}
}

func TestSenderParseError(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	h.out.add(t, "111", ruAlert())
	h.srv.FailNext(1, 400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3", nil)
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := h.srv.Messages()
	if len(msgs) != 1 || msgs[0].Text != html.EscapeString(Render(ruAlert(), DefaultLang)[0].Plain) {
		t.Fatalf("want the plain text resent once: %+v", msgs)
	}
	if !strings.Contains(h.logs.String(), "plain text") {
		t.Errorf("not logged:\n%s", h.logs)
	}
	// Plain text refused too: the delivery is dropped, not retried forever.
	h.out.add(t, "111", borderAlert())
	h.srv.FailNext(2, 400, "Bad Request: can't parse entities: x", nil)
	h.sender.Notify()
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := h.out.len(t); n != 0 || len(h.srv.Attempts()) != 4 {
		t.Errorf("%d queued after %d attempts", n, len(h.srv.Attempts()))
	}
}

// A split message records its progress: after a failure only the parts not yet accepted are sent.
func TestSenderSplitProgress(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	a := longAlert(30)
	parts := Render(a, DefaultLang)
	if len(parts) < 3 {
		t.Fatalf("%d parts, want at least 3", len(parts))
	}
	h.out.add(t, "111", a)
	var n atomic.Int32
	h.srv.OnSend(func(telegramtest.Message) {
		if n.Add(1) == 2 {
			h.srv.FailNext(1, 502, "Bad Gateway", nil)
		}
	})
	if err := h.sender.Flush(ctx); !errors.Is(err, ErrUndelivered) {
		t.Fatalf("Flush = %v", err)
	}
	if ds := h.out.all(t); len(ds) != 1 || ds[0].Sent != 2 {
		t.Fatalf("progress %+v, want 2 parts sent", ds)
	}
	// A new sender (a restart) on the same outbox goes on from part 3.
	s := NewSender(SenderConfig{Outbox: h.out, Messenger: newTestTelegram(t, h.srv), Clock: h.clock.Now, Limits: noLimits})
	h.clock.Advance(time.Minute)
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := h.srv.Messages()
	if len(msgs) != len(parts) {
		t.Fatalf("%d messages, want %d", len(msgs), len(parts))
	}
	for i, m := range msgs {
		if m.Text != parts[i].HTML {
			t.Errorf("message %d is not part %d", i+1, i+1)
		}
	}
}

func TestSenderConsole(t *testing.T) {
	ctx := testContext(t)
	clock := newFakeClock()
	out := newTestOutbox(t, clock.Now)
	out.add(t, agrowatch.Console, ruAlert())
	out.add(t, "111", ruAlert())
	var console syncBuffer
	logs := &syncBuffer{}
	s := NewSender(SenderConfig{Outbox: out, Console: &console, Clock: clock.Now, Limits: noLimits,
		Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err := s.Flush(ctx); err != nil {
		t.Fatalf("Flush = %v; a chat waiting for a token is not an error", err)
	}
	if !strings.Contains(console.String(), "Китай снял запрет") || strings.Contains(console.String(), "<b>") {
		t.Errorf("console:\n%s", console.String())
	}
	if ds := out.all(t); len(ds) != 1 || ds[0].Chat != "111" || ds[0].LastErr != noTokenReason {
		t.Errorf("left %+v, want the Telegram delivery parked", ds)
	}
	if n := strings.Count(logs.String(), "no Telegram token"); n != 1 {
		t.Errorf("warned %d times", n)
	}
}

// The console's due deliveries are printed in one write and recorded in one transaction, in order; a
// delivery waiting for its retry ends the write before it, and a write the outbox cannot record is
// never printed again by this process.
func TestSenderConsoleBatch(t *testing.T) {
	ctx := testContext(t)
	clock := newFakeClock()
	out := newTestOutbox(t, clock.Now)
	alert := func(i int) agrowatch.Alert {
		a := ruAlert()
		a.Title = fmt.Sprintf("Новость номер %d", i)
		return a
	}
	var ids []uint64
	for i := range 5 {
		ids = append(ids, out.add(t, agrowatch.Console, alert(i)))
	}
	if err := out.Retry(ids[3], clock.Now().Add(time.Hour), "console: broken pipe"); err != nil {
		t.Fatal(err)
	}
	var console syncBuffer
	s := NewSender(SenderConfig{Outbox: out, Console: &console, Clock: clock.Now, Limits: noLimits})
	if err := s.Flush(ctx); err == nil {
		t.Fatal("Flush = nil, want the delivery waiting for its retry reported")
	}
	if n := out.recorded.Load(); n != 1 {
		t.Errorf("%d transactions for the first three deliveries, want 1", n)
	}
	if ds := out.all(t); len(ds) != 2 || ds[0].ID != ids[3] || ds[1].ID != ids[4] {
		t.Errorf("left %+v, want the delivery waiting for its retry and the one after it", ds)
	}
	printed := console.String()
	if strings.Count(printed, consoleRule) != 3 {
		t.Fatalf("console:\n%s\nwant three alerts", printed)
	}
	for i := range 3 {
		if !strings.Contains(printed, alert(i).Title) || i > 0 && strings.Index(printed, alert(i).Title) < strings.Index(printed, alert(i-1).Title) {
			t.Errorf("alert %d missing or out of order:\n%s", i, printed)
		}
	}

	clock.Advance(2 * time.Hour)
	out.failDelivered.Store(1)
	if err := s.Flush(ctx); err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("Flush = %v, want the outbox's error", err)
	}
	if n := strings.Count(console.String(), consoleRule); n != 5 {
		t.Fatalf("%d alerts printed, want 5", n)
	}
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(console.String(), consoleRule); n != 5 || out.len(t) != 0 {
		t.Errorf("%d alerts printed, %d left: want the unrecorded write recorded, not printed again", n, out.len(t))
	}
}

// Lanes are taken in turn: ten alerts for one chat do not delay another chat's one alert.
func TestSenderLanesInTurn(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, Limits{Global: rate.Inf}, nil)
	for range 10 {
		h.out.add(t, "111", ruAlert())
	}
	h.out.add(t, "222", ruAlert())
	start := h.clock.Now()
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := h.srv.Messages()
	if len(msgs) != 11 {
		t.Fatalf("%d messages", len(msgs))
	}
	for _, m := range msgs {
		if m.Chat == "222" && m.At.Sub(start) > time.Second {
			t.Errorf("chat 222 waited %s behind chat 111's backlog", m.At.Sub(start))
		}
	}
	if msgs[1].Chat != "222" {
		t.Errorf("order %v, want 222 second", chats(msgs))
	}
}

// A burst of 100 alerts to 50 chats, half of them groups, respects every limit on the fake server's
// clock and loses nothing.
func TestSenderBurstRespectsLimits(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, Limits{}, nil)
	var dest []string
	for i := range 25 {
		dest = append(dest, fmt.Sprintf("%d", 1000+i), fmt.Sprintf("-100%d", 2000+i))
	}
	for i := range 100 {
		a := ruAlert()
		a.URL = fmt.Sprintf("https://eldala.kz/%d", i)
		if _, _, err := h.out.QueueAlert(a, dest); err != nil {
			t.Fatal(err)
		}
	}
	start := h.clock.Now()
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- h.sender.Run(ctx) }()
	waitFor(t, func() bool { return h.srv.Count() >= 5000 || h.clock.Now().Sub(start) > time.Hour })
	t.Logf("%d messages", len(h.srv.Messages()))
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	msgs := h.srv.Messages()
	checkLimits(t, msgs)
	seen := map[string]int{}
	for _, m := range msgs {
		seen[m.Chat]++
	}
	for _, c := range dest {
		if seen[c] != 100 {
			t.Errorf("chat %s got %d messages, want 100", c, seen[c])
		}
	}
	if n := h.out.len(t); n != 0 || len(msgs) != 5000 {
		t.Errorf("%d messages, %d left queued", len(msgs), n)
	}
	t.Logf("5000 messages in %s of the fake clock", msgs[len(msgs)-1].At.Sub(msgs[0].At))
}

// checkLimits asserts Telegram's limits on the server's timestamps: 1 message a second per chat, 20 in
// any minute per group or channel, 30 in any second overall.
func checkLimits(t *testing.T, msgs []telegramtest.Message) {
	t.Helper()
	byChat := map[string][]time.Time{}
	var all []time.Time
	for _, m := range msgs {
		byChat[m.Chat] = append(byChat[m.Chat], m.At)
		all = append(all, m.At)
	}
	maxIn := func(ts []time.Time, w time.Duration) int {
		most, j := 0, 0
		for i := range ts {
			for ts[i].Sub(ts[j]) >= w {
				j++
			}
			most = max(most, i-j+1)
		}
		return most
	}
	for chat, ts := range byChat {
		if n := maxIn(ts, time.Second); n > 1 {
			t.Errorf("chat %s: %d messages within a second", chat, n)
		}
		if strings.HasPrefix(chat, "-") || strings.HasPrefix(chat, "@") {
			if n := maxIn(ts, time.Minute); n > 20 {
				t.Errorf("group %s: %d messages within a minute", chat, n)
			}
		}
	}
	if n := maxIn(all, time.Second); n > 30 {
		t.Errorf("%d messages within a second overall", n)
	}
}

// A reply to a command goes ahead of a long fan-out: within about a second, on the fake clock.
func TestSenderReplyOvertakesFanOut(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, Limits{}, nil)
	var dest []string
	for i := range 1000 {
		dest = append(dest, fmt.Sprintf("%d", 10000+i))
	}
	if _, _, err := h.out.QueueAlert(ruAlert(), dest); err != nil {
		t.Fatal(err)
	}
	var asked atomic.Int64
	var once sync.Once
	h.srv.OnSend(func(m telegramtest.Message) {
		if h.srv.Count() == 100 {
			once.Do(func() {
				asked.Store(m.At.UnixNano())
				h.sender.Reply(Reply{Chat: "10999", HTML: "<b>Подписка оформлена</b>"})
			})
		}
	})
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- h.sender.Run(ctx) }()
	waitFor(t, func() bool { return h.srv.Count() >= 1001 })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for i, m := range h.srv.Messages() {
		if m.Text != "<b>Подписка оформлена</b>" {
			continue
		}
		wait := m.At.Sub(time.Unix(0, asked.Load()))
		t.Logf("reply sent as message %d, %s after it was asked for", i+1, wait)
		if wait > 1100*time.Millisecond {
			t.Errorf("the reply waited %s behind the fan-out", wait)
		}
		return
	}
	t.Fatal("the reply was never sent")
}

// One unreadable outbox value is set aside with its reason; the deliveries after it go on.
func TestSenderPoisonedValue(t *testing.T) {
	ctx := testContext(t)
	clock := newFakeClock()
	out := newTestOutbox(t, clock.Now)
	out.add(t, "111", ruAlert())
	out.add(t, "222", ruAlert())
	out.add(t, "333", ruAlert())
	// Spoil delivery 2 in the file, as a bug or a bad disk might.
	if err := out.DB.Close(); err != nil {
		t.Fatal(err)
	}
	bdb, err := bbolt.Open(out.path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte("outbox")).Put([]byte{0, 0, 0, 0, 0, 0, 0, 2}, []byte(`{"chat": 42, garbage`))
	}); err != nil {
		t.Fatal(err)
	}
	bdb.Close()
	out.DB, err = store.Open(out.path, store.Options{Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	srv := telegramtest.New(t)
	logs := &syncBuffer{}
	s := NewSender(SenderConfig{Outbox: out, Messenger: newTestTelegram(t, srv), Clock: clock.Now, Limits: noLimits,
		Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := chats(srv.Messages()); !slices.Equal(got, []string{"111", "333"}) {
		t.Errorf("sent to %v, want [111 333]", got)
	}
	if !strings.Contains(logs.String(), "set aside") || !strings.Contains(logs.String(), "delivery=2") {
		t.Errorf("not logged:\n%s", logs)
	}
	if st, err := out.Stats(); err != nil || st.Dropped != 1 || st.Outbox != 0 {
		t.Errorf("Stats %+v, %v: want the bad value kept among the dropped (seen in /metrics)", st, err)
	}
}

// Telegram accepted the message but the outbox could not record it: Run stops with the error and the
// message is not sent again, in this run or the next.
func TestSenderRecordFailureDoesNotResend(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	h.out.add(t, "111", ruAlert())
	h.out.failDelivered.Store(1)
	err := h.sender.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("Run = %v, want the outbox's error", err)
	}
	if n := len(h.srv.Messages()); n != 1 {
		t.Fatalf("%d messages, want 1", n)
	}
	ctx2, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- h.sender.Run(ctx2) }()
	waitFor(t, func() bool { return h.out.len(t) == 0 })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := len(h.srv.Messages()); n != 1 {
		t.Errorf("%d messages after the second run, want still 1", n)
	}
}

// Run returns an error when the outbox cannot be read: the daemon's "sender failed" exit.
func TestSenderRunFailsWithOutbox(t *testing.T) {
	h := newHarness(t, noLimits, nil)
	h.out.failAfter.Store(true)
	err := h.sender.Run(testContext(t))
	if err == nil || !strings.Contains(err.Error(), "input/output error") {
		t.Fatalf("Run = %v", err)
	}
}

// blockingMessenger holds every send until released, then lets it succeed.
type blockingMessenger struct {
	started chan struct{}
	release chan struct{}
	sent    atomic.Int32
}

func (b *blockingMessenger) Send(ctx context.Context, chat, text string) error {
	b.started <- struct{}{}
	select {
	case <-b.release:
		b.sent.Add(1)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// A send in flight when the daemon stops is let finish and recorded, so that it is not sent again
// after the restart.
func TestSenderStopLetsRequestFinish(t *testing.T) {
	clock := newFakeClock()
	out := newTestOutbox(t, clock.Now)
	out.add(t, "111", ruAlert())
	bm := &blockingMessenger{started: make(chan struct{}, 1), release: make(chan struct{})}
	s := NewSender(SenderConfig{Outbox: out, Messenger: bm, Limits: noLimits, StopGrace: 10 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	<-bm.started
	cancel()
	time.Sleep(20 * time.Millisecond) // the stop has been seen; Telegram answers a moment later
	close(bm.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if bm.sent.Load() != 1 || out.len(t) != 0 {
		t.Errorf("sent %d, %d queued: want the message accepted and recorded", bm.sent.Load(), out.len(t))
	}
}

// The stop grace bounds the wait: a request that hangs is cut, and its delivery kept.
func TestSenderStopGraceBounds(t *testing.T) {
	clock := newFakeClock()
	out := newTestOutbox(t, clock.Now)
	out.add(t, "111", ruAlert())
	bm := &blockingMessenger{started: make(chan struct{}, 1), release: make(chan struct{})}
	s := NewSender(SenderConfig{Outbox: out, Messenger: bm, Limits: noLimits, StopGrace: 50 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	<-bm.started
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after the stop grace")
	}
	if ds := out.all(t); len(ds) != 1 || ds[0].Attempts != 0 {
		t.Errorf("outbox %+v, want the delivery kept as it was", ds)
	}
}

// httpClientFailing fails every request the way a network does: net/http names the URL, token
// included, in the *url.Error it returns.
var httpClientFailing = http.Client{Transport: roundTripFunc(func(*http.Request) (*http.Response, error) {
	return nil, errors.New("read: connection reset by peer")
})}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestSenderNeverLogsToken(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	tg := newTestTelegram(t, srv)
	tg.client = &httpClientFailing
	clock := newFakeClock()
	out := newTestOutbox(t, clock.Now)
	out.add(t, "111", ruAlert())
	logs := &syncBuffer{}
	s := NewSender(SenderConfig{Outbox: out, Messenger: tg, Clock: clock.Now, Limits: noLimits,
		Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err := s.Flush(ctx); !errors.Is(err, ErrUndelivered) {
		t.Fatalf("Flush = %v", err)
	}
	if !strings.Contains(logs.String(), "will retry") {
		t.Fatalf("no failure logged:\n%s", logs)
	}
	secret := strings.SplitN(srv.Token(), ":", 2)[1]
	if strings.Contains(logs.String(), secret) {
		t.Errorf("the token is in the log:\n%s", logs)
	}
	for _, d := range out.all(t) {
		if strings.Contains(d.LastErr, secret) {
			t.Errorf("the token is in the recorded error: %s", d.LastErr)
		}
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(150 * time.Second) // the race detector slows the 5,000-message burst tenfold
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 150 s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// BenchmarkSenderPass measures one pass over n queued deliveries, one per chat, with the limits off: the
// cost per delivery should not grow with the queue.
func BenchmarkSenderPass(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("deliveries=%d", n), func(b *testing.B) {
			dest := make([]string, n)
			for i := range dest {
				dest[i] = fmt.Sprintf("%d", 100000+i)
			}
			clock := newFakeClock()
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				out := newTestOutbox(b, clock.Now)
				if _, _, err := out.QueueAlert(ruAlert(), dest); err != nil {
					b.Fatal(err)
				}
				s := NewSender(SenderConfig{Outbox: out, Messenger: nopMessenger{}, Clock: clock.Now, Limits: noLimits})
				b.StartTimer()
				if err := s.Flush(context.Background()); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if out.len(b) != 0 {
					b.Fatal("not drained")
				}
				out.DB.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/delivery")
		})
	}
}

type nopMessenger struct{}

func (nopMessenger) Send(context.Context, string, string) error { return nil }

// countingOutbox counts the deliveries the sender reads from the outbox.
type countingOutbox struct {
	*testOutbox
	read atomic.Int64
}

func (o *countingOutbox) After(after uint64, n int) (store.Read, error) {
	rd, err := o.testOutbox.After(after, n)
	o.read.Add(int64(len(rd.Deliveries)))
	return rd, err
}

func (o *countingOutbox) Lane(chat string, after uint64, n int) (store.Read, error) {
	rd, err := o.testOutbox.Lane(chat, after, n)
	o.read.Add(int64(len(rd.Deliveries)))
	return rd, err
}

// 4,000 deliveries to one group are each read from the outbox at most twice (once by the scan of new
// ids, once more when the lane is refilled), not once per batch: the cost of a pass grows with the
// queue, not with its square. The old sender decoded 153k entries here.
func TestSenderReadsEachDeliveryOnce(t *testing.T) {
	ctx := testContext(t)
	clock := newFakeClock()
	out := &countingOutbox{testOutbox: newTestOutbox(t, clock.Now)}
	for i := range 4000 {
		a := ruAlert()
		a.URL = fmt.Sprintf("https://eldala.kz/%d", i)
		out.add(t, "-100123", a)
	}
	out.add(t, "111", ruAlert())
	s := NewSender(SenderConfig{Outbox: out, Messenger: nopMessenger{}, Clock: clock.Now, Limits: noLimits})
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := out.len(t); n != 0 {
		t.Fatalf("%d left", n)
	}
	if n := out.read.Load(); n > 2*4001 {
		t.Errorf("%d deliveries read for 4,001 queued, want each at most twice", n)
	}
	t.Logf("%d deliveries read for 4,001 queued", out.read.Load())
}

// failingProgress fails the next Progress call.
type failingProgress struct {
	*testOutbox
	fail atomic.Bool
}

func (o *failingProgress) Progress(id uint64, sent int) error {
	if o.fail.Swap(false) {
		return errors.New("store: progress: no space left on device")
	}
	return o.testOutbox.Progress(id, sent)
}

// A part accepted whose progress cannot be recorded is not sent again by this process, and the parts
// after it still go out when Run is started again.
func TestSenderProgressFailure(t *testing.T) {
	ctx := testContext(t)
	clock := newFakeClock()
	out := &failingProgress{testOutbox: newTestOutbox(t, clock.Now)}
	a := longAlert(30)
	parts := Render(a, DefaultLang)
	out.add(t, "111", a)
	out.fail.Store(true)
	srv := telegramtest.New(t)
	s := NewSender(SenderConfig{Outbox: out, Messenger: newTestTelegram(t, srv), Clock: clock.Now, Sleep: clock.Sleep, Limits: noLimits})
	if err := s.Run(ctx); err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("Run = %v", err)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Fatalf("%d messages before the failure", n)
	}
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != len(parts) {
		t.Fatalf("%d messages, want %d (each part once)", len(msgs), len(parts))
	}
	for i, m := range msgs {
		if m.Text != parts[i].HTML {
			t.Errorf("message %d is not part %d", i+1, i+1)
		}
	}
}

// A channel whose id cannot be learnt (getChat fails) is sent to by name meanwhile, and asked again
// an hour later.
func TestSenderChannelResolvedLater(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, noLimits, nil)
	h.srv.AddChannel("@kz_agri", -1007770001)
	h.srv.FailMethod("getChat", 1, 502, "Bad Gateway", nil)
	h.out.add(t, "@kz_agri", ruAlert())
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	h.clock.Advance(time.Hour)
	h.out.add(t, "@kz_agri", borderAlert())
	h.sender.Notify()
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := chats(h.srv.Messages()); !slices.Equal(got, []string{"@kz_agri", "-1007770001"}) {
		t.Errorf("sent to %v, want by name, then by id", got)
	}
}
