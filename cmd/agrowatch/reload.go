package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/crawler"
	"agrowatch/watch"
)

// live is what a reload (SIGHUP) may change while the daemon runs: the sources, their politeness, the
// HTTP client's settings, the chats and the alerting rules. The store, the metrics address and the
// Telegram token stay as they were at start: changing those takes a restart, and a reload says so.
type live struct {
	mu      sync.Mutex // one reload at a time
	path    string     // the file given with -config, "" for the built-in one
	cfg     *config.Config
	client  *http.Client
	built   map[string]builtSource // by source name
	sup     *watch.Supervisor
	hasChat bool                          // a Telegram token is set: alerts go to telegram.chats, not to standard output
	current atomic.Pointer[config.Config] // cfg, for readers outside a reload
}

// builtSource is a crawler source with the configuration it was built from.
type builtSource struct {
	spec string
	src  crawler.Source
}

// specOf is what tells a changed source from an unchanged one: every key written for it. The line it
// stands on is left out, so that a source moved in the file is the same source.
func specOf(sc config.Source) string {
	sc.Line = 0
	b, err := json.Marshal(sc)
	if err != nil {
		return fmt.Sprint(sc)
	}
	return string(b)
}

// admins are the chats admin alerts go to: telegram.admins of the running configuration, when a
// token is set.
func (l *live) admins() []string {
	// Not under mu: a reload waits, under mu, for the polls it stops, whose alarms land here.
	if !l.hasChat {
		return nil
	}
	return adminChats(l.current.Load())
}

// buildSources builds the enabled sources of cfg on client, reusing from old those whose spec did not
// change (their cookies, tokens and robots caches stay), and gives each host the politeness its sources
// ask for.
func buildSources(cfg *config.Config, client *http.Client, old map[string]builtSource, log *slog.Logger, fetched func(source, result string)) ([]watch.Source, map[string]builtSource, error) {
	deps := crawler.Deps{Client: client, Logger: log, Now: time.Now, Fetched: fetched}
	built := map[string]builtSource{}
	var ws []watch.Source
	for _, sc := range cfg.Sources {
		if sc.Disabled {
			continue
		}
		spec := specOf(sc)
		b, ok := old[sc.Name]
		if !ok || b.spec != spec {
			src, err := crawler.New(sc, cfg.HTTP, deps)
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d: source %q: %w", cfg.File, sc.Line, sc.Name, err)
			}
			b = builtSource{spec: spec, src: src}
		}
		built[sc.Name] = b
		ws = append(ws, watch.Source{Source: b.src, Interval: sc.Interval.D(), Lang: sc.Lang, Spec: spec})
	}
	crawler.HostsOf(client).Configure(cfg.Sources)
	return ws, built, nil
}

// destinationsFor is where alerts go when no subscription routes them: telegram.chats when a token is
// set, else standard output.
func destinationsFor(cfg *config.Config, hasToken bool) []string {
	if hasToken && len(cfg.Telegram.Chats) > 0 {
		return cfg.Telegram.Chats
	}
	return []string{agrowatch.Console}
}

// reload reads the configuration again and applies it. A configuration that does not validate, or
// whose sources cannot be built, is refused whole: the running one stays.
func (a *app) reload(log *slog.Logger) error {
	l := a.live
	l.mu.Lock()
	defer l.mu.Unlock()
	cfg, err := config.Load(l.path)
	if err != nil {
		return err
	}
	for _, k := range []struct {
		key      string
		old, new any
	}{
		{"store", l.cfg.Store, cfg.Store},
		{"metrics.listen", l.cfg.Metrics.Listen, cfg.Metrics.Listen},
		{"telegram.token", l.cfg.Telegram.Token, cfg.Telegram.Token},
		{"telegram.api_url", l.cfg.Telegram.APIURL, cfg.Telegram.APIURL},
	} {
		if !reflect.DeepEqual(k.old, k.new) {
			log.Warn("reload: this key takes effect at the next restart", slog.String("key", k.key))
		}
	}
	client, old := l.client, l.built
	if cfg.HTTP != l.cfg.HTTP {
		// The client's defaults (user agent, timeout, delay) are fixed when it is made: every source is
		// rebuilt on a new one. Unchanged sources still keep their schedule.
		client, old = crawler.NewClient(cfg.HTTP, log), nil
	}
	ws, built, err := buildSources(cfg, client, old, log, a.flow.Fetch)
	if err != nil {
		return err
	}
	w := *l.sup.Watcher()
	w.Sources = ws
	w.Destinations = destinationsFor(cfg, l.hasChat)
	w.MaxAge = cfg.Alerts.MaxAge.D()
	w.Window = cfg.Dedup.Window.D()
	w.Reread = cfg.Dedup.Reread.D()
	w.FollowUps = cfg.Dedup.AlsoReported == "message"
	ch := l.sup.Set(&w, ws)
	if a.memoryLimit != nil && cfg.Runtime != l.cfg.Runtime {
		log.Info("reload: memory limit", slog.String("memory_limit", limitText(a.memoryLimit(cfg.Runtime))))
	}
	l.cfg, l.client, l.built = cfg, client, built
	l.current.Store(cfg)
	log.Info("configuration reloaded", slog.String("file", cfg.File), slog.Any("added", ch.Added), slog.Any("removed", ch.Removed),
		slog.Any("changed", ch.Changed), slog.Int("unchanged", len(ch.Kept)))
	if err := cfg.NothingToPoll(); err != nil {
		log.Warn("only alerts already in the outbox will be delivered", slog.Any("err", err))
	}
	return nil
}

// reloadOnHUP reloads the configuration on every signal from hup until ctx ends.
func (a *app) reloadOnHUP(ctx context.Context, hup <-chan os.Signal, log *slog.Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			log.Info("SIGHUP: reloading the configuration")
			if err := a.reload(log); err != nil {
				log.Error("reload refused: the running configuration stays", slog.Any("err", err))
			}
		}
	}
}
