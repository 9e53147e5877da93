package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"agrowatch"
)

func decodeMentions(t *testing.T, out string) []agrowatch.Mention {
	t.Helper()
	var ms []agrowatch.Mention
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var m agrowatch.Mention
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q is not a JSON mention: %v", line, err)
		}
		ms = append(ms, m)
	}
	return ms
}

func TestScanTextJSON(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "scan", "-json", "testdata/scan/grain.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ms := decodeMentions(t, out)
	var found bool
	for _, m := range ms {
		if m.Kind == agrowatch.KindExportVolume && m.Tonnes == 1_400_000 && m.From == "KZ" && m.To == "CN" && m.Lang == "ru" && !m.Forecast {
			found = true
		}
		if m.Sentence == "" {
			t.Errorf("mention without its sentence: %+v", m)
		}
	}
	if !found {
		t.Errorf("no export_volume of 1,400,000 t KZ→CN in:\n%s", out)
	}
	if !strings.Contains(out, `"forecast":false`) {
		t.Errorf("export_volume lines must carry forecast:false:\n%s", out)
	}
}

// An HTML page is read by its main content: the sidebar's headlines and the footer's phone number give
// nothing, the article's inspection does.
func TestScanHTMLMainContentOnly(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "scan", "-json", "testdata/scan/page.html")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ms := decodeMentions(t, out)
	var inspection bool
	for _, m := range ms {
		if m.Kind == agrowatch.KindInspection && m.By == "CN" && m.Status == agrowatch.StatusDone {
			inspection = true
		}
		for _, bad := range []string{"свинины", "500 вагонов", "Телефон"} {
			if strings.Contains(m.Sentence, bad) {
				t.Errorf("mention from page chrome (%q): %+v", bad, m)
			}
		}
	}
	if !inspection {
		t.Errorf("no inspection done by CN in:\n%s", out)
	}
}

func TestScanStdinAndURL(t *testing.T) {
	page, err := os.ReadFile("testdata/scan/page.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	code, fromURL, errs := runCLI(t, ctx, "scan", "-json", srv.URL+"/novosti/zhivotnovodstvo/1-inspekciya")
	if code != 0 {
		t.Fatalf("URL: exit %d: %s", code, errs)
	}
	var stdout, stderr strings.Builder
	code = cli(ctx, []string{"scan", "-json", "-"}, strings.NewReader(string(page)), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("stdin: exit %d: %s", code, stderr.String())
	}
	if fromURL == "" || fromURL != stdout.String() {
		t.Errorf("URL and stdin disagree:\n%s\n---\n%s", fromURL, stdout.String())
	}
}

func TestScanHumanOutput(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "scan", "-lang", "ru", "testdata/scan/grain.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "export_volume [ru]") || !strings.Contains(out, "tonnes=1400000") || !strings.Contains(out, "«За январь-октябрь") {
		t.Errorf("human output lacks the facts or the sentence:\n%s", out)
	}
}

func TestScanBadInput(t *testing.T) {
	latin1 := filepath.Join(t.TempDir(), "latin1.txt")
	if err := os.WriteFile(latin1, []byte("Exporte nach China: 1000 t \xe9t\xe9\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"bad lang", []string{"scan", "-lang", "de", "x.txt"}, 2, `-lang "de": want ru, kk, en or zh`},
		{"no input", []string{"scan"}, 2, "give one FILE, URL or -"},
		{"missing file", []string{"scan", "testdata/scan/nope.txt"}, 1, "nope.txt"},
		{"not utf-8", []string{"scan", latin1}, 1, "not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, context.Background(), tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.want)
			}
		})
	}
}
