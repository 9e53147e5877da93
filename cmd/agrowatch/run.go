package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"agrowatch/config"
	"agrowatch/control"
	"agrowatch/metrics"
	"agrowatch/progress"
	"agrowatch/store"
	"agrowatch/watch"
)

// shutdownGrace bounds how long run waits for polls and the sender after a signal.
const shutdownGrace = 4 * time.Second

func runCmd(ctx context.Context, e env, args []string) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "configuration file (default: the built-in config.yaml)")
	once := fs.Bool("once", false, "poll every source once, deliver what is due, and exit")
	level := fs.String("log-level", "info", "debug, info, warn or error")
	format := fs.String("log-format", "text", "text, or json for journald and Loki")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	lvl, err := parseLevel(*level)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: -log-level: %v\n", err)
		return exitUsage
	}
	if e.jsonLog, err = parseFormat(*format); err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: -log-format: %v\n", err)
		return exitUsage
	}
	log := e.logger(lvl)
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	// SIGHUP (systemctl reload) is taken from the start: its default action would end the process.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	if *once {
		// Polling nothing once is a configuration that cannot do what was asked: said before the store
		// is created. The daemon goes on without sources: it delivers the outbox, and a reload may add some.
		if err := cfg.NothingToPoll(); err != nil {
			fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
			return exitUsage
		}
	}
	limit := memoryLimit(cfg.Runtime, os.Getenv, debug.SetMemoryLimit)
	if *once {
		onceGC(os.Getenv, debug.SetGCPercent)
	}
	a, err := build(ctx, cfg, log, e)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitFailed
	}
	defer a.close()
	a.live.path = *cfgPath
	a.memoryLimit = func(rt config.Runtime) int64 { return memoryLimit(rt, os.Getenv, debug.SetMemoryLimit) }

	if *once {
		return runOnce(ctx, e, a)
	}
	log.Info("agrowatch started", slog.String("config", cfg.File), slog.Int("sources", len(a.watcher.Sources)), slog.String("store", a.cfg.Store.Path),
		slog.Bool("telegram", a.cfg.Telegram.Token != ""), slog.String("memory_limit", limitText(limit)))
	flow := a.flow
	instrument(a.live.sup.Watcher(), flow)
	// A first poll of a big source reads for minutes: on a terminal, a line every few seconds says so.
	a.live.sup.Watcher().Read = progress.New(e.stderr, "articles read", progressEvery).Add
	alarm := newAlarm(a.db, a.live.admins, a.sender.Notify, cfg.Alerts.SourceDownAfter.D(), log)
	a.live.sup.Watcher().Health = alarm.Source
	a.live.sup.Watcher().Polled = releaseAfterPoll(a.db.ReleaseMapped, debug.FreeOSMemory, log)
	var polling, sending atomic.Bool // the loops /healthz vouches for
	problems := func() []string {
		var why []string
		if !polling.Load() {
			why = append(why, "poll loops not running")
		}
		if !sending.Load() {
			why = append(why, "send loop not running")
		}
		for _, name := range a.live.sup.Stuck(time.Now(), stuckAfter) {
			why = append(why, fmt.Sprintf("source %s: poll loop stuck (polling, or overdue, for more than %s)", name, stuckAfter))
		}
		return why
	}
	if addr := a.cfg.Metrics.Listen; addr != "" {
		if _, err := metrics.Serve(ctx, addr, metrics.Handler(a.db, metrics.Options{Flow: flow, Problems: problems}), log); err != nil {
			fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
			return exitFailed
		}
	}
	serveWeb(ctx, a, log) // the archive's pages, read-only (web.go)
	// export, db stats and sources ask the daemon here, since bbolt's lock keeps them out of the file.
	if err := control.Serve(ctx, control.SocketPath(a.cfg.Store.Path), controlHandler(a.db, log), log); err != nil {
		log.Warn("no control socket: export, db stats and sources cannot read the archive while this daemon runs", slog.Any("err", err))
	}
	if err := cfg.NothingToPoll(); err != nil {
		log.Warn("only alerts already in the outbox will be delivered", slog.Any("err", err))
	}
	// A sender that fails (the outbox cannot be read) stops the daemon: polling on while nothing is
	// delivered would be silence, and the service manager restarts a process that exits.
	ctx, stopAll := context.WithCancelCause(ctx)
	defer stopAll(nil)
	var wg sync.WaitGroup
	wg.Add(2)
	sending.Store(true)
	go func() {
		defer wg.Done()
		defer sending.Store(false)
		if err := a.sender.Run(ctx); err != nil {
			stopAll(err)
		}
	}()
	polling.Store(true)
	go func() { defer wg.Done(); defer polling.Store(false); a.live.sup.Run(ctx) }()
	wg.Add(2)
	go func() { defer wg.Done(); a.reloadOnHUP(ctx, hup, log) }()
	go func() { defer wg.Done(); watchOutbox(ctx, a.db, alarm, log) }()
	wg.Add(1)
	go func() { defer wg.Done(); a.retain(ctx, time.Now, time.After) }()
	if a.bot != nil {
		// The bot's commands, digests and keyword watches; a store it cannot write stops the daemon too.
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := a.bot.Run(ctx); err != nil {
				stopAll(err)
			}
		}()
	}
	<-ctx.Done()
	code := exitOK
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		log.Error("sender failed: stopping", slog.Any("err", cause))
		code = exitFailed
	} else {
		log.Info("stopping")
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(shutdownGrace):
		// Whatever is still running holds no alert that is not in the outbox: the store commits each
		// article and its alerts at once, and the sender removes an alert only after Telegram took it.
		log.Warn("shutdown: gave up waiting for work in flight")
		// That work may still write: the database is left to the process's exit, which releases it.
		a.abandoned = true
	}
	return code
}

