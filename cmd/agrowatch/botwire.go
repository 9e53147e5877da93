package main

import (
	"log/slog"
	"sync"

	"agrowatch"
	"agrowatch/bot"
	"agrowatch/config"
	"agrowatch/notify"
	"agrowatch/store"
)

// configuredChats are the chats of telegram.chats with their filters: every alert, in every country,
// unless telegram.filters narrows it.
func configuredChats(t config.Telegram) []bot.ConfiguredChat {
	var out []bot.ConfiguredChat
	for _, id := range t.Chats {
		f := t.Filters[id]
		c := bot.ConfiguredChat{ID: id, Lang: f.Lang, Filter: bot.Filter{Goods: f.Goods, Countries: bot.CountriesAll}}
		for _, k := range f.Kinds {
			c.Filter.Kinds = append(c.Filter.Kinds, agrowatch.Kind(k))
		}
		if f.Countries == "kzcn" {
			c.Filter.Countries = bot.CountriesKZCN
		}
		out = append(out, c)
	}
	return out
}

// botHooks lets the sender, built before the bot it answers for, tell the bot what Telegram said about
// chats.
type botHooks struct{ b *bot.Bot }

func (h *botHooks) chatGone(chat, reason string) {
	if h.b != nil {
		h.b.ChatGone(chat, reason)
	}
}

func (h *botHooks) moved(old, new string) {
	if h.b != nil {
		h.b.Moved(old, new)
	}
}

// newBot builds the Telegram bot over the running sender. Who may use it (telegram.admins, access,
// allow) is read from current, the configuration a reload last stored.
func newBot(cfg *config.Config, current func() *config.Config, db *store.DB, tg *notify.LazyTelegram, dir *bot.Directory, sender *notify.Sender, log *slog.Logger) *bot.Bot {
	if len(cfg.Telegram.Chats) == 0 {
		log.Info("telegram.chats is empty: alerts go to the bot's subscribers only")
	}
	var sources []bot.Source
	for _, s := range cfg.Sources {
		sources = append(sources, bot.Source{Name: s.Name, Kind: s.Kind(), URL: s.URL, Interval: s.Interval.D(), Disabled: s.Disabled})
	}
	return bot.New(bot.Config{
		API: tg, DB: db, Directory: dir, Replies: sender, Queued: sender.Notify,
		People: func() bot.People {
			t := current().Telegram
			return bot.People{Admins: t.Admins, Access: t.Access, Allow: t.Allow}
		},
		Location: cfg.Telegram.Location(), Sources: sources, MaxAge: cfg.Alerts.MaxAge.D(), Logger: log,
		AlsoReported: func() bool { return current().Dedup.AlsoReported == "digest" },
	})
}

// dirLang is the sender's chat languages: the directory's, or the default language without a bot.
func dirLang(dir *bot.Directory) func(string) string {
	if dir == nil {
		return nil
	}
	return dir.Lang
}

// reloadingRoute is the watcher's Route: the directory's, with the chats of telegram.chats and their
// filters taken again from the configuration a reload stored in current.
func reloadingRoute(dir *bot.Directory, current func() *config.Config) func(agrowatch.Alert) []string {
	var (
		mu   sync.Mutex
		last *config.Config
	)
	return func(a agrowatch.Alert) []string {
		mu.Lock()
		if cfg := current(); cfg != last {
			last = cfg
			dir.SetConfigured(configuredChats(cfg.Telegram))
		}
		mu.Unlock()
		return dir.Route(a)
	}
}
