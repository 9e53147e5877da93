package notify

import (
	"fmt"
	"io"

	"agrowatch"
)

// consoleRule separates alerts on the console.
const consoleRule = "────────────────────────────────────────────────────────────"

// writeConsole prints one alert for a person reading a terminal: a rule, then the plain rendering.
// Scraped strings were stripped of control characters by the renderer, so no escape sequence from a
// news site reaches the terminal.
func writeConsole(w io.Writer, a agrowatch.Alert, lang string) error {
	if _, err := io.WriteString(w, consoleRule+"\n"+RenderPlain(a, lang)+"\n\n"); err != nil {
		return fmt.Errorf("notify: write to console: %w", err)
	}
	return nil
}
