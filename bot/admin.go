package bot

import (
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"time"
)

// status tells agrowatch's admins every source's health, the outbox and the last alert. It names no
// subscriber: counts only.
func (b *Bot) status(chat, lang string) {
	var sb strings.Builder
	sb.WriteString("<b>agrowatch</b>\n")
	health, err := b.db.AllHealth()
	if err != nil {
		b.log.Error("bot: /status", slog.Any("err", err))
	}
	names := make([]string, 0, len(health))
	for n := range health {
		names = append(names, n)
	}
	sort.Strings(names)
	now := b.clock()
	for _, n := range names {
		h := health[n]
		state := "✅"
		switch {
		case h.Degraded != "":
			state = "⚠️"
		case h.Failures > 0:
			state = "❌"
		}
		line := fmt.Sprintf("%s <b>%s</b>: %d polls", state, escape(n), h.Polls)
		if !h.LastSuccess.IsZero() {
			line += ", ok " + ago(now.Sub(h.LastSuccess)) + " ago"
		}
		if h.Failures > 0 {
			line += fmt.Sprintf(", %d failures: %s", h.Failures, escape(clip(h.LastError, 120)))
		}
		if h.Degraded != "" {
			line += ", " + escape(clip(h.Degraded, 120))
		}
		sb.WriteString(line + "\n")
	}
	if len(names) == 0 {
		sb.WriteString("no source polled yet\n")
	}
	if st, err := b.db.Stats(); err == nil {
		fmt.Fprintf(&sb, "\nOutbox: %d queued, %d dropped or set aside; %d articles, %d alerts\n", st.Outbox, st.Dropped, st.Articles, st.Alerts)
	}
	sub, dig, gone := b.dir.counts()
	fmt.Fprintf(&sb, "Subscribers: %d (%d by digest), unreachable chats: %d\n", sub, dig, gone)
	if a, ok, err := b.db.LastAlert(); err == nil && ok {
		when := "date unknown"
		if !a.Published.IsZero() {
			when = a.Published.In(b.loc).Format("2006-01-02 15:04")
		}
		fmt.Fprintf(&sb, "Last alert: <a href=\"%s\">%s</a> (%s, %s)", escape(a.URL), escape(clip(a.Title, 200)), escape(a.Source), when)
	}
	b.replyLong(chat, strings.TrimRight(sb.String(), "\n"))
}

func (b *Bot) sources(chat, lang string) {
	var sb strings.Builder
	sb.WriteString("<b>Sources</b>\n")
	health, _ := b.db.AllHealth()
	for _, s := range b.cfg.Sources {
		state := "on"
		if s.Disabled {
			state = "off"
		}
		line := fmt.Sprintf("• <b>%s</b> (%s, every %s, %s)", escape(s.Name), escape(s.Kind), s.Interval, state)
		if h, ok := health[s.Name]; ok {
			line += fmt.Sprintf(": %d articles, last items %d", h.Articles, h.LastItems)
		}
		if s.URL != "" {
			line += "\n  " + escape(s.URL)
		}
		sb.WriteString(line + "\n")
	}
	if len(b.cfg.Sources) == 0 {
		sb.WriteString("none configured")
	}
	b.replyLong(chat, strings.TrimRight(sb.String(), "\n"))
}

func ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return d.Round(time.Second).String()
	case d < time.Hour:
		return d.Round(time.Minute).String()
	}
	return d.Round(time.Hour).String()
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
