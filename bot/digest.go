package bot

import (
	"context"
	"html"
	"log/slog"
	"slices"
	"strings"
	"time"

	"agrowatch"
	"agrowatch/notify"
	"agrowatch/store"
)

// maintain runs the periodic work beside the update loop: digests, keyword watches, registering the
// commands until it succeeds, and asking after configured chats that were unreachable.
func (b *Bot) maintain(ctx context.Context) {
	for ctx.Err() == nil {
		b.Tick(ctx)
		if b.sleep(ctx, b.cfg.Tick) != nil {
			return
		}
	}
}

// Tick does one round of the periodic work at the bot's clock: the digests due, the keyword watches
// over the articles read since the last round, the command registration if it has not succeeded, and
// an hourly question to Telegram about configured chats that were unreachable.
func (b *Bot) Tick(ctx context.Context) {
	b.mu.Lock()
	registered := b.commands
	b.mu.Unlock()
	if !registered {
		if err := b.RegisterCommands(ctx); err != nil {
			b.log.Warn("bot: cannot register the commands yet", slog.Any("err", err))
		} else {
			b.mu.Lock()
			b.commands = true
			b.mu.Unlock()
		}
	}
	now := b.clock()
	b.pruneLimiters(now)
	b.digests(now)
	if err := b.watches(now); err != nil {
		b.log.Error("bot: keyword watches", slog.Any("err", err))
	}
	b.mu.Lock()
	probe := now.Sub(b.lastProbe) >= time.Hour
	if probe {
		b.lastProbe = now
	}
	b.mu.Unlock()
	if probe {
		b.probe(ctx)
	}
}

