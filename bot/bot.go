// Package bot is agrowatch's Telegram bot: a getUpdates loop under a context with the offset kept in
// the store, the commands and inline keyboards by which chats subscribe and choose what they get, the
// daily digests and the keyword watches. Settings go to the store and to the Directory, which routes
// each alert when it is queued; answers go through the sender, ahead of every alert.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"golang.org/x/time/rate"

	"agrowatch/notify"
	"agrowatch/store"
)

// API is the part of the Bot API the bot calls itself: notify.LazyTelegram.
type API interface {
	Updates(ctx context.Context, offset int, timeout time.Duration) ([]tgbotapi.Update, error)
	Edit(ctx context.Context, chat string, messageID int, html string, kb notify.Keyboard) error
	AnswerCallback(ctx context.Context, id, text string) error
	SetCommands(ctx context.Context, lang string, cmds []notify.Command) error
	ChatMember(ctx context.Context, chat string, user int64) (string, error)
	BotID(ctx context.Context) (int64, error)
	Username(ctx context.Context) (string, error)
	DeleteWebhook(ctx context.Context) error
}

// Replier sends the bot's answers: the sender, which puts them ahead of every alert.
type Replier interface {
	Reply(notify.Reply)
}

// Access says who may use the bot.
const (
	AccessOpen   = "open"   // anyone
	AccessAdmins = "admins" // telegram.admins only
	AccessList   = "list"   // telegram.admins and telegram.allow (user or chat ids)
)

// Source is what /sources says about one configured source.
type Source struct {
	Name, Kind, URL string
	Interval        time.Duration
	Disabled        bool
}

// Config holds what a Bot depends on.
type Config struct {
	API       API
	DB        *store.DB
	Directory *Directory
	Replies   Replier
	Queued    func() // wakes the sender after a keyword watch queued alerts; may be nil

	Admins []int64 // telegram.admins: user ids with /status and /sources, told when a chat is lost
	Access string  // AccessOpen (default), AccessAdmins or AccessList
	Allow  []int64 // with AccessList: user or chat ids
	// People, when set, gives Admins, Access and Allow as a reload last read them; it wins over the
	// fields.
	People   func() People
	Location *time.Location
	Sources  []Source
	MaxAge   time.Duration // keyword watches skip articles published longer ago; 0: 72 h
	// AlsoReported says whether each digest lists the articles of its day that told again a story or
	// facts already alerted, with the source that told them first (dedup.also_reported: digest). It is
	// asked at every digest, so that a reload applies; nil: never.
	AlsoReported func() bool

	Clock       func() time.Time                                 // default time.Now
	Sleep       func(ctx context.Context, d time.Duration) error // default a timer
	Logger      *slog.Logger
	PollTimeout time.Duration // getUpdates long poll; default 20 s (the client's timeout must be longer)
	Tick        time.Duration // how often digests and watches are looked at; default 1 min
}

// People is who may do what with the bot: telegram.admins, telegram.access and telegram.allow.
type People struct {
	Admins []int64
	Access string
	Allow  []int64
}

// people is the bot's People now.
func (b *Bot) people() People {
	p := People{Admins: b.cfg.Admins, Access: b.cfg.Access, Allow: b.cfg.Allow}
	if b.cfg.People != nil {
		p = b.cfg.People()
	}
	if p.Access == "" {
		p.Access = AccessOpen
	}
	return p
}

// Bot answers commands and runs digests and keyword watches.
type Bot struct {
	cfg   Config
	api   API
	db    *store.DB
	dir   *Directory
	out   Replier
	log   *slog.Logger
	clock func() time.Time
	loc   *time.Location

	mu        sync.Mutex
	limiters  map[int64]*rate.Limiter // commands per user
	warned    map[int64]time.Time     // users told to slow down or that the bot is private
	commands  bool                    // setMyCommands succeeded
	lastProbe time.Time
}

// New builds a Bot. It does nothing until Run.
func New(c Config) *Bot {
	b := &Bot{cfg: c, api: c.API, db: c.DB, dir: c.Directory, out: c.Replies, log: c.Logger, clock: c.Clock, loc: c.Location,
		limiters: map[int64]*rate.Limiter{}, warned: map[int64]time.Time{}}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	if b.clock == nil {
		b.clock = time.Now
	}
	if b.loc == nil {
		b.loc = time.UTC
	}
	if b.cfg.PollTimeout <= 0 {
		b.cfg.PollTimeout = 20 * time.Second
	}
	if b.cfg.Tick <= 0 {
		b.cfg.Tick = time.Minute
	}
	if b.cfg.MaxAge <= 0 {
		b.cfg.MaxAge = 72 * time.Hour
	}
	return b
}

