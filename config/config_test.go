package config

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestInvalidConfigs(t *testing.T) {
	tests := []struct {
		file string
		want string // the whole error line, file and line included
	}{
		{"invalid-unknown-key.yml", `testdata/invalid-unknown-key.yml:6: sources[0].intervall: unknown key "intervall"`},
		{"invalid-duration.yml", `testdata/invalid-duration.yml:2: http.timeout: "20 seconds" is not a duration (write it like 90s, 15m or 72h)`},
		{"invalid-no-name.yml", `testdata/invalid-no-name.yml:2: sources[0].name: every source needs a name`},
		{"invalid-duplicate.yml", `testdata/invalid-duplicate.yml:4: sources[1].name: duplicate source name "one" (first at line 2)`},
		{"invalid-preset.yml", `testdata/invalid-preset.yml:2: sources[0].preset: unknown preset "eldalaa" (known: eldala, apk-news, govkz, eurasianet, gacc, kazinform, kazakh-zerno, agroinfo)`},
		{"invalid-link-pattern.yml", "testdata/invalid-link-pattern.yml:2: sources[0].link_pattern: not a regular expression: error parsing regexp: missing closing ): `/news/(\\d+`"},
		{"invalid-edition.yml", `testdata/invalid-edition.yml:2: sources[0].lang: "zh" is not an edition of kazinform (ru, kk, kk-latn)`},
		{"invalid-edition-url.yml", `testdata/invalid-edition-url.yml:2: sources[0].url: the kk edition of kazakh-zerno has no known address: give its url`},
		{"invalid-chat.yml", `testdata/invalid-chat.yml:4: telegram.chats[1]: "my group" is neither a numeric chat id nor an @channel name`},
		{"invalid-parallelism.yml", `testdata/invalid-parallelism.yml:3: http.parallelism: must be at least 1`},
		{"invalid-down-after.yml", `testdata/invalid-down-after.yml:3: alerts.source_down_after: must be a positive duration`},
		{"invalid-source-interval.yml", `testdata/invalid-source-interval.yml:2: sources[0].interval: must be a positive duration`},
		{"invalid-html-no-links.yml", `testdata/invalid-html-no-links.yml:2: sources[0].links: an html source needs links (a CSS selector) or link_pattern (a regular expression)`},
		{"invalid-url.yml", `testdata/invalid-url.yml:2: sources[0].url: "ftp://example.org/rss" is not an http(s) URL`},
		{"invalid-syntax.yml", `testdata/invalid-syntax.yml:1: yaml: did not find expected '-' indicator`},
		{"invalid-metrics.yml", `testdata/invalid-metrics.yml:2: metrics.listen: "9120" is not host:port (write it like 127.0.0.1:9120)`},
		{"invalid-size.yml", `testdata/invalid-size.yml:2: http.max_body: "lots" is not a size (write it like 5MiB or 512KiB)`},
		{"invalid-memory-limit.yml", `testdata/invalid-memory-limit.yml:2: runtime.memory_limit: "plenty" is not a size (write it like 32MiB, or off)`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Load(filepath.Join("testdata", tt.file))
			if err == nil {
				t.Fatal("Load succeeded; want an error")
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

func TestDefaultIsTheShippedFile(t *testing.T) {
	shipped, err := os.ReadFile("../config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shipped, Default) {
		t.Fatal("config/default.yaml differs from config.yaml: copy config.yaml to config/default.yaml")
	}
}

func TestDefaults(t *testing.T) {
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
	c, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Path != "agrowatch.db" || c.HTTP.Delay.D() != 2*time.Second || c.HTTP.Timeout.D() != 20*time.Second ||
		c.Alerts.MaxAge.D() != 72*time.Hour || c.HTTP.MaxBody != 5<<20 || c.HTTP.Parallelism != 1 || c.Telegram.Token != "" ||
		c.Runtime.MemoryLimit != DefaultMemoryLimit {
		t.Errorf("unexpected defaults: %+v", c)
	}
	var names []string
	for _, s := range c.Sources {
		names = append(names, s.Name+"="+s.Kind())
	}
	if got, want := strings.Join(names, " "), "eldala=eldala apk-news=apk-news moa=govkz mti=govkz eurasianet=eurasianet gacc=gacc kazinform-ru=kazinform kazinform-kk=kazinform kazakh-zerno=kazakh-zerno agroinfo=agroinfo"; got != want {
		t.Errorf("shipped sources %q, want %q", got, want)
	}
	// Only the presets the issue ships are read; the other declared ones wait, disabled.
	for _, s := range c.Sources {
		if off := s.Preset == "kazakh-zerno" || s.Preset == "agroinfo"; s.Disabled != off {
			t.Errorf("%s: disabled %v", s.Name, s.Disabled)
		}
		if s.Preset == "kazinform" && s.Lang != "ru" && s.Lang != "kk" {
			t.Errorf("%s: edition %q", s.Name, s.Lang)
		}
	}
}

func TestTokenFromEnvironment(t *testing.T) {
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "123:abc")
	c, err := Parse("t.yml", []byte("telegram:\n  token: from-file\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Telegram.Token != "123:abc" {
		t.Errorf("token %q, want the environment's", c.Telegram.Token)
	}
}

func TestSourceDefaultsAndLines(t *testing.T) {
	c, err := Parse("t.yml", []byte("sources:\n  - name: a\n    preset: eldala\n  - name: b\n    type: feed\n    url: http://127.0.0.1:8080/rss\n    interval: 1s\n    delay: 10ms\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Sources[0].Interval.D() != 15*time.Minute || c.Sources[1].Interval.D() != time.Second || c.Sources[1].Delay.D() != 10*time.Millisecond {
		t.Errorf("intervals: %+v", c.Sources)
	}
	if c.Sources[0].Line != 2 || c.Sources[1].Line != 4 {
		t.Errorf("lines %d, %d; want 2, 4", c.Sources[0].Line, c.Sources[1].Line)
	}
}

// Chat ids are often pasted as bare numbers; they are read as the ids they are.
func TestChatsAsNumbers(t *testing.T) {
	c, err := Parse("t.yml", []byte("telegram:\n  chats: [-1001234567890, \"@agro\", 12345]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.Telegram.Chats, " "); got != "-1001234567890 @agro 12345" {
		t.Errorf("chats %q", got)
	}
}

// The token a systemd unit hands over with LoadCredential= wins over the file and the environment:
// it is the one way that keeps it out of `systemctl show`.
func TestTokenFromCredentials(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "telegram-token"), []byte("456:cred\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CREDENTIALS_DIRECTORY", dir)
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "123:env")
	c, err := Parse("t.yml", []byte("telegram:\n  token: from-file\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Telegram.Token != "456:cred" {
		t.Errorf("token %q, want the credential's", c.Telegram.Token)
	}
	// A credentials directory without the token (another unit's credentials) leaves the token alone.
	t.Setenv("CREDENTIALS_DIRECTORY", t.TempDir())
	if c, err = Parse("t.yml", []byte("telegram:\n  token: from-file\n")); err != nil || c.Telegram.Token != "123:env" {
		t.Errorf("token %q, %v; want the environment's", c.Telegram.Token, err)
	}
}

func TestSourceDownAfterDefault(t *testing.T) {
	c, err := Parse("t.yml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Alerts.SourceDownAfter.D() != 6*time.Hour {
		t.Errorf("alerts.source_down_after %v, want 6h", c.Alerts.SourceDownAfter.D())
	}
}

func TestNothingToPoll(t *testing.T) {
	tests := []struct{ yml, want string }{
		{"sources:\n  - name: a\n    preset: eldala\n", ""},
		{"sources:\n  - name: a\n    preset: eldala\n    disabled: true\n  - name: b\n    preset: gacc\n    disabled: true\n",
			"t.yml:1: sources: every source is disabled (a, b): set disabled: false on one to poll it"},
		{"store:\n  path: x.db\n", "t.yml: sources: no source is configured: add one (agrowatch sources presets lists the shipped ones)"},
	}
	for _, tt := range tests {
		c, err := Parse("t.yml", []byte(tt.yml))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if err := c.NothingToPoll(); err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("NothingToPoll\n got: %s\nwant: %s", got, tt.want)
		}
	}
}

func TestMemoryLimitValues(t *testing.T) {
	tests := []struct {
		yaml string
		want SizeOrOff
	}{
		{"runtime:\n  memory_limit: 64MiB\n", 64 << 20},
		{"runtime:\n  memory_limit: off\n", 0},
		{"runtime: {}\n", DefaultMemoryLimit},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSpace(tt.yaml), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.yaml")
			if err := os.WriteFile(path, []byte(tt.yaml), 0o600); err != nil {
				t.Fatal(err)
			}
			c, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if c.Runtime.MemoryLimit != tt.want {
				t.Errorf("memory_limit %d, want %d", c.Runtime.MemoryLimit, tt.want)
			}
		})
	}
}
