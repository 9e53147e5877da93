package web

import (
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var shots = flag.String("shots", "", "also save the facts and tonnes screenshots into this folder (the README's docs/)")

// TestBrowser drives headless Chromium through the pages as a journalist would: the facts page, the
// filter form filled and submitted, the rows checked, a ban's story followed; a screenshot of each page
// goes to the test's artifact folder (go test -artifacts keeps it).
func TestBrowser(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no Chromium on PATH (install chromium to run the browser test)")
	}
	srv := httptest.NewServer(newServer(t, fillStore(t)))
	defer srv.Close()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a bound for a stuck browser, not a measure
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	out := t.ArtifactDir()
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			png, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(out, name), png, 0o644); err != nil {
				return err
			}
			if *shots != "" && (name == "facts.png" || name == "tonnes.png") {
				return os.WriteFile(filepath.Join(*shots, "web-"+name), png, 0o644)
			}
			return nil
		})
	}
	texts := func(css string) []string {
		t.Helper()
		got, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(`+"`"+css+"`"+`)].map(e => e.textContent.trim())`))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}

	if err := chromedp.Do(bctx,
		chromedp.Navigate(srv.URL+"/facts?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`form.filter`)),
		shot("facts.png"),
	); err != nil {
		t.Fatal(err)
	}
	if rows := texts(`table.facts tbody tr`); len(rows) != 22 {
		t.Errorf("the facts page shows %d rows, want every one of the 22 mentions", len(rows))
	}

	// The form: bans on beef concerning China, since 2025, submitted with its button as a person would.
	if err := chromedp.Do(bctx,
		chromedp.SetValue(chromedp.ID("kind"), "meat_ban"),
		chromedp.SetValue(chromedp.ID("commodity"), "beef"),
		chromedp.SetValue(chromedp.ID("country"), "CN"),
		chromedp.SetValue(chromedp.ID("since"), "2025-01-01"),
		chromedp.Click(chromedp.CSS(`form.filter button[type=submit]`)),
	); err != nil {
		t.Fatal(err)
	}
	// A query made on the page being left can wait forever for a node the navigation removed: the new
	// page is waited for by its URL first, then queried.
	arrive(t, bctx, "kind=meat_ban")
	if err := chromedp.Do(bctx,
		chromedp.WaitVisible(chromedp.CSS(`table.facts`)),
		shot("facts-filtered.png"),
	); err != nil {
		t.Fatal(err)
	}
	location, err := chromedp.Run(bctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"kind=meat_ban", "commodity=beef", "country=CN", "since=2025-01-01", "lang=en"} {
		if !strings.Contains(location, want) {
			t.Errorf("the query is not in the URL: %s lacks %s", location, want)
		}
	}
	wantFacts := []string{"China lifts its ban on beef from Kazakhstan", "China lifts its ban on beef from Kazakhstan",
		"China may lift its ban on beef from Kazakhstan", "China bans imports of beef from Kazakhstan (foot-and-mouth disease)"}
	if facts := texts(`table.facts tbody .fact-text`); strings.Join(facts, "|") != strings.Join(wantFacts, "|") {
		t.Errorf("filtered rows:\n got %q\nwant %q", facts, wantFacts)
	}
	if kinds := texts(`table.facts tbody .kind`); len(kinds) != 4 || strings.Trim(strings.Join(kinds, ""), "ban") != "" {
		t.Errorf("kinds of the filtered rows: %q", kinds)
	}

	// Follow the ban's story from the first row.
	if err := chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(`table.facts tbody tr:first-child a.story`)),
	); err != nil {
		t.Fatal(err)
	}
	arrive(t, bctx, "/story")
	if err := chromedp.Do(bctx,
		chromedp.WaitVisible(chromedp.CSS(`ol.timeline`)),
		shot("story.png"),
	); err != nil {
		t.Fatal(err)
	}
	if title := texts(`h1`); len(title) != 1 || title[0] != "China: beef from Kazakhstan" {
		t.Errorf("story title %q", title)
	}
	if turns := texts(`ol.timeline li .status`); strings.Join(turns, " → ") != "imposed → lifting pending → lifted" {
		t.Errorf("the story's turns: %q", turns)
	}
	if err := chromedp.Do(bctx,
		chromedp.Navigate(srv.URL+"/tonnes?lang=en"),
		chromedp.WaitVisible(chromedp.CSS(`figure.chart svg`)),
		shot("tonnes.png"),
		chromedp.Navigate(srv.URL+"/sources?lang=ru"),
		chromedp.WaitVisible(chromedp.CSS(`table.sources`)),
		shot("sources.png"),
	); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", out)
}

// arrive waits until the browser's page is one whose URL holds want: the page a click navigated to.
func arrive(t *testing.T, bctx context.Context, want string) {
	t.Helper()
	for {
		loc, err := chromedp.Run(bctx, chromedp.Location())
		if err == nil && strings.Contains(loc, want) {
			return
		}
		if bctx.Err() != nil {
			t.Fatalf("the browser never reached a page with %q in its URL (last %q, %v)", want, loc, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
