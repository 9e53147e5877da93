// Package control is the daemon's local door: a Unix socket beside the database, mode 0600, through
// which `agrowatch export`, `db stats` and `sources` ask the running daemon, since bbolt's lock keeps any
// other process out of the file. Nothing listens on a network port.
package control

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"syscall"
	"time"
)

// SocketPath is where the control socket of the database at dbPath lives.
func SocketPath(dbPath string) string { return dbPath + ".sock" }

// ErrNoDaemon is returned by Get when no daemon answers on the socket.
var ErrNoDaemon = errors.New("control: no agrowatch daemon answers on the control socket")

// Serve answers h on a Unix socket at path until ctx ends. A socket left by a daemon that died is
// replaced; one a live daemon answers on is an error. The socket is made readable and writable by its
// owner alone.
func Serve(ctx context.Context, path string, h http.Handler, log *slog.Logger) error {
	if fi, err := os.Lstat(path); err == nil {
		if fi.Mode()&os.ModeSocket == 0 {
			return fmt.Errorf("control: %s exists and is not a socket", path)
		}
		if c, err := net.DialTimeout("unix", path, 200*time.Millisecond); err == nil {
			c.Close()
			return fmt.Errorf("control: another agrowatch answers on %s", path)
		}
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("control: remove stale socket: %w", err)
		}
	}
	// The umask makes the socket 0600 from its creation: a chmod afterwards would leave a moment in which
	// another local user could connect. It is the process's, so it is set back at once.
	old := syscall.Umask(0o177)
	l, err := net.Listen("unix", path)
	syscall.Umask(old)
	if err != nil {
		return fmt.Errorf("control: listen on %s: %w", path, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("control socket stopped", slog.String("socket", path), slog.Any("err", err))
		}
		_ = os.Remove(path)
	}()
	return nil
}

// Get asks the daemon behind the socket at path for endpoint ("/export", "/stats", "/sources") with the
// query v, and returns the answer's body, to be closed. An answer other than 200 is an error carrying
// the daemon's message.
func Get(ctx context.Context, path, endpoint string, v url.Values) (io.ReadCloser, error) {
	client := &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		},
	}}
	u := "http://agrowatch" + endpoint
	if len(v) > 0 {
		u += "?" + v.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("control: %w", err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w (%s): %v", ErrNoDaemon, path, err)
	}
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		resp.Body.Close()
		return nil, fmt.Errorf("control: the daemon answered %s: %s", resp.Status, string(msg))
	}
	return resp.Body, nil
}
