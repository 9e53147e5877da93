package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// DefaultAPIURL is the Telegram Bot API base URL used when none is configured.
const DefaultAPIURL = "https://api.telegram.org"

// DefaultTimeout bounds every Bot API request when the caller's http.Client has no timeout of its own.
const DefaultTimeout = 30 * time.Second

// Messenger sends one HTML message to one chat. The errors it returns say what to do next:
// *RetryAfterError, *MigratedError, *ParseError and *PermanentError; any other error is temporary.
type Messenger interface {
	Send(ctx context.Context, chat string, html string) error
}

// RetryAfterError is Telegram's flood control (429): nothing may be sent to the chat for After.
type RetryAfterError struct {
	After time.Duration
	Err   error
}

func (e *RetryAfterError) Error() string {
	return fmt.Sprintf("%v (retry after %s)", e.Err, e.After)
}

func (e *RetryAfterError) Unwrap() error { return e.Err }

// MigratedError says that a group became a supergroup: resend to NewChat and use it from now on.
type MigratedError struct {
	NewChat string
	Err     error
}

func (e *MigratedError) Error() string {
	return fmt.Sprintf("%v (migrated to %s)", e.Err, e.NewChat)
}

func (e *MigratedError) Unwrap() error { return e.Err }

// ParseError says that Telegram could not parse the HTML of a message; the same text as plain text
// will go through.
type ParseError struct{ Err error }

