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
	var sources []web.Source
	for _, s := range a.cfg.Sources {
		sources = append(sources, web.Source{Name: s.Name, Kind: kindOf(s), Disabled: s.Disabled})
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