// digestTime is the digest time of the day of now, in the bot's zone, at or before now; zero when it
// has not come yet today, in which case yesterday's is returned.
func digestTime(at string, now time.Time, loc *time.Location) time.Time {
	t, err := time.Parse("15:04", at)
	if err != nil {
		return time.Time{}
	}
	local := now.In(loc)
	d := time.Date(local.Year(), local.Month(), local.Day(), t.Hour(), t.Minute(), 0, 0, loc)
	if d.After(now) {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// digests sends every digest whose time has come since the last one: one message per chat per day,
// grouped by kind, with links; nothing when there is nothing to say.
func (b *Bot) digests(now time.Time) {
	for _, c := range b.dir.subscribers() {
		if c.Digest == "" {
			continue
		}
		due := digestTime(c.Digest, now, b.loc)
		// A last digest half a day or more later than now was stamped by a clock that ran ahead and was
		// set right since: waiting for that time to come would silence the chat for as long as the clock
		// was wrong. A clock set back a little (an hour) only waits for the digest it already sent.
		ahead := c.LastDigest.Sub(now) >= 12*time.Hour
		if due.IsZero() || !c.LastDigest.Before(due) && !ahead {
			continue
		}
		since := c.LastDigest
		if since.IsZero() || ahead || due.Sub(since) > 7*24*time.Hour {
			since = due.Add(-24 * time.Hour)
		}
		if c.Lang == "" {
			c.Lang = notify.DefaultLang
		}
		text, err := b.digestText(c, since, due)
		if err != nil {
			b.log.Error("bot: digest", slog.String("chat", c.ID), slog.Any("err", err))
			continue
		}
		// Stamped and queued in one transaction: the digest is in the durable outbox exactly when the
		// chat's record says it was made, so a crash neither loses it nor sends it twice.
		var digest *agrowatch.Alert
		if text != "" {
			digest = &agrowatch.Alert{Source: "agrowatch", Title: "digest " + due.In(b.loc).Format("2006-01-02"), Published: due, Text: text}
		}
		rec, err := b.db.UpdateChatAndQueue(c.ID, func(r *store.Chat) bool { r.LastDigest = due; return true }, digest)
		if err != nil {
			b.log.Error("bot: cannot queue the digest", slog.String("chat", c.ID), slog.Any("err", err))
			continue
		}
		b.dir.Put(rec)
		if digest != nil && b.cfg.Queued != nil {
			b.cfg.Queued()
		}
	}
}

// digestText renders the mentions alerted in [since, until) that the chat's filter wants, grouped by
// kind; "" when there are none.
func (b *Bot) digestText(c store.Chat, since, until time.Time) (string, error) {
	var sb strings.Builder
	any := false
	for _, k := range agrowatch.Kinds() {
		if len(c.Kinds) > 0 && !slices.Contains(c.Kinds, k) {
			continue
		}
		items, err := b.matching(c, store.Query{Kinds: []agrowatch.Kind{k}, Since: since, Until: until}, 30)
		if err != nil {
			return "", err
		}
		if len(items) == 0 {
			continue
		}
		if !any {
			sb.WriteString(txtDigest.f(c.Lang, until.In(b.loc).Format("2006-01-02")))
			any = true
		}
		sb.WriteString("\n\n<b>" + kindNames[k].in(c.Lang) + "</b>")
		for _, it := range items {
			sb.WriteString("\n" + it.line(c.Lang))
		}
	}
	if b.cfg.AlsoReported != nil && b.cfg.AlsoReported() {
		if err := b.digestRepeats(&sb, c, since, until, &any); err != nil {
			return "", err
		}
	}
	return sb.String(), nil
}

// digestRepeats adds the section of the articles of [since, until) that repeated facts first alerted
// from another article, the chat's filter applied: who told it again, and who first.
func (b *Bot) digestRepeats(sb *strings.Builder, c store.Chat, since, until time.Time, any *bool) error {
	f := filterOf(c)
	var items []item
	first := map[uint64]string{} // article → its repeated story's source
	idx := map[uint64]int{}
	err := b.db.Mentions(store.Query{Kinds: c.Kinds, Since: since, Until: until}, func(r store.Row) error {
		if r.Alerted || r.RepeatOf == 0 || !f.MatchesMention(r.Mention) {
			return nil
		}
		i, ok := idx[r.Article.ID]
		if !ok {
			if len(items) == 30 {
				return errEnough
			}
			i = len(items)
			idx[r.Article.ID] = i
			items = append(items, item{rec: r.Article})
			if orig, ok, err := b.db.Record(r.RepeatOf); err == nil && ok {
				first[r.Article.ID] = orig.Source
			}
		}
		items[i].mentions = append(items[i].mentions, r.Mention)
		return nil
	})
	if err != nil && err != errEnough {
		return err
	}
	if len(items) == 0 {
		return nil
	}
	if !*any {
		sb.WriteString(txtDigest.f(c.Lang, until.In(b.loc).Format("2006-01-02")))
		*any = true
	}
	sb.WriteString("\n\n" + txtDigestAlso.in(c.Lang))
	for _, it := range items {
		sb.WriteString("\n" + it.line(c.Lang))
		if src := first[it.rec.ID]; src != "" {
			sb.WriteString(" · " + html.EscapeString(txtFirstBy.f(c.Lang, src)))
		}
	}
	return nil
}

// line is one article of a digest: its facts, then its title linked.
func (it item) line(lang string) string {
	a := agrowatch.Alert{Source: it.rec.Source, URL: it.rec.URL, Title: it.rec.Title, Published: it.rec.Published, Mentions: it.mentions}
	return notify.DigestLine(a, lang)
}

// probe asks Telegram whether configured chats left out as unreachable take the bot again.
func (b *Bot) probe(ctx context.Context) {
	chats := b.dir.unreachableConfigured()
	if len(chats) == 0 {
		return
	}
	me, err := b.api.BotID(ctx)
	if err != nil {
		return
	}
	for _, chat := range chats {
		status, err := b.api.ChatMember(ctx, chat, me)
		if err != nil || (status != "member" && status != "administrator" && status != "creator") {
			continue
		}
		if changed, err := b.db.SetReachable(chat, true, ""); err == nil && changed {
			b.dir.SetUnreachable(chat, false)
			b.log.Info("bot: configured chat reachable again", slog.String("chat", chat))
			b.tellAdmins(txtBackNote, chat)
		}
	}
}

// pruneLimiters forgets the rate limiters of users who have been quiet long enough to have a full burst
// again, so that the map does not grow with every user ever seen.
func (b *Bot) pruneLimiters(now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for u, l := range b.limiters {
		if l.TokensAt(now) >= float64(l.Burst()) {
			delete(b.limiters, u)
		}
	}
	for u, at := range b.warned {
		if now.Sub(at) > time.Minute {
			delete(b.warned, u)
		}
	}
}
