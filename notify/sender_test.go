package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"agrowatch"
	"agrowatch/notify/telegramtest"
)

// memOutbox is an in-memory Outbox that remembers what the sender told it.
type memOutbox struct {
	mu      sync.Mutex
	nextID  uint64
	queue   map[uint64]*agrowatch.Delivery
	dropped map[uint64]string
	moves   [][2]string
	calls   []string // "progress 3 1", "delivered 3", "retry 3", "drop 3", "move a b"
}

func newMemOutbox() *memOutbox {
	return &memOutbox{queue: map[uint64]*agrowatch.Delivery{}, dropped: map[uint64]string{}}
}

func (o *memOutbox) add(chat string, a agrowatch.Alert) uint64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.nextID++
	o.queue[o.nextID] = &agrowatch.Delivery{ID: o.nextID, Chat: chat, Alert: a}
	return o.nextID
}

func (o *memOutbox) get(id uint64) (agrowatch.Delivery, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	d, ok := o.queue[id]
	if !ok {
		return agrowatch.Delivery{}, false
	}
	return *d, true
}

func (o *memOutbox) len() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.queue)
}

func (o *memOutbox) log() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.Clone(o.calls)
}

func (o *memOutbox) Due(now time.Time, n int) ([]agrowatch.Delivery, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []agrowatch.Delivery
	for _, d := range o.queue {
		if !d.NotAfter.After(now) {
			out = append(out, *d)
		}
	}
	slices.SortFunc(out, func(a, b agrowatch.Delivery) int { return int(a.ID) - int(b.ID) })
	return out[:min(n, len(out))], nil
}

func (o *memOutbox) Progress(id uint64, sent int) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.calls = append(o.calls, fmt.Sprintf("progress %d %d", id, sent))
	if d, ok := o.queue[id]; ok {
		d.Sent = sent
	}
	return nil
}

func (o *memOutbox) Delivered(id uint64) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.calls = append(o.calls, fmt.Sprintf("delivered %d", id))
	delete(o.queue, id)
	return nil
}

func (o *memOutbox) Retry(id uint64, notBefore time.Time, reason string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.calls = append(o.calls, fmt.Sprintf("retry %d", id))
	if d, ok := o.queue[id]; ok {
		d.Attempts++
		d.NotAfter = notBefore
		d.LastErr = reason
	}
	return nil
}

func (o *memOutbox) Drop(id uint64, reason string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.calls = append(o.calls, fmt.Sprintf("drop %d", id))
	delete(o.queue, id)
	o.dropped[id] = reason
	return nil
}

func (o *memOutbox) MoveChat(old, new string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.calls = append(o.calls, fmt.Sprintf("move %s %s", old, new))
	o.moves = append(o.moves, [2]string{old, new})
	for _, d := range o.queue {
		if d.Chat == old {
			d.Chat = new
		}
	}
	return nil
}

// fakeClock is a clock that moves only when told.
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

// noLimits switches rate limiting off, as a clock that does not move requires.
var noLimits = Limits{Chat: rate.Inf, Group: rate.Inf, Global: rate.Inf, Poll: 20 * time.Millisecond}

type harness struct {
	srv    *telegramtest.Server
	out    *memOutbox
	clock  *fakeClock
	sender *Sender
	logs   *syncBuffer
}

