package control

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServeAndGet(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	path := filepath.Join(t.TempDir(), "agrowatch.db.sock")
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/stats" {
			http.Error(w, "no such thing", http.StatusNotFound)
			return
		}
		io.WriteString(w, "since="+r.URL.Query().Get("since"))
	})
	log := slog.New(slog.DiscardHandler)
	if err := Serve(ctx, path, h, log); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 || fi.Mode()&os.ModeSocket == 0 {
		t.Fatalf("socket %v, mode %v; want a socket of mode 0600", err, fi.Mode())
	}
	body, err := Get(ctx, path, "/stats", url.Values{"since": {"2026-01-01"}})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(body)
	body.Close()
	if string(got) != "since=2026-01-01" {
		t.Errorf("answer %q", got)
	}
	if _, err := Get(ctx, path, "/nothing", nil); err == nil || !strings.Contains(err.Error(), "404") || !strings.Contains(err.Error(), "no such thing") {
		t.Errorf("a 404 gave %v", err)
	}
	// A second daemon on the same socket is refused while the first answers.
	if err := Serve(ctx, path, h, log); err == nil || !strings.Contains(err.Error(), "another agrowatch") {
		t.Errorf("a second Serve: %v", err)
	}
	cancel()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, err := Get(context.Background(), path, "/stats", nil); !errors.Is(err, ErrNoDaemon) {
		t.Errorf("after the stop: %v, want ErrNoDaemon", err)
	}
}

// TestStaleSocketReplaced: the socket a killed daemon left behind is taken over; a file that is not a
// socket is left alone, with an error naming it.
func TestStaleSocketReplaced(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.sock")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	l.(*net.UnixListener).SetUnlinkOnClose(false)
	l.Close() // the socket file stays, nobody answers: a daemon killed with -9
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := Serve(ctx, path, http.NotFoundHandler(), slog.New(slog.DiscardHandler)); err != nil {
		t.Fatalf("a stale socket was not replaced: %v", err)
	}
	plain := filepath.Join(dir, "plain")
	if err := os.WriteFile(plain, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Serve(ctx, plain, http.NotFoundHandler(), slog.New(slog.DiscardHandler)); err == nil || !strings.Contains(err.Error(), "not a socket") {
		t.Errorf("a plain file: %v", err)
	}
	if b, _ := os.ReadFile(plain); string(b) != "x" {
		t.Error("the plain file was touched")
	}
}