func (e *ParseError) Error() string { return e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

// PermanentError says that the message can never be sent as it is. ChatGone is set when the chat
// itself is unreachable (bot blocked or kicked, chat not found): every message to it will fail.
type PermanentError struct {
	ChatGone bool
	Err      error
}

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Telegram is a Messenger over the Telegram Bot API (github.com/go-telegram-bot-api/telegram-bot-api/v5).
type Telegram struct {
	bot    *tgbotapi.BotAPI
	client *http.Client
	token  string
	logger *slog.Logger
}

// ErrTokenRejected is wrapped by the errors of NewTelegram, LazyTelegram and Send when Telegram
// answers 401 or 404: the bot token is wrong or revoked, which no retry will fix. Telegram being
// unreachable or failing (network errors, 5xx) gives other errors.
var ErrTokenRejected = errors.New("notify: Telegram rejected the bot token")

// tokenError is ErrTokenRejected for errors.Is without repeating its text.
type tokenError struct{ error }

func (e tokenError) Is(target error) bool { return target == ErrTokenRejected }
func (e tokenError) Unwrap() error        { return e.error }

// tokenHint tells the operator where the token comes from.
const tokenHint = "check telegram.token or AGROWATCH_TELEGRAM_TOKEN"

// NewTelegram connects to the Bot API at apiURL (DefaultAPIURL when empty) and checks the token with
// getMe. client may be nil; a client without a timeout gets DefaultTimeout, because tgbotapi has no
// context of its own and getMe here runs under that timeout alone. When Telegram rejects the token the
// error wraps ErrTokenRejected. The token never appears in errors or logs.
func NewTelegram(token, apiURL string, client *http.Client, logger *slog.Logger) (*Telegram, error) {
	return connect(context.Background(), token, apiURL, client, logger)
}

// connect is NewTelegram with a context for getMe, so that LazyTelegram's first Send can be cancelled.
func connect(ctx context.Context, token, apiURL string, client *http.Client, logger *slog.Logger) (*Telegram, error) {
	if token == "" {
		return nil, errors.New("notify: no Telegram bot token")
	}
	if apiURL == "" {
		apiURL = DefaultAPIURL
	}
	apiURL = strings.TrimRight(apiURL, "/")
	if client == nil {
		client = &http.Client{Timeout: DefaultTimeout}
	} else if client.Timeout == 0 {
		c := *client
		c.Timeout = DefaultTimeout
		client = &c
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	t := &Telegram{client: client, token: token, logger: logger}

	// tgbotapi formats the endpoint with (token, method): escape any % of the base URL itself.
	endpoint := strings.ReplaceAll(apiURL, "%", "%%") + "/bot%s/%s"
	bot, err := tgbotapi.NewBotAPIWithClient(token, endpoint, ctxClient{ctx: ctx, client: client})
	if err != nil {
		var te *tgbotapi.Error
		if errors.As(err, &te) && (te.Code == http.StatusUnauthorized || te.Code == http.StatusNotFound) {
			return nil, tokenError{fmt.Errorf("notify: Telegram rejected the bot token (getMe: %d %w); %s", te.Code, te, tokenHint)}
		}
		return nil, fmt.Errorf("notify: cannot use the Telegram Bot API at %s (getMe): %w", apiURL, t.redact(err))
	}
	bot.Client = client // Send attaches its own context to a copy
	t.bot = bot
	logger.Info("telegram bot ready", slog.String("username", bot.Self.UserName), slog.Int64("bot_id", bot.Self.ID))
	return t, nil
}

// Username is the bot's username as getMe reported it.
func (t *Telegram) Username(context.Context) (string, error) { return t.bot.Self.UserName, nil }

// Send sends html to chat, a numeric chat id ("-1001234567890") or a channel username ("@channel"),
// in HTML parse mode without link previews. ctx is checked before the request and attached to it, so
// cancelling ctx aborts a request in flight.
func (t *Telegram) Send(ctx context.Context, chat string, html string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("notify: send to %s: %w", chat, err)
	}
	msg := tgbotapi.MessageConfig{Text: html, ParseMode: tgbotapi.ModeHTML, DisableWebPagePreview: true}
	if id, err := strconv.ParseInt(chat, 10, 64); err == nil && id != 0 {
		msg.ChatID = id
	} else if len(chat) > 1 && strings.HasPrefix(chat, "@") {
		msg.ChannelUsername = chat
	} else {
		return &PermanentError{ChatGone: true, Err: fmt.Errorf("notify: invalid chat id %q", chat)}
	}

	// A shallow copy per call carries this call's context; the shared BotAPI is never written to.
	bot := *t.bot
	bot.Client = ctxClient{ctx: ctx, client: t.client}
	// Request, not Send: once Telegram says ok the message is accepted, whatever its result decodes to.
	if _, err := bot.Request(msg); err != nil {
		return t.classify(ctx, "send to "+chat, err)
	}
	return nil
}

// classify maps a Bot API failure to the error type the sender branches on.
func (t *Telegram) classify(ctx context.Context, what string, err error) error {
	var te *tgbotapi.Error
	if !errors.As(err, &te) {
		if ctx.Err() != nil {
			return fmt.Errorf("notify: %s: %w", what, ctx.Err())
		}
		return fmt.Errorf("notify: %s: %w", what, t.redact(err))
	}
	wrapped := fmt.Errorf("notify: %s: telegram %d: %w", what, te.Code, te)
	desc := strings.ToLower(te.Message)
	switch {
	case te.Code == http.StatusTooManyRequests || te.RetryAfter > 0:
		after := time.Duration(te.RetryAfter) * time.Second
		if after <= 0 {
			after = 5 * time.Second
		}
		return &RetryAfterError{After: after, Err: wrapped}
	case te.MigrateToChatID != 0:
		return &MigratedError{NewChat: strconv.FormatInt(te.MigrateToChatID, 10), Err: wrapped}
	case te.Code == http.StatusForbidden:
		return &PermanentError{ChatGone: true, Err: wrapped}
	case te.Code == http.StatusBadRequest && strings.Contains(desc, "chat not found"):
		return &PermanentError{ChatGone: true, Err: wrapped}
	case te.Code == http.StatusBadRequest && strings.Contains(desc, "can't parse entities"):
		return &ParseError{Err: wrapped}
	case te.Code == http.StatusUnauthorized || te.Code == http.StatusNotFound:
		// The token was revoked or the endpoint is wrong: no message is at fault, so keep them all.
		return tokenError{fmt.Errorf("%w; %s", wrapped, tokenHint)}
	case te.Code >= 400 && te.Code < 500:
		return &PermanentError{Err: wrapped}
	default:
		return wrapped
	}
}

// redact keeps the token out of an error's text while keeping the error chain, so that errors.Is
// (context.DeadlineExceeded, context.Canceled) and errors.As (*net.OpError, *url.Error) still match.
func (t *Telegram) redact(err error) error {
	if err == nil || t.token == "" {
		return err
	}
	// net/http puts the request URL, and with it the token, into *url.Error: whoever unwraps to it
	// gets a copy whose URL is scrubbed too.
	if ue, ok := err.(*url.Error); ok {
		c := *ue
		c.URL = strings.ReplaceAll(ue.URL, t.token, redactedToken)
		err = &c
	}
	return &redactedError{err: err, token: t.token}
}

// redactedToken stands for the bot token in error texts.
const redactedToken = "<token>"

// redactedError is an error whose text never shows the bot token; Unwrap gives the cause.
type redactedError struct {
	err   error
	token string
}

func (e *redactedError) Error() string {
	return strings.ReplaceAll(e.err.Error(), e.token, redactedToken)
}

func (e *redactedError) Unwrap() error { return e.err }

// ctxClient attaches a context to the requests tgbotapi makes, which it builds without one.
type ctxClient struct {
	ctx    context.Context
	client *http.Client
}

func (c ctxClient) Do(req *http.Request) (*http.Response, error) {
	return c.client.Do(req.WithContext(c.ctx))
}