// stuckAfter is how long a poll may run, or be overdue, before /healthz calls its loop stuck: far beyond
// a first poll of a big source at http.delay between pages.
const stuckAfter = 2 * time.Hour

// countedOutbox is the store as the sender's outbox, counting what becomes of deliveries.
type countedOutbox struct {
	*store.DB
	flow *metrics.Flow
}

func (o countedOutbox) Delivered(ids ...uint64) error {
	err := o.DB.Delivered(ids...)
	if err == nil {
		for range ids {
			o.flow.AlertSent()
		}
	}
	return err
}

func (o countedOutbox) Drop(id uint64, reason string) error {
	err := o.DB.Drop(id, reason)
	if err == nil {
		o.flow.AlertDropped()
	}
	return err
}

func (o countedOutbox) ChatGone(id uint64, chat, reason string) (bool, int, error) {
	active, n, err := o.DB.ChatGone(id, chat, reason)
	for range n {
		o.flow.AlertDropped()
	}
	return active, n, err
}

// instrument makes w report to flow: polls, extractions and queued alerts.
func instrument(w *watch.Watcher, flow *metrics.Flow) {
	w.Metrics = flow
	w.Extractor = watch.TimedExtractor(w.Extractor, flow, time.Now)
	queued := w.Queued
	w.Queued = func() {
		flow.AlertQueued()
		if queued != nil {
			queued()
		}
	}
}

// progressEvery is how often long work says how far it is, on a terminal.
const progressEvery = 5 * time.Second

func runOnce(ctx context.Context, e env, a *app) int {
	p := progress.New(e.stderr, "articles read", progressEvery)
	a.watcher.Read = p.Add
	defer p.Done()
	// Alerts go out while the sources are still read, as in the daemon: each one is on disk before it
	// is sent, and its delivery is recorded before the next, so the poll's CPU work and the sender's
	// fdatasyncs overlap instead of the whole outbox waiting for the last page. Flush then sends
	// what the last commits queued.
	sendCtx, stopSending := context.WithCancel(ctx)
	sent := make(chan error, 1)
	go func() { sent <- a.sender.Run(sendCtx) }()
	ok, errs := a.watcher.Once(ctx)
	stopSending()
	if err := <-sent; err != nil {
		a.log.Error("delivery stopped during the poll", slog.Any("err", err))
	}
	ferr := a.sender.Flush(ctx)
	if ferr != nil {
		a.log.Error("delivery incomplete: the rest stays in the outbox for the next run", slog.Any("err", ferr))
	}
	if ok == 0 {
		fmt.Fprintf(e.stderr, "agrowatch: every source failed: %v\n", errors.Join(errs...))
		return exitFailed
	}
	return exitOK
}
