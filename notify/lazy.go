package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// connectRetry is how long a LazyTelegram waits after a failed getMe before it asks again. Sends in
// between fail at once, without a request, so that an outage costs one request per window rather than
// one per queued delivery.
const connectRetry = 30 * time.Second

// LazyTelegram is a Messenger that connects to the Bot API on first use instead of at start-up:
// Telegram being down when agrowatch starts delays alerts, which wait in the outbox, but does not stop
// the crawl. Until getMe succeeds, Send returns temporary errors (never a *PermanentError, even when
// the token is rejected, so no alert is dropped for it). Its methods are safe for concurrent use.
type LazyTelegram struct {
	token, apiURL string
	client        *http.Client
	log           *slog.Logger
	now           func() time.Time
	retry         time.Duration

	tg   atomic.Pointer[Telegram]
	sem  chan struct{} // one getMe at a time, waited for with a context; guards next and err
	next time.Time     // no getMe before this
	err  error         // why the last getMe failed
}

// NewLazyTelegram returns a LazyTelegram for NewTelegram's arguments. It makes no request.
func NewLazyTelegram(token, apiURL string, client *http.Client, logger *slog.Logger) *LazyTelegram {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &LazyTelegram{
		token: token, apiURL: apiURL, client: client, log: logger,
		now: time.Now, retry: connectRetry,
		sem: make(chan struct{}, 1),
	}
}

// Connect checks the token with getMe unless that already succeeded. It returns nil once connected,
// an error wrapping ErrTokenRejected when Telegram rejected the token, and another error when Telegram
// could not be reached or failed. Within connectRetry of a failed getMe it returns that failure again
// without a request. A command can call it at start-up to refuse a bad token and start anyway when
// Telegram is unreachable.
func (l *LazyTelegram) Connect(ctx context.Context) error {
	_, err := l.connected(ctx)
	return err
}

// Send connects if needed, then sends as Telegram.Send does.
func (l *LazyTelegram) Send(ctx context.Context, chat string, html string) error {
	tg, err := l.connected(ctx)
	if err != nil {
		return err
	}
	return tg.Send(ctx, chat, html)
}

func (l *LazyTelegram) connected(ctx context.Context) (*Telegram, error) {
	if tg := l.tg.Load(); tg != nil {
		return tg, nil
	}
	select {
	case l.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("notify: connect to Telegram: %w", ctx.Err())
	}
	defer func() { <-l.sem }()
	if tg := l.tg.Load(); tg != nil {
		return tg, nil // connected while this call waited
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("notify: connect to Telegram: %w", err)
	}
	now := l.now()
	if l.err != nil && now.Before(l.next) {
		return nil, fmt.Errorf("notify: Telegram not connected, next attempt in %s: %w",
			l.next.Sub(now).Round(time.Second), l.err)
	}

	tg, err := connect(ctx, l.token, l.apiURL, l.client, l.log)
	if err == nil {
		if l.err != nil {
			l.log.Info("notify: connected to Telegram; queued alerts go out now")
		}
		l.err = nil
		l.tg.Store(tg)
		return tg, nil
	}
	if ctx.Err() != nil {
		// The caller gave up, which says nothing about Telegram: the next call tries at once.
		return nil, err
	}
	l.err, l.next = err, now.Add(l.retry)
	if errors.Is(err, ErrTokenRejected) {
		l.log.Error("notify: Telegram rejected the bot token; alerts stay queued until it is fixed",
			slog.Any("err", err), slog.Duration("next_attempt_in", l.retry))
	} else {
		l.log.Warn("notify: Telegram unreachable; alerts stay queued",
			slog.Any("err", err), slog.Duration("next_attempt_in", l.retry))
	}
	return nil, err
}

// SendReply connects if needed, then sends as Telegram.SendReply does.
func (l *LazyTelegram) SendReply(ctx context.Context, chat, html string, kb Keyboard) error {
	tg, err := l.connected(ctx)
	if err != nil {
		return err
	}
	return tg.SendReply(ctx, chat, html, kb)
}

// Edit connects if needed, then edits as Telegram.Edit does.
func (l *LazyTelegram) Edit(ctx context.Context, chat string, messageID int, html string, kb Keyboard) error {
	tg, err := l.connected(ctx)
	if err != nil {
		return err
	}
	return tg.Edit(ctx, chat, messageID, html, kb)
}

// AnswerCallback connects if needed, then answers as Telegram.AnswerCallback does.
func (l *LazyTelegram) AnswerCallback(ctx context.Context, id, text string) error {
	tg, err := l.connected(ctx)
	if err != nil {
		return err
	}
	return tg.AnswerCallback(ctx, id, text)
}

// SetCommands connects if needed, then registers as Telegram.SetCommands does.
func (l *LazyTelegram) SetCommands(ctx context.Context, lang string, cmds []Command) error {
	tg, err := l.connected(ctx)
	if err != nil {
		return err
	}
	return tg.SetCommands(ctx, lang, cmds)
}

// ChatMember connects if needed, then asks as Telegram.ChatMember does.
func (l *LazyTelegram) ChatMember(ctx context.Context, chat string, user int64) (string, error) {
	tg, err := l.connected(ctx)
	if err != nil {
		return "", err
	}
	return tg.ChatMember(ctx, chat, user)
}

// ChatID connects if needed, then asks as Telegram.ChatID does.
func (l *LazyTelegram) ChatID(ctx context.Context, chat string) (string, error) {
	tg, err := l.connected(ctx)
	if err != nil {
		return "", err
	}
	return tg.ChatID(ctx, chat)
}

// BotID connects if needed and returns the bot's user id.
func (l *LazyTelegram) BotID(ctx context.Context) (int64, error) {
	tg, err := l.connected(ctx)
	if err != nil {
		return 0, err
	}
	return tg.BotID(ctx)
}

// Updates connects if needed, then long-polls as Telegram.Updates does.
func (l *LazyTelegram) Updates(ctx context.Context, offset int, timeout time.Duration) ([]tgbotapi.Update, error) {
	tg, err := l.connected(ctx)
	if err != nil {
		return nil, err
	}
	return tg.Updates(ctx, offset, timeout)
}

// Username connects if needed and returns the bot's username.
func (l *LazyTelegram) Username(ctx context.Context) (string, error) {
	tg, err := l.connected(ctx)
	if err != nil {
		return "", err
	}
	return tg.Username(ctx)
}

// DeleteWebhook connects if needed, then removes the webhook as Telegram.DeleteWebhook does.
func (l *LazyTelegram) DeleteWebhook(ctx context.Context) error {
	tg, err := l.connected(ctx)
	if err != nil {
		return err
	}
	return tg.DeleteWebhook(ctx)
}
