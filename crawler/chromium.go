package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdpnet "github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// tokenSource obtains the `hash` and `token` request headers that gov.kz's own JavaScript computes for its
// API calls. The page at pageURL makes such a call when it loads.
type tokenSource interface {
	Tokens(ctx context.Context, pageURL string) (hash, token string, err error)
}

// errNoChromium says that no headless browser is installed, so tokens cannot be captured.
var errNoChromium = errors.New("no Chromium on this machine (install Debian's chromium or set its path)")

// chromiumCaptureTimeout bounds one capture: starting the browser, loading the page, seeing its API call.
const chromiumCaptureTimeout = 30 * time.Second

// chromiumTokens captures the tokens by loading the page in a fresh headless Chromium and reading the
// headers of the page's own API request as the browser reports it (Network.requestWillBeSent).
type chromiumTokens struct {
	path     string                       // Deps.ChromiumPath; "" means look it up
	lookPath func(string) (string, error) // exec.LookPath; tests replace it
	timeout  time.Duration
	log      *slog.Logger
}

// find returns the browser to run: the configured path when it is there, else the first of Debian's,
// Ubuntu's, Google's and the headless-shell image's names on PATH.
func (c *chromiumTokens) find() (string, error) { return findChromium(c.path, c.lookPath, c.log) }

// findChromium is the browser lookup every use of Chromium shares (gov.kz tokens, cookie challenges).
func findChromium(path string, lookPath func(string) (string, error), log *slog.Logger) (string, error) {
	var tried []string
	if path != "" {
		if p, err := exec.LookPath(path); err == nil {
			return p, nil
		}
		tried = append(tried, path)
		log.Debug("configured Chromium not found; looking on PATH", slog.String("path", path))
	}
	if lookPath == nil {
		lookPath = exec.LookPath
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := lookPath(name); err == nil {
			return p, nil
		}
		tried = append(tried, name)
	}
	return "", fmt.Errorf("tried %s: %w", strings.Join(tried, ", "), errNoChromium)
}

// chromiumOptions are the flags of every headless browser agrowatch starts; userAgent "" keeps the
// browser's own.
func chromiumOptions(execPath, userAgent string) []chromedp.ExecAllocatorOption {
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(execPath),
		chromedp.Headless,
		chromedp.NoSandbox, // agrowatch often runs as root in a container, where the sandbox cannot start
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	if userAgent != "" {
		opts = append(opts, chromedp.UserAgent(userAgent))
	}
	return opts
}

// Tokens starts a browser, loads pageURL and waits for its first API request that carries both headers.
// The browser lives only for this call; chromedp gives it a fresh temporary --user-data-dir (no cookies
// or cache carried over) and removes it once the process has exited.
func (c *chromiumTokens) Tokens(ctx context.Context, pageURL string) (hash, token string, err error) {
	execPath, err := c.find()
	if err != nil {
		return "", "", err
	}
	timeout := c.timeout
	if timeout <= 0 {
		timeout = chromiumCaptureTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	opts := chromiumOptions(execPath, "")
	// The allocator's cancel waits for the browser process to exit and its profile to be removed.
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	// Close the browser gracefully first (bounded by the capture timeout); the cancels above then only
	// reap what is left.
	defer func() { _ = chromedp.Cancel(bctx) }()

	// Subscribe before navigating so that no request is missed. This also starts the browser and opens
	// the tab, with the network domain enabled.
	requests := chromedp.Events(bctx, cdpnet.RequestWillBeSent)

	// Page.navigate only, without waiting for the load event: the app calls its API from script, which
	// may run before or after load, and a page that never finishes loading must not hide the request.
	navigate := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		res, err := cdp.Call(ctx, t, cdppage.Navigate, cdppage.NavigateParams{URL: pageURL})
		if err != nil {
			return err
		}
		if res.ErrorText != "" {
			return errors.New(res.ErrorText)
		}
		return nil
	})
	if err := chromedp.Do(bctx, navigate); err != nil {
		if ctx.Err() != nil {
			// A slow machine can spend the whole capture starting the browser: say what was missed.
			return "", "", fmt.Errorf("chromium: no API request with hash and token headers from %s within %s (the page had not loaded): %w",
				pageURL, timeout, ctx.Err())
		}
		return "", "", fmt.Errorf("chromium %s: load %s: %w", execPath, pageURL, err)
	}
	seen := 0
	for ev, err := range requests {
		if err != nil {
			if ctx.Err() != nil {
				return "", "", fmt.Errorf("chromium: no API request with hash and token headers from %s within %s (%d API requests seen): %w",
					pageURL, timeout, seen, ctx.Err())
			}
			return "", "", fmt.Errorf("chromium: %w", err)
		}
		if ev.Request == nil || !strings.Contains(ev.Request.URL, govkzAPIPath) || ev.Request.Method == "OPTIONS" {
			continue
		}
		seen++
		hash, token = chromiumHeader(ev.Request.Headers, "hash"), chromiumHeader(ev.Request.Headers, "token")
		if hash != "" && token != "" {
			return hash, token, nil
		}
	}
	// The iterator ends with an error when the context ends; this is only reached if it ends otherwise.
	return "", "", fmt.Errorf("chromium: no API request with hash and token headers from %s", pageURL)
}

// chromiumHeader reads one request header, whatever its case: fetch() lower-cases names, XHR keeps them.
func chromiumHeader(h cdpnet.Headers, name string) string {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			if s, ok := v.(string); ok {
				return strings.TrimSpace(s)
			}
			return strings.TrimSpace(fmt.Sprint(v))
		}
	}
	return ""
}
