package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The token appears in no output of a daemon whose sites and Telegram both fail: not in errors that
// quote a Bot API URL, not in the log, not on standard output.
func TestTokenInNoOutput(t *testing.T) {
	const token = "123456789:AAHsecretsecretsecretsecretsecret"
	fail := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down for maintenance: "+r.URL.String(), http.StatusInternalServerError)
	}))
	defer fail.Close()
	dir := t.TempDir()
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", token)
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	cfg := filepath.Join(dir, "config.yaml")
	body := fmt.Sprintf("store:\n  path: %s\nhttp:\n  delay: 1ms\n  timeout: 2s\ntelegram:\n  api_url: %s\n  chats: [\"-100777\"]\n  admins: [42]\nsources:\n  - name: broken\n    type: feed\n    url: %s/rss\n    interval: 1h\n",
		filepath.Join(dir, "agrowatch.db"), fail.URL, fail.URL)
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	log, stop := daemon(t, "-config", cfg, "-log-level", "debug")
	eventually(t, log, "a failed poll", func() bool { return strings.Contains(log.String(), "poll failed") })
	stop()
	if strings.Contains(log.String(), token) || strings.Contains(log.String(), "AAHsecret") {
		t.Errorf("the token is in the log:\n%s", log.String())
	}
	for _, args := range [][]string{{"config", "check", "-config", cfg}, {"run", "-once", "-config", cfg}} {
		_, out, errs := runCLI(t, t.Context(), args...)
		if strings.Contains(out+errs, "AAHsecret") {
			t.Errorf("%v prints the token:\n%s%s", args, out, errs)
		}
	}
}
