package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"agrowatch/notify/telegramtest"
)

// The daemon as an operator runs it: a real process, stopped by SIGTERM.
func TestSIGTERMStopsWithinFiveSeconds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "agrowatch")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	_, srv := newFakeElDala(t, seedArticles()...)
	tg := telegramtest.New(t)
	cfg := writeConfig(t, dir, srv.URL, tg.URL(), "-100777")

	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "run", "-config", cfg)
	cmd.Env = append(os.Environ(), "AGROWATCH_TELEGRAM_TOKEN="+tg.Token())
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for len(tg.Messages()) < 2 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := len(tg.Messages()); n != 2 {
		cmd.Process.Kill()
		cmd.Wait() // the log is complete, and no longer written, once the process is reaped
		t.Fatalf("daemon delivered %d messages, want 2\n%s", n, stderr.String())
	}
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	took := time.Since(start)
	if err != nil {
		t.Errorf("exit after SIGTERM: %v\n%s", err, stderr.String())
	}
	if took > 5*time.Second {
		t.Errorf("stopped %v after SIGTERM, want within 5 s", took)
	}
	if !strings.Contains(stderr.String(), "stopping") {
		t.Errorf("the log does not say it is stopping:\n%s", stderr.String())
	}
	t.Logf("stopped %v after SIGTERM", took.Round(time.Millisecond))
}
