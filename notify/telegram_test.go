package notify

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"agrowatch/notify/telegramtest"
)

func newTestTelegram(t *testing.T, srv *telegramtest.Server) *Telegram {
	t.Helper()
	tg, err := NewTelegram(srv.Token(), srv.URL(), &http.Client{Timeout: 5 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestNewTelegram(t *testing.T) {
	srv := telegramtest.New(t)
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()

	tests := []struct {
		name    string
		token   string
		apiURL  string
		wantErr string
	}{
		{"ok", srv.Token(), srv.URL(), ""},
		{"ok with trailing slash", srv.Token(), srv.URL() + "/", ""},
		{"wrong token", "123:wrong-secret-token", srv.URL(), "rejected the bot token"},
		{"unreachable", "123:unreachable-secret-token", dead.URL, "cannot use the Telegram Bot API"},
		{"no token", "", srv.URL(), "no Telegram bot token"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg, err := NewTelegram(tt.token, tt.apiURL, nil, nil)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if tg.Username() != telegramtest.BotUsername {
					t.Errorf("Username = %q, want %q", tg.Username(), telegramtest.BotUsername)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
			}
			if !strings.HasPrefix(err.Error(), "notify: ") {
				t.Errorf("err = %q, want the notify: prefix", err)
			}
			if tt.token != "" && strings.Contains(err.Error(), tt.token) {
				t.Errorf("the error shows the token: %v", err)
			}
		})
	}
}

func TestTelegramSendErrors(t *testing.T) {
	tests := []struct {
		name   string
		code   int
		desc   string
		params map[string]any
		check  func(t *testing.T, err error)
	}{
		{"flood control", 429, "Too Many Requests: retry after 1", map[string]any{"retry_after": 1}, func(t *testing.T, err error) {
			var e *RetryAfterError
			if !errors.As(err, &e) || e.After != time.Second {
				t.Errorf("err = %#v, want RetryAfterError{After: 1s}", err)
			}
		}},
		{"blocked", 403, "Forbidden: bot was blocked by the user", nil, func(t *testing.T, err error) {
			var e *PermanentError
			if !errors.As(err, &e) || !e.ChatGone {
				t.Errorf("err = %v, want PermanentError{ChatGone}", err)
			}
		}},
		{"kicked", 403, "Forbidden: bot was kicked from the supergroup chat", nil, func(t *testing.T, err error) {
			var e *PermanentError
			if !errors.As(err, &e) || !e.ChatGone {
				t.Errorf("err = %v, want PermanentError{ChatGone}", err)
			}
		}},
		{"chat not found", 400, "Bad Request: chat not found", nil, func(t *testing.T, err error) {
			var e *PermanentError
			if !errors.As(err, &e) || !e.ChatGone {
				t.Errorf("err = %v, want PermanentError{ChatGone}", err)
			}
		}},
		{"migrated", 400, "Bad Request: group chat was upgraded to a supergroup chat", map[string]any{"migrate_to_chat_id": int64(-1001234567890)}, func(t *testing.T, err error) {
			var e *MigratedError
			if !errors.As(err, &e) || e.NewChat != "-1001234567890" {
				t.Errorf("err = %v, want MigratedError{-1001234567890}", err)
			}
		}},
		{"parse", 400, "Bad Request: can't parse entities: Unsupported start tag \"script\" at byte offset 0", nil, func(t *testing.T, err error) {
			var e *ParseError
			if !errors.As(err, &e) {
				t.Errorf("err = %v, want ParseError", err)
			}
		}},
		{"other 400", 400, "Bad Request: message is too long", nil, func(t *testing.T, err error) {
			var e *PermanentError
			if !errors.As(err, &e) || e.ChatGone {
				t.Errorf("err = %v, want PermanentError without ChatGone", err)
			}
		}},
		{"server error", 500, "Internal Server Error", nil, func(t *testing.T, err error) {
			if isTyped(err) {
				t.Errorf("err = %v, want a temporary (untyped) error", err)
			}
		}},
		{"bad gateway", 502, "Bad Gateway", nil, func(t *testing.T, err error) {
			if isTyped(err) {
				t.Errorf("err = %v, want a temporary (untyped) error", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			srv := telegramtest.New(t)
			tg := newTestTelegram(t, srv)
			srv.FailNext(1, tt.code, tt.desc, tt.params)
			err := tg.Send(ctx, "-100500", "<b>hi</b>")
			if err == nil {
				t.Fatal("Send succeeded")
			}
			if !strings.HasPrefix(err.Error(), "notify: ") {
				t.Errorf("err = %q, want the notify: prefix", err)
			}
			tt.check(t, err)
			if err := tg.Send(ctx, "-100500", "<b>hi</b>"); err != nil {
				t.Errorf("the next Send failed: %v", err)
			}
		})
	}
}

func isTyped(err error) bool {
	var (
		a *RetryAfterError
		b *MigratedError
		c *ParseError
		d *PermanentError
	)
	return errors.As(err, &a) || errors.As(err, &b) || errors.As(err, &c) || errors.As(err, &d)
}

func TestTelegramSend(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv := telegramtest.New(t)
	tg := newTestTelegram(t, srv)

	for _, chat := range []string{"-1001234567890", "12345", "@agro_channel"} {
		if err := tg.Send(ctx, chat, "<b>ok</b> &amp; fine"); err != nil {
			t.Errorf("Send to %s: %v", chat, err)
		}
	}
	msgs := srv.Messages()
	if len(msgs) != 3 {
		t.Fatalf("got %d messages, want 3", len(msgs))
	}
	for i, want := range []string{"-1001234567890", "12345", "@agro_channel"} {
		m := msgs[i]
		if m.Chat != want || m.ParseMode != "HTML" || !m.DisableWebPagePreview || m.Text != "<b>ok</b> &amp; fine" {
			t.Errorf("message %d = %+v", i, m)
		}
	}

	// The fake parses HTML as Telegram does: broken markup comes back as a ParseError.
	var pe *ParseError
	if err := tg.Send(ctx, "1", "<script>x</script>"); !errors.As(err, &pe) {
		t.Errorf("broken HTML: err = %v, want ParseError", err)
	}
	var perm *PermanentError
	if err := tg.Send(ctx, "1", strings.Repeat("x", 4097)); !errors.As(err, &perm) {
		t.Errorf("long message: err = %v, want PermanentError", err)
	}
	if err := tg.Send(ctx, "not-a-chat", "x"); !errors.As(err, &perm) || !perm.ChatGone {
		t.Errorf("invalid chat: err = %v, want PermanentError{ChatGone}", err)
	}

	done, cancelDone := context.WithCancel(ctx)
	cancelDone()
	before := srv.Calls("sendMessage")
	if err := tg.Send(done, "1", "x"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v, want context.Canceled", err)
	}
	if srv.Calls("sendMessage") != before {
		t.Error("a request went out with a cancelled context")
	}
}

func TestTelegramSendAbortsOnCancel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	hang := make(chan struct{})
	srv := telegramtest.New(t)
	// A proxy in front of the fake that never answers sendMessage.
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/sendMessage") {
			select {
			case <-hang:
			case <-r.Context().Done():
			}
			return
		}
		resp, err := http.Post(srv.URL()+r.URL.Path, r.Header.Get("Content-Type"), r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.WriteHeader(resp.StatusCode)
		_, _ = io.Copy(w, resp.Body)
	}))
	defer proxy.Close()
	defer close(hang)

	tg, err := NewTelegram(srv.Token(), proxy.URL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	sendCtx, stop := context.WithTimeout(ctx, 100*time.Millisecond)
	defer stop()
	start := time.Now()
	err = tg.Send(sendCtx, "1", "x")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Send returned after %s, want about 100ms", d)
	}
	if strings.Contains(err.Error(), srv.Token()) {
		t.Errorf("the error shows the token: %v", err)
	}
}