func newHarness(t *testing.T, m func(Messenger) Messenger) *harness {
	t.Helper()
	h := &harness{srv: telegramtest.New(t), out: newMemOutbox(), clock: newFakeClock(), logs: &syncBuffer{}}
	var msg Messenger = newTestTelegram(t, h.srv)
	if m != nil {
		msg = m(msg)
	}
	h.sender = NewSender(SenderConfig{
		Outbox: h.out, Messenger: msg, Clock: h.clock.Now, Limits: noLimits,
		Logger: slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
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
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
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
	h := newHarness(t, nil)
	h.out.add("111", ruAlert())
	h.out.add("@agro_channel", ruAlert())
	h.out.add("-1001234567890", ruAlert())

	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := h.out.len(); n != 0 {
		t.Errorf("%d deliveries left in the outbox, want 0", n)
	}
	msgs := h.srv.Messages()
	if got, want := chats(msgs), []string{"111", "@agro_channel", "-1001234567890"}; !slices.Equal(got, want) {
		t.Errorf("sent to %v, want %v", got, want)
	}
	for _, m := range msgs {
		if m.Text != Render(ruAlert())[0].HTML || m.ParseMode != "HTML" || !m.DisableWebPagePreview {
			t.Errorf("message = %+v", m)
		}
	}
}

func TestSenderTemporaryError(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, nil)
	id := h.out.add("111", ruAlert())
	h.srv.FailNext(1, 500, "Internal Server Error", nil)

	err := h.sender.Flush(ctx)
	if !errors.Is(err, ErrUndelivered) {
		t.Fatalf("Flush = %v, want ErrUndelivered", err)
	}
	if want := "notify: deliveries remain in the outbox: 1 not sent yet (delivery 1: notify: send to 111: telegram 500: Internal Server Error)"; err.Error() != want {
		t.Errorf("Flush = %q, want %q", err, want)
	}
	d, ok := h.out.get(id)
	if !ok || d.Attempts != 1 || !d.NotAfter.Equal(h.clock.Now().Add(5*time.Second)) || !strings.Contains(d.LastErr, "Internal Server Error") {
		t.Fatalf("after a 500: %+v, want it kept, 1 attempt, next in 5s", d)
	}
	// Not due yet: nothing is sent.
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := h.srv.Calls("sendMessage"); n != 1 {
		t.Errorf("%d requests before the backoff ended, want 1", n)
	}
	h.clock.Advance(5 * time.Second)
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(h.srv.Messages()); n != 1 {
		t.Errorf("delivered %d times, want once", n)
	}
	if h.out.len() != 0 {
		t.Error("delivery still queued")
	}
}

func TestSenderBackoff(t *testing.T) {
	s := NewSender(SenderConfig{Outbox: newMemOutbox()})
	for attempts, want := range map[int]time.Duration{
		0: 5 * time.Second, 1: 10 * time.Second, 2: 20 * time.Second, 5: 160 * time.Second,
		8: 1280 * time.Second, 9: 30 * time.Minute, 50: 30 * time.Minute, 1000: 30 * time.Minute,
	} {
		if got := s.backoff(attempts); got != want {
			t.Errorf("backoff(%d) = %s, want %s", attempts, got, want)
		}
	}
}

func TestSenderRetryAfter(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, nil)
	first := h.out.add("111", ruAlert())
	second := h.out.add("111", hostileAlert())
	other := h.out.add("222", ruAlert())
	h.srv.FailNext(1, 429, "Too Many Requests: retry after 1", map[string]any{"retry_after": 1})

	if err := h.sender.Flush(ctx); !errors.Is(err, ErrUndelivered) {
		t.Fatalf("Flush = %v, want ErrUndelivered", err)
	}
	d, _ := h.out.get(first)
	if !d.NotAfter.Equal(h.clock.Now().Add(time.Second)) {
		t.Errorf("NotAfter = %s, want retry_after (1s) from now", d.NotAfter)
	}
	if _, ok := h.out.get(second); !ok {
		t.Error("the paused chat's second delivery was not kept")
	}
	if _, ok := h.out.get(other); ok {
		t.Error("another chat was held up by the pause")
	}

	h.clock.Advance(999 * time.Millisecond)
	before := h.srv.Calls("sendMessage")
	_ = h.sender.Flush(ctx)
	if n := h.srv.Calls("sendMessage"); n != before {
		t.Errorf("%d requests to the paused chat before retry_after ended", n-before)
	}

	h.clock.Advance(time.Millisecond)
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := chats(h.srv.Messages()), []string{"222", "111", "111"}; !slices.Equal(got, want) {
		t.Errorf("sent to %v, want %v", got, want)
	}
	if h.out.len() != 0 {
		t.Error("deliveries still queued")
	}
}

func TestSenderBlocked(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, nil)
	a := h.out.add("111", ruAlert())
	b := h.out.add("111", hostileAlert())
	h.out.add("222", ruAlert())
	h.srv.FailNext(1, 403, "Forbidden: bot was blocked by the user", nil)

	if err := h.sender.Flush(ctx); err != nil {
		t.Fatalf("Flush = %v, want nil: a dropped delivery is not pending", err)
	}
	for _, id := range []uint64{a, b} {
		if reason := h.out.dropped[id]; !strings.Contains(reason, "bot was blocked by the user") {
			t.Errorf("delivery %d: drop reason %q", id, reason)
		}
	}
	if got := chats(h.srv.Attempts()); !slices.Equal(got, []string{"111", "222"}) {
		t.Errorf("requests to %v, want one to the blocked chat, then the next chat", got)
	}
	if got := chats(h.srv.Messages()); !slices.Equal(got, []string{"222"}) {
		t.Errorf("sent to %v, want [222]", got)
	}
	if logs := h.logs.String(); !strings.Contains(logs, "level=ERROR") || !strings.Contains(logs, "chat=111") {
		t.Errorf("no error log naming the chat:\n%s", logs)
	}
}

