package notify

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"agrowatch/notify/telegramtest"
)

func newTestLazy(t *testing.T, token, apiURL string, clock *fakeClock) (*LazyTelegram, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	l := NewLazyTelegram(token, apiURL, &http.Client{Timeout: 5 * time.Second},
		slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	l.now = clock.Now
	return l, logs
}

func TestLazyTelegramOutage(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	srv.FailGetMe(2, 502, "Bad Gateway")
	clock := newFakeClock()
	l, logs := newTestLazy(t, srv.Token(), srv.URL(), clock)

	if srv.Calls("getMe") != 0 {
		t.Fatal("NewLazyTelegram made a request")
	}
	steps := []struct {
		advance time.Duration
		ok      bool
		getMe   int // getMe requests so far
	}{
		{0, false, 1},                // first getMe: 502
		{0, false, 1},                // within the window: no request
		{29 * time.Second, false, 1}, // still within it
		{time.Second, false, 2},      // window over: second getMe, 502 again
		{connectRetry, true, 3},      // third getMe succeeds, the message goes
		{0, true, 3},                 // connected: no more getMe
	}
	for i, st := range steps {
		clock.Advance(st.advance)
		err := l.Send(ctx, "111", "<b>hi</b>")
		if st.ok != (err == nil) {
			t.Fatalf("step %d: Send = %v, want ok=%v", i, err, st.ok)
		}
		if err != nil {
			if isTyped(err) || errors.Is(err, ErrTokenRejected) {
				t.Errorf("step %d: err = %v, want a temporary (untyped) error", i, err)
			}
			if !strings.HasPrefix(err.Error(), "notify: ") || !strings.Contains(err.Error(), "Bad Gateway") {
				t.Errorf("step %d: err = %q", i, err)
			}
		}
		if n := srv.Calls("getMe"); n != st.getMe {
			t.Errorf("step %d: %d getMe requests, want %d", i, n, st.getMe)
		}
	}
	if n := len(srv.Messages()); n != 2 {
		t.Errorf("%d messages, want 2", n)
	}
	if n := srv.Calls("sendMessage"); n != 2 {
		t.Errorf("%d sendMessage requests, want 2: none before getMe succeeded", n)
	}
	out := logs.String()
	if n := strings.Count(out, "level=WARN"); n != 2 || strings.Contains(out, "level=ERROR") {
		t.Errorf("want one warning per failed getMe and no error:\n%s", out)
	}
	if !strings.Contains(out, "connected to Telegram") {
		t.Errorf("the recovery was not logged:\n%s", out)
	}
}

func TestLazyTelegramTokenRejected(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	const token = "123:wrong-secret-token"
	clock := newFakeClock()
	l, logs := newTestLazy(t, token, srv.URL(), clock)

	err := l.Connect(ctx)
	if !errors.Is(err, ErrTokenRejected) {
		t.Fatalf("Connect = %v, want ErrTokenRejected", err)
	}
	for i := range 2 {
		err := l.Send(ctx, "111", "x")
		if !errors.Is(err, ErrTokenRejected) {
			t.Errorf("Send %d = %v, want ErrTokenRejected", i, err)
		}
		if isTyped(err) {
			t.Errorf("Send %d = %v: a rejected token must not drop alerts", i, err)
		}
		if err != nil && !strings.Contains(err.Error(), "(getMe: 401 Unauthorized); check telegram.token or AGROWATCH_TELEGRAM_TOKEN") {
			t.Errorf("Send %d = %q, want the status and where the token comes from", i, err)
		}
	}
	if n := srv.Calls("getMe"); n != 1 {
		t.Errorf("%d getMe requests within one window, want 1", n)
	}
	if n := strings.Count(logs.String(), "level=ERROR"); n != 1 {
		t.Errorf("%d error logs within one window, want 1:\n%s", n, logs)
	}

	clock.Advance(connectRetry)
	if err := l.Send(ctx, "111", "x"); !errors.Is(err, ErrTokenRejected) {
		t.Errorf("Send after the window = %v, want ErrTokenRejected", err)
	}
	if n := srv.Calls("getMe"); n != 2 {
		t.Errorf("%d getMe requests after the window, want 2", n)
	}
	if n := strings.Count(logs.String(), "level=ERROR"); n != 2 {
		t.Errorf("%d error logs after two windows, want 2:\n%s", n, logs)
	}
	if strings.Contains(logs.String(), token) {
		t.Errorf("the logs show the token:\n%s", logs)
	}
}

// A caller that gives up during getMe says nothing about Telegram: the next call tries again at once.
func TestLazyTelegramCancelledConnect(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	var hang atomic.Bool
	hang.Store(true)
	p := proxy(t, srv, func(path string) bool { return hang.Load() && strings.HasSuffix(path, "/getMe") })
	l, _ := newTestLazy(t, srv.Token(), p.URL, newFakeClock())

	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if err := l.Send(short, "111", "x"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Send = %v, want context.DeadlineExceeded", err)
	}
	hang.Store(false)
	if err := l.Send(ctx, "111", "x"); err != nil {
		t.Fatalf("Send after a cancelled connect = %v, want it sent", err)
	}
}

func TestLazyTelegramConcurrentFirstSend(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	l, _ := newTestLazy(t, srv.Token(), srv.URL(), newFakeClock())
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if err := l.Send(ctx, "111", "x"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := srv.Calls("getMe"); n != 1 {
		t.Errorf("%d getMe requests, want 1", n)
	}
	if n := len(srv.Messages()); n != 8 {
		t.Errorf("%d messages, want 8", n)
	}
}

// With Telegram down at start-up, alerts wait in the outbox and go once it answers.
func TestSenderWithLazyTelegram(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	srv.FailGetMe(1, 502, "Bad Gateway")
	clock := newFakeClock()
	l, _ := newTestLazy(t, srv.Token(), srv.URL(), clock)
	out := newTestOutbox(t, clock.Now)
	out.add(t, "111", ruAlert())
	s := NewSender(SenderConfig{Outbox: out, Messenger: l, Clock: clock.Now, Limits: noLimits})

	if err := s.Flush(ctx); !errors.Is(err, ErrUndelivered) {
		t.Fatalf("Flush = %v, want ErrUndelivered", err)
	}
	if ds := out.all(t); len(ds) != 1 || ds[0].Attempts != 1 || !strings.Contains(ds[0].LastErr, "Bad Gateway") {
		t.Fatalf("deliveries = %+v, want it kept with the cause", ds)
	}
	clock.Advance(connectRetry)
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if out.len(t) != 0 || len(srv.Messages()) != 1 {
		t.Errorf("%d queued, %d sent; want the alert sent", out.len(t), len(srv.Messages()))
	}
}
