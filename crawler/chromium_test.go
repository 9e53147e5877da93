package crawler

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"agrowatch/config"
)

// govkzChromiumForTest finds a browser the way CI provides one, or skips.
func govkzChromiumForTest(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	t.Skip("no Chromium on this machine (CI installs Debian's chromium)")
	return ""
}

// govkzTokenPage is a stand-in for the ministry's news page: its script computes the two headers, first
// makes an API call without them (which must not be taken), then, after the load event, the real call.
const govkzTokenPage = `<!doctype html>
<html><head><meta charset="utf-8"><title>Новости</title></head>
<body><div id="app">loading…</div>
<script>
  const hash = ['a', 'g', 'r', 'o'].map(c => c.charCodeAt(0).toString(16)).join('') + '-' + (6 * 7);
  const token = btoa('moa:' + new URLSearchParams(location.search).get('lang')).replace(/=+$/, '');
  fetch('/api/v1/public/content-manager/news/count?projects=eq:moa').catch(() => {});
  window.addEventListener('load', () => setTimeout(() => {
    fetch('/api/v1/public/content-manager/news?sort-by=created_date:DESC&projects=eq:moa&page=1&size=10', {
      headers: {hash: hash, token: token, 'Accept': 'application/json'},
    }).then(r => r.json()).then(items => {
      document.getElementById('app').textContent = items.length + ' news';
    });
  }, 50));
</script>
</body></html>`

const (
	govkzPageHash  = "6167726f-42" // hex of "agro", then 6*7
	govkzPageToken = "bW9hOnJ1"    // base64("moa:ru") without padding
)

func TestGovKZChromiumCapture(t *testing.T) {
	chromium := govkzChromiumForTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()

	var mu sync.Mutex
	var refused int
	mux := http.NewServeMux()
	mux.HandleFunc("/memleket/entities/moa/press/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(govkzTokenPage))
	})
	mux.HandleFunc("/memleket/entities/quiet/press/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<!doctype html><p>no script here</p>`))
	})
	mux.HandleFunc(govkzAPIPath+"/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/count") {
			_, _ = w.Write([]byte(`3`))
			return
		}
		if r.Header.Get("hash") != govkzPageHash || r.Header.Get("token") != govkzPageToken {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		id := strings.TrimPrefix(r.URL.Path, govkzAPIPath+"/")
		http.ServeFile(w, r, filepath.Join("testdata", "govkz", "article_"+filepath.Base(id)+".json"))
	})
	mux.HandleFunc(govkzAPIPath, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.Header.Get("hash") != govkzPageHash || r.Header.Get("token") != govkzPageToken {
			refused++
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		http.ServeFile(w, r, filepath.Join("testdata", "govkz", "list_array.json"))
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()

	logger := slog.New(slog.NewTextHandler(govkzTestWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	t.Run("direct", func(t *testing.T) {
		ct := &chromiumTokens{path: chromium, lookPath: exec.LookPath, timeout: 30 * time.Second, log: logger}
		hash, token, err := ct.Tokens(ctx, ts.URL+"/memleket/entities/moa/press/news?lang=ru")
		if err != nil {
			t.Fatal(err)
		}
		if hash != govkzPageHash || token != govkzPageToken {
			t.Errorf("captured hash=%q token=%q, want %q %q", hash, token, govkzPageHash, govkzPageToken)
		}
	})

	t.Run("poll", func(t *testing.T) {
		s, err := newGovKZ(config.Source{Name: "govkz-chromium", URL: ts.URL}, config.HTTP{MaxBody: 1 << 20},
			Deps{Client: ts.Client(), Logger: logger, Now: func() time.Time { return testNow }, ChromiumPath: chromium})
		if err != nil {
			t.Fatal(err)
		}
		got, rep, err := govkzCollect(ctx, s, newMemState())
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 3 || rep.Articles != 3 || len(rep.Notes) != 0 {
			t.Errorf("got %d articles, report %+v", len(got), rep)
		}
		if hash, token := s.(*govKZ).cachedTokens(); hash != govkzPageHash || token != govkzPageToken {
			t.Errorf("cached hash=%q token=%q, want %q %q", hash, token, govkzPageHash, govkzPageToken)
		}
	})

	t.Run("no API call", func(t *testing.T) {
		ct := &chromiumTokens{path: chromium, lookPath: exec.LookPath, timeout: 3 * time.Second, log: logger}
		start := time.Now()
		_, _, err := ct.Tokens(ctx, ts.URL+"/memleket/entities/quiet/press/news?lang=ru")
		if err == nil || !strings.Contains(err.Error(), "no API request with hash and token headers") {
			t.Fatalf("err = %v, want a timeout naming the missing API request", err)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("took %s with a 3 s capture timeout", d)
		}
	})

	mu.Lock()
	defer mu.Unlock()
	// The capture ends when the browser sends its request, so whether the server saw the browser's
	// call is a race; the captured values, which only the page's script computes, are the proof.
	if refused < 1 {
		t.Errorf("the plain client was refused %d times, want at least once before the capture", refused)
	}
}

// govkzTestWriter sends log lines to the test's log.
type govkzTestWriter struct{ t *testing.T }

func (w govkzTestWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
