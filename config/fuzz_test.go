package config

import (
	"strings"
	"testing"
)

// FuzzParse: any bytes give a configuration or an error naming the file, never a panic.
func FuzzParse(f *testing.F) {
	f.Add(Default)
	f.Add([]byte("sources:\n  - name: a\n    preset: eldala\n    interval: 1s\n"))
	f.Add([]byte("http:\n  max_body: 5MiB\n  timeout: -1s\n"))
	f.Add([]byte("telegram: [\n"))
	f.Add([]byte("\x00\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
		c, err := Parse("fuzz.yml", b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if c.HTTP.Timeout <= 0 || c.Alerts.MaxAge <= 0 || c.HTTP.Parallelism < 1 {
			t.Fatalf("a configuration that passed validation has %+v", c)
		}
		for _, s := range c.Sources {
			if s.Name == "" || s.Interval <= 0 {
				t.Fatalf("a source that passed validation: %+v", s)
			}
		}
	})
}