// sendLogger notes each Send in the outbox's call log, so that tests see sends and outbox calls in
// one order.
type sendLogger struct {
	Messenger
	out *memOutbox
}

func (l *sendLogger) Send(ctx context.Context, chat, text string) error {
	l.out.mu.Lock()
	l.out.calls = append(l.out.calls, "send "+chat)
	l.out.mu.Unlock()
	return l.Messenger.Send(ctx, chat, text)
}

func TestSenderMigrate(t *testing.T) {
	ctx := testContext(t)
	sl := &sendLogger{}
	h := newHarness(t, func(m Messenger) Messenger { sl.Messenger = m; return sl })
	sl.out = h.out
	const old, super = "-123", "-1001234567890"
	h.out.add(old, ruAlert())
	h.out.add(old, hostileAlert())
	h.srv.FailNext(1, 400, "Bad Request: group chat was upgraded to a supergroup chat", map[string]any{"migrate_to_chat_id": int64(-1001234567890)})

	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(h.out.moves, [][2]string{{old, super}}) {
		t.Errorf("moves = %v", h.out.moves)
	}
	// The outbox learns of the move before the resend; the second delivery, read before the move
	// with the old id, goes straight to the supergroup: one failed request in all.
	want := []string{"send " + old, "move " + old + " " + super, "send " + super, "delivered 1", "send " + super, "delivered 2"}
	if got := h.out.log(); !slices.Equal(got, want) {
		t.Errorf("calls = %v, want %v", got, want)
	}
	if got := chats(h.srv.Attempts()); !slices.Equal(got, []string{old, super, super}) {
		t.Errorf("requests to %v, want one to the old group, then both to the supergroup", got)
	}
	if got := chats(h.srv.Messages()); !slices.Equal(got, []string{super, super}) {
		t.Errorf("sent to %v, want both to the supergroup", got)
	}
	if h.out.len() != 0 {
		t.Error("deliveries still queued")
	}

	// Later passes remember the move too, whatever chat id the alert was queued for.
	h.out.add(old, ruAlert())
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := chats(h.srv.Attempts()); len(got) != 4 || got[3] != super {
		t.Errorf("requests to %v, want the last to the supergroup", got)
	}
}

func TestSenderParseError(t *testing.T) {
	tests := []struct {
		name      string
		failures  int
		delivered bool
	}{
		{"resent as plain text", 1, true},
		{"plain text rejected too", 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := testContext(t)
			h := newHarness(t, nil)
			id := h.out.add("111", hostileAlert())
			h.out.add("222", ruAlert())
			h.srv.FailNext(tt.failures, 400, `Bad Request: can't parse entities: Unsupported start tag "script" at byte offset 0`, nil)

			if err := h.sender.Flush(ctx); err != nil {
				t.Fatal(err)
			}
			msgs := h.srv.Messages()
			if tt.delivered {
				want := html.EscapeString(Render(hostileAlert())[0].Plain)
				if len(msgs) != 2 || msgs[0].Chat != "111" || msgs[0].Text != want {
					t.Fatalf("messages = %+v, want the plain text first", msgs)
				}
				if strings.Contains(msgs[0].Text, "<b>") || !strings.Contains(msgs[0].Text, "&lt;script&gt;") {
					t.Errorf("plain text = %q", msgs[0].Text)
				}
			} else {
				if _, ok := h.out.dropped[id]; !ok {
					t.Error("the unsendable delivery was not dropped")
				}
				if got := chats(msgs); !slices.Equal(got, []string{"222"}) {
					t.Errorf("sent to %v, want the queue to go on with 222", got)
				}
			}
			if h.out.len() != 0 {
				t.Error("deliveries still queued")
			}
		})
	}
}

// failingAt makes the k-th Send (from 1) fail with a 500 from the fake.
type failingAt struct {
	Messenger
	srv   *telegramtest.Server
	mu    sync.Mutex
	calls int
	k     int
}