// Run polls getUpdates until ctx ends and runs digests and keyword watches beside it. The update offset
// is stored before each update is handled, so that a restart never handles a command twice (a crash in
// between loses that one command instead). It returns nil when ctx ends; Telegram being unreachable is
// logged and waited out, never an error.
func (b *Bot) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		b.maintain(ctx)
	}()
	defer wg.Wait()
	backoff := time.Second
	for ctx.Err() == nil {
		err := b.Poll(ctx, b.cfg.PollTimeout)
		var se storeError
		switch {
		case err == nil:
			backoff = time.Second
		case ctx.Err() != nil:
			return nil
		case errors.As(err, &se):
			return err
		case webhookSet(err):
			// A webhook left by another program keeps getUpdates from working: long polling is what this
			// bot does, so the webhook goes (pending updates are kept).
			b.log.Warn("bot: a webhook was set; deleting it so that getUpdates works", slog.Any("err", err))
			if derr := b.api.DeleteWebhook(ctx); derr != nil {
				b.log.Warn("bot: cannot delete the webhook", slog.Any("err", derr))
				_ = b.sleep(ctx, backoff)
				backoff = min(backoff*2, time.Minute)
			}
		default:
			wait := backoff
			var ra *notify.RetryAfterError
			if errors.As(err, &ra) {
				wait = ra.After
			} else {
				backoff = min(backoff*2, time.Minute)
			}
			b.log.Warn("bot: getUpdates failed, will retry", slog.Duration("retry_in", wait), slog.Any("err", err))
			_ = b.sleep(ctx, wait)
		}
	}
	return nil
}

// webhookSet reports Telegram's 409 for getUpdates while a webhook is set.
func webhookSet(err error) bool {
	var te *tgbotapi.Error
	return errors.As(err, &te) && te.Code == 409 && strings.Contains(strings.ToLower(te.Message), "webhook")
}

// storeError marks a failure of the store, which stops Run, from Telegram's, which it waits out.
type storeError struct{ error }

func (e storeError) Unwrap() error { return e.error }

// Poll asks getUpdates once, waiting up to timeout for an update, and handles what it gets. The offset
// is stored before each update is handled.
func (b *Bot) Poll(ctx context.Context, timeout time.Duration) error {
	offset, err := b.db.UpdateOffset()
	if err != nil {
		return storeError{fmt.Errorf("bot: %w", err)}
	}
	ups, err := b.api.Updates(ctx, offset, timeout)
	if err != nil {
		return err
	}
	for _, u := range ups {
		if u.UpdateID < offset {
			continue
		}
		offset = u.UpdateID + 1
		if err := b.db.SetUpdateOffset(offset); err != nil {
			return storeError{fmt.Errorf("bot: %w", err)}
		}
		b.handle(ctx, u)
	}
	return nil
}

func (b *Bot) sleep(ctx context.Context, d time.Duration) error {
	if b.cfg.Sleep != nil {
		return b.cfg.Sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// handle handles one update; a panic in a handler is logged, never fatal.
func (b *Bot) handle(ctx context.Context, u tgbotapi.Update) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("bot: handler panicked", slog.Int("update", u.UpdateID), slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
		}
	}()
	switch {
	case u.Message != nil:
		b.onMessage(ctx, u.Message)
	case u.CallbackQuery != nil:
		b.onCallback(ctx, u.CallbackQuery)
	case u.MyChatMember != nil:
		b.onMembership(ctx, u.MyChatMember)
	}
}

func chatID(c *tgbotapi.Chat) string { return strconv.FormatInt(c.ID, 10) }

func isGroup(c *tgbotapi.Chat) bool { return c.Type == "group" || c.Type == "supergroup" }

func (b *Bot) isAdmin(user int64) bool { return slices.Contains(b.people().Admins, user) }

// allowed applies telegram.access.
func (b *Bot) allowed(user int64, chat int64) bool {
	p := b.people()
	switch p.Access {
	case AccessAdmins:
		return b.isAdmin(user)
	case AccessList:
		return slices.Contains(p.Admins, user) || slices.Contains(p.Allow, user) || slices.Contains(p.Allow, chat)
	}
	return true
}

// allow is the per-user command rate limit: a burst of 5, then one every 2 s.
func (b *Bot) allow(user int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	l, ok := b.limiters[user]
	if !ok {
		l = rate.NewLimiter(rate.Every(2*time.Second), 5)
		b.limiters[user] = l
	}
	return l.AllowN(b.clock(), 1)
}

// warnOnce reports whether a user should be told again (once a minute at most).
func (b *Bot) warnOnce(user int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.clock()
	if at, ok := b.warned[user]; ok && now.Sub(at) < time.Minute {
		return false
	}
	b.warned[user] = now
	return true
}

// langFor is the chat's language, else the user's Telegram language when it is one of ours.
func (b *Bot) langFor(chat string, userLang string) string {
	if c, ok := b.dir.Get(chat); ok && c.Lang != "" {
		return c.Lang
	}
	if l := strings.ToLower(userLang); len(l) >= 2 {
		switch l[:2] {
		case notify.LangRU, notify.LangKK, notify.LangEN:
			return l[:2]
		}
	}
	return notify.DefaultLang
}

