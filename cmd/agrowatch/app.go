package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"agrowatch/bot"
	"agrowatch/config"
	"agrowatch/crawler"
	"agrowatch/extract"
	"agrowatch/metrics"
	"agrowatch/notify"
	"agrowatch/store"
	"agrowatch/watch"
)

// app is agrowatch wired together from a configuration.
type app struct {
	cfg     *config.Config
	log     *slog.Logger
	db      *store.DB
	sources map[string]crawler.Source
	watcher *watch.Watcher
	sender  *notify.Sender
	bot     *bot.Bot      // nil without a token
	live    *live         // what a reload changes (reload.go)
	flow    *metrics.Flow // counters of /metrics
	// abandoned says that shutdown stopped waiting for goroutines that may still use the database.
	abandoned bool
	// memoryLimit applies runtime.memory_limit (run sets it; a reload calls it with the new value).
	memoryLimit func(config.Runtime) int64
}

// open reads the configuration and wires everything; on failure it prints why and returns the exit code.
func open(ctx context.Context, e env, cfgPath string, log *slog.Logger) (*app, int) {
	cfg, err := config.Load(cfgPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return nil, exitUsage
	}
	a, err := build(ctx, cfg, log, e)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return nil, exitFailed
	}
	return a, exitOK
}

func build(ctx context.Context, cfg *config.Config, log *slog.Logger, e env) (*app, error) {
	db, err := store.Open(cfg.Store.Path, store.Options{Timeout: time.Second})
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			return nil, fmt.Errorf("%w (is another agrowatch running with this store.path?)", err)
		}
		return nil, err
	}
	a := &app{cfg: cfg, log: log, db: db, sources: map[string]crawler.Source{}, flow: metrics.NewFlow()}
	client := crawler.NewClient(cfg.HTTP, log)
	ws, built, err := buildSources(cfg, client, nil, log, a.flow.Fetch)
	if err != nil {
		db.Close()
		return nil, err
	}
	for name, b := range built {
		a.sources[name] = b.src
	}
	a.live = &live{cfg: cfg, client: client, built: built, hasChat: cfg.Telegram.Token != ""}
	a.live.current.Store(cfg)

	var messenger notify.Messenger
	var tgBot *notify.LazyTelegram
	if tok := cfg.Telegram.Token; tok != "" {
		// Telegram being down must not stop the crawling: alerts wait in the outbox. A token Telegram
		// rejects is a mistake in the configuration, said at once.
		tg := notify.NewLazyTelegram(tok, cfg.Telegram.APIURL, &http.Client{Timeout: 30 * time.Second}, log)
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := tg.Connect(cctx)
		cancel()
		switch {
		case errors.Is(err, notify.ErrTokenRejected):
			db.Close()
			return nil, err
		case err != nil:
			log.Warn("telegram unreachable: alerts wait in the outbox until it answers", slog.Any("err", err))
		}
		// Subscribers and telegram.chats get the alerts, routed by the bot's directory when queued.
		messenger, tgBot = tg, tg
	}
	var dir *bot.Directory
	hooks := &botHooks{}
	if tgBot != nil {
		if dir, err = bot.NewDirectory(db, configuredChats(cfg.Telegram)); err != nil {
			db.Close()
			return nil, err
		}
	}
	a.sender = notify.NewSender(notify.SenderConfig{
		Outbox:      countedOutbox{db, a.flow},
		Messenger:   messenger,
		Console:     e.stdout,
		Clock:       time.Now,
		Logger:      log,
		Lang:        dirLang(dir),
		ChatGone:    hooks.chatGone,
		Moved:       hooks.moved,
		RateLimited: a.flow.RateLimited,
	})
	a.watcher = &watch.Watcher{
		Store:        db,
		Extractor:    extract.NewEventual(), // compiled while the first pages are fetched
		Sources:      ws,
		Destinations: destinationsFor(cfg, a.live.hasChat),
		MaxAge:       cfg.Alerts.MaxAge.D(),
		Window:       cfg.Dedup.Window.D(),
		Reread:       cfg.Dedup.Reread.D(),
		FollowUps:    cfg.Dedup.AlsoReported == "message",
		Now:          time.Now,
		Logger:       log,
		Queued:       a.sender.Notify,
	}
	if dir != nil {
		a.watcher.Route = reloadingRoute(dir, a.live.current.Load)
		a.bot = newBot(cfg, a.live.current.Load, db, tgBot, dir, a.sender, log)
		hooks.b = a.bot
	}
	a.live.sup = watch.NewSupervisor(a.watcher)
	return a, nil
}

func (a *app) close() {
	if a.abandoned {
		return
	}
	if err := a.db.Close(); err != nil {
		a.log.Error("closing the store", slog.Any("err", err))
	}
}