func (f *failingAt) Send(ctx context.Context, chat, text string) error {
	f.mu.Lock()
	f.calls++
	if f.calls == f.k {
		f.srv.FailNext(1, 500, "Internal Server Error", nil)
	}
	f.mu.Unlock()
	return f.Messenger.Send(ctx, chat, text)
}

func TestSenderSplitProgress(t *testing.T) {
	ctx := testContext(t)
	var fa *failingAt
	h := newHarness(t, func(m Messenger) Messenger {
		fa = &failingAt{Messenger: m, k: 2}
		return fa
	})
	fa.srv = h.srv
	alert := longAlert(30)
	parts := Render(alert)
	if len(parts) < 3 {
		t.Fatalf("test alert has %d parts, want at least 3", len(parts))
	}
	id := h.out.add("111", alert)

	if err := h.sender.Flush(ctx); !errors.Is(err, ErrUndelivered) {
		t.Fatalf("Flush = %v, want ErrUndelivered", err)
	}
	if d, _ := h.out.get(id); d.Sent != 1 || d.Attempts != 1 {
		t.Fatalf("after part 2 failed: Sent=%d Attempts=%d, want 1 and 1", d.Sent, d.Attempts)
	}
	h.clock.Advance(5 * time.Second)
	if err := h.sender.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := h.srv.Messages()
	if len(msgs) != len(parts) {
		t.Fatalf("%d messages, want %d: one per part", len(msgs), len(parts))
	}
	for i, m := range msgs {
		if m.Text != parts[i].HTML {
			t.Errorf("message %d is not part %d", i+1, i+1)
		}
	}
	want := []string{"progress 1 1", "retry 1"}
	for i := 2; i < len(parts); i++ {
		want = append(want, fmt.Sprintf("progress 1 %d", i))
	}
	want = append(want, "delivered 1")
	if got := h.out.log(); !slices.Equal(got, want) {
		t.Errorf("outbox calls = %v, want %v", got, want)
	}
}