func (b *Bot) reply(chat, html string, kb notify.Keyboard) {
	b.out.Reply(notify.Reply{Chat: chat, HTML: html, Keyboard: kb})
}

// replyLong sends a text that may exceed one message, cut at line boundaries.
func (b *Bot) replyLong(chat, html string) {
	for _, part := range notify.SplitHTML(html, notify.MaxMessageLen) {
		b.reply(chat, part, nil)
	}
}

// mayChange reports whether user may change chat's settings: anyone in a private chat, a group's
// administrators (asked of Telegram) and agrowatch's admins.
func (b *Bot) mayChange(ctx context.Context, c *tgbotapi.Chat, user int64) bool {
	if !isGroup(c) && c.Type != "channel" || b.isAdmin(user) {
		return true
	}
	status, err := b.api.ChatMember(ctx, chatID(c), user)
	if err != nil {
		b.log.Warn("bot: cannot ask whether the user administers the group", slog.String("chat", chatID(c)), slog.Any("err", err))
		return false
	}
	return status == "creator" || status == "administrator"
}

// update changes a chat's settings in the store and the directory.
func (b *Bot) update(chat string, change func(*store.Chat) bool) (store.Chat, error) {
	c, err := b.db.UpdateChat(chat, change)
	if err != nil {
		b.log.Error("bot: cannot store chat settings", slog.String("chat", chat), slog.Any("err", err))
		return c, err
	}
	b.dir.Put(c)
	return c, nil
}

// ChatGone is the sender's news that Telegram refused a chat for good: the directory leaves it out
// and the admins are told.
func (b *Bot) ChatGone(chat, reason string) {
	b.dir.SetUnreachable(chat, true)
	for _, a := range b.people().Admins {
		admin := strconv.FormatInt(a, 10)
		if admin == chat {
			continue
		}
		lang := b.langFor(admin, "")
		b.reply(admin, txtGoneNote.f(lang, escape(chat), escape(shortReason(reason))), nil)
	}
}

// Moved is the sender's news that a chat lives under a new id.
func (b *Bot) Moved(old, new string) { b.dir.Move(old, new) }

func shortReason(r string) string {
	if i := strings.LastIndex(r, "telegram "); i >= 0 {
		r = r[i:]
	}
	if len(r) > 120 {
		r = r[:120] + "…"
	}
	return r
}

// onMembership follows the bot's own membership: added to a group or channel again, a chat that was
// unreachable is reachable; removed or blocked, it is not.
func (b *Bot) onMembership(ctx context.Context, u *tgbotapi.ChatMemberUpdated) {
	chat := chatID(&u.Chat)
	switch u.NewChatMember.Status {
	case "member", "administrator", "creator":
		changed, err := b.db.SetReachable(chat, true, "")
		if err != nil {
			b.log.Error("bot: cannot record a chat reachable", slog.String("chat", chat), slog.Any("err", err))
			return
		}
		b.dir.SetUnreachable(chat, false)
		if changed {
			b.log.Info("bot: chat reachable again", slog.String("chat", chat))
			b.tellAdmins(txtBackNote, chat)
		}
	case "left", "kicked":
		changed, err := b.db.SetReachable(chat, false, "bot "+u.NewChatMember.Status)
		if err != nil {
			b.log.Error("bot: cannot record a chat unreachable", slog.String("chat", chat), slog.Any("err", err))
			return
		}
		b.dir.SetUnreachable(chat, true)
		if changed && b.dir.Configured(chat) {
			b.log.Error("bot: configured chat removed the bot; it gets nothing until it is reachable again", slog.String("chat", chat))
			b.tellAdmins(txtGoneNote, chat, "bot "+u.NewChatMember.Status)
		}
	}
}

func (b *Bot) tellAdmins(t text, args ...string) {
	for _, a := range b.people().Admins {
		admin := strconv.FormatInt(a, 10)
		vals := make([]any, len(args))
		for i, s := range args {
			vals[i] = escape(s)
		}
		b.reply(admin, t.f(b.langFor(admin, ""), vals...), nil)
	}
}

// RegisterCommands registers the command lists with setMyCommands in ru, kk and en (and ru for every
// other language). Admin commands are not listed: nobody else need know them.
func (b *Bot) RegisterCommands(ctx context.Context) error {
	for _, lang := range []string{"", notify.LangRU, notify.LangKK, notify.LangEN} {
		l := lang
		if l == "" {
			l = notify.DefaultLang
		}
		var cmds []notify.Command
		for _, c := range commands {
			if !c.admin {
				cmds = append(cmds, notify.Command{Name: c.name, Description: c.desc.in(l)})
			}
		}
		if err := b.api.SetCommands(ctx, lang, cmds); err != nil {
			return fmt.Errorf("bot: set commands (%q): %w", lang, err)
		}
	}
	return nil
}
