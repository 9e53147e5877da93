package notify

import (
	"fmt"
	"io"

	"agrowatch"
)

// consoleRule separates alerts on the console.
const consoleRule = "────────────────────────────────────────────────────────────"

// consoleText is one alert for a person reading a terminal: a rule, then the plain rendering. Scraped
// strings were stripped of control characters by the renderer, so no escape sequence from a news site
// reaches the terminal.
func consoleText(a agrowatch.Alert, lang string) string {
	return consoleRule + "\n" + RenderPlain(a, lang) + "\n\n"
}

// writeConsole prints alerts' consoleText in one write.
func writeConsole(w io.Writer, text string) error {
	if _, err := io.WriteString(w, text); err != nil {
		return fmt.Errorf("notify: write to console: %w", err)
	}
	return nil
}