func TestSenderConsole(t *testing.T) {
	ctx := testContext(t)
	out := newMemOutbox()
	var console, logs syncBuffer
	s := NewSender(SenderConfig{
		Outbox: out, Console: &console, Clock: newFakeClock().Now, Limits: noLimits,
		Logger: slog.New(slog.NewTextHandler(&logs, nil)),
	})
	out.add(agrowatch.Console, ruAlert())
	out.add(agrowatch.Console, hostileAlert())
	held1 := out.add("111", ruAlert())
	held2 := out.add("222", ruAlert())

	if err := s.Flush(ctx); err != nil {
		t.Fatalf("Flush = %v, want nil: deliveries waiting for a token are not failures", err)
	}
	text := console.String()
	for _, want := range []string{
		"Китай снял запрет на ввоз говядины из Казахстана\neldala.kz · 2024-03-05\nhttps://eldala.kz/",
		"🚫 meat ban imposed · by CN on KZ · beef · cause fmd\n   «В 2022 году",
		"📦 export 2,230,000 t grain KZ→CN · 2023 (forecast)",
		`<script>&amp; "x"`, // the console shows scraped text as it is, unescaped
		consoleRule,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("console output lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []string{"<b><a", "<i>«", "&lt;script", "&#34;"} {
		if strings.Contains(text, bad) {
			t.Errorf("console output contains markup %q", bad)
		}
	}
	for _, id := range []uint64{held1, held2} {
		d, ok := out.get(id)
		if !ok || d.NotAfter.IsZero() || !strings.Contains(d.LastErr, "no Telegram token") {
			t.Errorf("delivery %d to a chat without a token: %+v, want it kept", id, d)
		}
	}
	if n := strings.Count(logs.String(), "no Telegram token"); n != 1 {
		t.Errorf("the missing token was logged %d times, want once", n)
	}
	if out.len() != 2 {
		t.Errorf("%d deliveries queued, want the 2 held ones", out.len())
	}
}

func TestSenderRateLimit(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	out := newMemOutbox()
	for range 3 {
		out.add("111", ruAlert())
	}
	s := NewSender(SenderConfig{
		Outbox: out, Messenger: newTestTelegram(t, srv),
		Limits: Limits{Chat: rate.Every(100 * time.Millisecond), Group: rate.Inf, Global: rate.Inf},
	})
	start := time.Now()
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 190*time.Millisecond {
		t.Errorf("3 messages at 10/s took %s, want at least 200ms", d)
	}
	if n := len(srv.Messages()); n != 3 {
		t.Errorf("%d messages, want 3", n)
	}
}

func TestSenderGroupLimitDefers(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	out := newMemOutbox()
	// The group's burst (3) goes at once; its fourth delivery must wait 2s: the chat queued after it
	// goes first rather than waiting behind it. The clock is fake, so the test does not depend on how
	// fast the requests are.
	for range 4 {
		out.add("-1001", ruAlert())
	}
	out.add("222", ruAlert())
	clock := newFakeClock()
	s := NewSender(SenderConfig{
		Outbox: out, Messenger: newTestTelegram(t, srv), Clock: clock.Now,
		Limits: Limits{Chat: rate.Inf, Global: rate.Inf, Group: rate.Every(2 * time.Second)},
	})

	// One pass, as Run makes it.
	p := newPass()
	s.mu.Lock()
	err := s.pass(ctx, p)
	s.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := chats(srv.Messages()), []string{"-1001", "-1001", "-1001", "222"}; !slices.Equal(got, want) {
		t.Errorf("sent to %v, want %v", got, want)
	}
	if out.len() != 1 {
		t.Errorf("%d queued, want the group's fourth delivery", out.len())
	}
	if want := clock.Now().Add(2 * time.Second); !p.deferred || !p.wakeAt.Equal(want) {
		t.Errorf("deferred=%v wakeAt=%s, want true and %s", p.deferred, p.wakeAt, want)
	}

	clock.Advance(2 * time.Second)
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := chats(srv.Messages()); len(got) != 5 || got[4] != "-1001" {
		t.Errorf("sent to %v, want the group's fourth delivery last", got)
	}
	if out.len() != 0 {
		t.Errorf("%d queued, want 0", out.len())
	}
}

func TestSenderRun(t *testing.T) {
	ctx := testContext(t)
	h := newHarness(t, nil)
	h.sender.lim.Poll = time.Hour // only Notify wakes it

	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- h.sender.Run(runCtx) }()

	h.out.add("111", ruAlert())
	h.sender.Notify()
	waitFor(t, func() bool { return h.out.len() == 0 })

	cancel()
	start := time.Now()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return within 5s of cancel")
	}
	// Poll is an hour: anything under that shows that cancel woke Run. The bound is loose for -race
	// on a loaded machine.
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Run returned %s after cancel", d)
	}
	if n := len(h.srv.Messages()); n != 1 {
		t.Errorf("%d messages, want 1", n)
	}
}

// blockingMessenger never answers until its context ends.
type blockingMessenger struct{ started chan struct{} }

func (b blockingMessenger) Send(ctx context.Context, chat, text string) error {
	close(b.started)
	<-ctx.Done()
	return fmt.Errorf("notify: send to %s: %w", chat, ctx.Err())
}

func TestSenderRunCancelInFlight(t *testing.T) {
	ctx := testContext(t)
	out := newMemOutbox()
	id := out.add("111", ruAlert())
	bm := blockingMessenger{started: make(chan struct{})}
	s := NewSender(SenderConfig{Outbox: out, Messenger: bm, Limits: noLimits})

	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- s.Run(runCtx) }()
	select {
	case <-bm.started:
	case <-ctx.Done():
		t.Fatal("Send was never called")
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return within 5s of cancel")
	}
	d, ok := out.get(id)
	if !ok || d.Attempts != 0 || d.Sent != 0 || len(out.log()) != 0 {
		t.Errorf("delivery after an aborted send: %+v, calls %v; want it untouched", d, out.log())
	}
}

func TestSenderManyHeld(t *testing.T) {
	// More deliveries than a batch wait on a paused chat: the ones behind them still go.
	ctx := testContext(t)
	h := newHarness(t, nil)
	h.sender.lim.Batch = 2
	for range 4 {
		h.out.add("111", ruAlert())
	}
	last := h.out.add("222", ruAlert())
	h.srv.FailNext(1, 429, "Too Many Requests: retry after 1", map[string]any{"retry_after": 1})
	_ = h.sender.Flush(ctx)
	if _, ok := h.out.get(last); ok {
		t.Error("a delivery behind a paused chat's backlog was not sent")
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
