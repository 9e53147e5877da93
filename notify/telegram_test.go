package notify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
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
		name     string
		token    string
		apiURL   string
		wantErr  string
		rejected bool // the error wraps ErrTokenRejected
	}{
		{"ok", srv.Token(), srv.URL(), "", false},
		{"ok with trailing slash", srv.Token(), srv.URL() + "/", "", false},
		{"wrong token", "123:wrong-secret-token", srv.URL(), "rejected the bot token (getMe: 401 Unauthorized); " + tokenHint, true},
		{"unreachable", "123:unreachable-secret-token", dead.URL, "cannot use the Telegram Bot API", false},
		{"bad URL", "123:badurl-secret-token", dead.URL + "/\x7f", "cannot use the Telegram Bot API", false},
		{"no token", "", srv.URL(), "no Telegram bot token", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg, err := NewTelegram(tt.token, tt.apiURL, nil, nil)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if name, _ := tg.Username(context.Background()); name != telegramtest.BotUsername {
					t.Errorf("Username = %q, want %q", name, telegramtest.BotUsername)
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
			if got := errors.Is(err, ErrTokenRejected); got != tt.rejected {
				t.Errorf("errors.Is(err, ErrTokenRejected) = %v, want %v", got, tt.rejected)
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

// proxy puts a server in front of the fake that forwards every request, except that it never answers
// one whose path hang matches (until the client gives up or the test ends).
func proxy(t *testing.T, srv *telegramtest.Server, hang func(path string) bool) *httptest.Server {
	t.Helper()
	stop := make(chan struct{})
	p := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hang != nil && hang(r.URL.Path) {
			select {
			case <-stop:
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
		w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
		w.WriteHeader(resp.StatusCode)
		_, _ = io.Copy(w, resp.Body)
	}))
	t.Cleanup(func() {
		close(stop)
		p.Close()
	})
	return p
}

func hangOn(suffix string) func(string) bool {
	return func(path string) bool { return strings.HasSuffix(path, suffix) }
}

func TestTelegramSendAbortsOnCancel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv := telegramtest.New(t)
	p := proxy(t, srv, hangOn("/sendMessage"))

	tg, err := NewTelegram(srv.Token(), p.URL, nil, nil)
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
	// Not aborted, the request would run into the client's 30s timeout: a bound far above 100ms
	// still tells the two apart on a loaded machine.
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Send returned after %s, want about 100ms", d)
	}
	if strings.Contains(err.Error(), srv.Token()) {
		t.Errorf("the error shows the token: %v", err)
	}
}

// Scrubbing the token must keep the cause reachable: the sender and the command branch on it.
func TestTelegramErrorsKeepCause(t *testing.T) {
	srv := telegramtest.New(t)
	token := srv.Token()

	t.Run("expired context", func(t *testing.T) {
		tg := newTestTelegram(t, srv)
		ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
		defer cancel()
		err := tg.Send(ctx, "1", "x")
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v, want context.DeadlineExceeded", err)
		}
		if err != nil && strings.Contains(err.Error(), token) {
			t.Errorf("the error shows the token: %v", err)
		}
	})

	t.Run("client timeout", func(t *testing.T) {
		p := proxy(t, srv, hangOn("/sendMessage"))
		tg, err := NewTelegram(token, p.URL, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Only sendMessage runs under the short timeout: getMe on a loaded machine may take longer.
		tg.client = &http.Client{Timeout: 200 * time.Millisecond}
		err = tg.Send(context.Background(), "1", "x")
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v, want context.DeadlineExceeded", err)
		}
		checkURLError(t, err, token)
		if isTyped(err) {
			t.Errorf("err = %v, want a temporary (untyped) error", err)
		}
	})

	t.Run("connection refused", func(t *testing.T) {
		p := proxy(t, srv, nil)
		tg, err := NewTelegram(token, p.URL, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		p.Close()
		err = tg.Send(context.Background(), "1", "x")
		var oe *net.OpError
		if !errors.As(err, &oe) {
			t.Errorf("err = %v, want a *net.OpError in the chain", err)
		}
		checkURLError(t, err, token)
	})

	t.Run("token in the text", func(t *testing.T) {
		tg := &Telegram{token: token}
		for _, cause := range []error{
			&url.Error{Op: "Post", URL: "https://api.telegram.org/bot" + token + "/sendMessage", Err: context.Canceled},
			fmt.Errorf("odd failure near %s: %w", token, context.Canceled),
		} {
			err := fmt.Errorf("notify: send to 1: %w", tg.redact(cause))
			if !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
			if strings.Contains(err.Error(), token) || !strings.Contains(err.Error(), "<token>") {
				t.Errorf("err = %q, want the token replaced by <token>", err)
			}
		}
	})
}

// checkURLError checks that err reaches a *url.Error and that neither err nor that *url.Error shows
// the token.
func checkURLError(t *testing.T, err error, token string) {
	t.Helper()
	if err == nil {
		t.Fatal("err = nil")
	}
	if strings.Contains(err.Error(), token) {
		t.Errorf("the error shows the token: %v", err)
	}
	var ue *url.Error
	if !errors.As(err, &ue) {
		t.Fatalf("err = %v, want a *url.Error in the chain", err)
	}
	if strings.Contains(ue.URL, token) || strings.Contains(ue.Error(), token) {
		t.Errorf("the *url.Error shows the token: %v", ue)
	}
}

func TestTelegramSendTokenRevoked(t *testing.T) {
	ctx := testContext(t)
	srv := telegramtest.New(t)
	tg := newTestTelegram(t, srv)
	srv.FailNext(1, 401, "Unauthorized", nil)
	err := tg.Send(ctx, "1", "x")
	if !errors.Is(err, ErrTokenRejected) {
		t.Errorf("err = %v, want ErrTokenRejected", err)
	}
	if isTyped(err) {
		t.Errorf("err = %v, want a temporary (untyped) error: no message is at fault", err)
	}
	if err != nil && (!strings.HasPrefix(err.Error(), "notify: send to 1: telegram 401") || !strings.Contains(err.Error(), tokenHint)) {
		t.Errorf("err = %q", err)
	}
}
