package main

import (
	"context"
	"log/slog"
	"net"
	"time"

	"agrowatch/web"
)

// serveWeb starts the archive's pages when web.listen is set, and returns where they listen (nil when
// off). They are on by default, so a port already taken must not stop the daemon: it is said, and the
// daemon polls and delivers without pages.
func serveWeb(ctx context.Context, a *app, log *slog.Logger) net.Addr {
	c := a.cfg.Web
	if c.Listen == "" {
		return nil
	}
	// The sources page follows a reload; the address and the password take a restart, as the metrics' do.
	sources := func() []web.Source {
		cfg := a.cfg
		if a.live != nil {
			if cur := a.live.current.Load(); cur != nil {
				cfg = cur
			}
		}
		var out []web.Source
		for _, s := range cfg.Sources {
			out = append(out, web.Source{Name: s.Name, Kind: kindOf(s), Disabled: s.Disabled})
		}
		return out
	}
	h, err := web.New(web.Options{Store: a.db, Sources: sources, Auth: web.Auth{User: c.Auth.User, Hash: c.Auth.Password},
		Logger: log, Now: time.Now})
	if err != nil {
		// Most likely web.auth: serving without the protection asked for is not an option.
		log.Error("web pages off", slog.Any("err", err))
		return nil
	}
	if !web.Loopback(c.Listen) && c.Auth.User == "" {
		log.Warn("web pages listen beyond this machine without web.auth: put them behind a reverse proxy that authenticates, or set web.auth",
			slog.String("addr", c.Listen))
	}
	_, addr, err := web.Serve(ctx, c.Listen, h, log)
	if err != nil {
		log.Warn("web pages off: the daemon goes on without them", slog.Any("err", err))
		return nil
	}
	return addr
}
