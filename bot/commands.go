package bot

import (
	"context"
	"fmt"
	"html"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"agrowatch"
	"agrowatch/notify"
	"agrowatch/store"
)

func escape(s string) string { return html.EscapeString(s) }

// maxWatches caps a chat's keyword watches; maxWatchLen one watch's length in runes.
const (
	maxWatches  = 20
	maxWatchLen = 100
)

func (b *Bot) onMessage(ctx context.Context, m *tgbotapi.Message) {
	if m.From == nil || m.Chat == nil || !m.IsCommand() {
		return
	}
	chat := chatID(m.Chat)
	user := m.From.ID
	lang := b.langFor(chat, m.From.LanguageCode)
	if !b.allowed(user, m.Chat.ID) {
		if b.warnOnce(user) {
			b.reply(chat, txtPrivate.in(lang), nil)
		}
		return
	}
	if !b.allow(user) {
		if b.warnOnce(user) {
			b.reply(chat, txtSlowDown.in(lang), nil)
		}
		return
	}
	if _, to, ok := strings.Cut(m.CommandWithAt(), "@"); ok {
		// "/start@otherbot" in a group is another bot's command.
		if me, err := b.api.Username(ctx); err != nil || !strings.EqualFold(to, me) {
			return
		}
	}
	name := strings.ToLower(m.Command())
	args := strings.TrimSpace(m.CommandArguments())
	cmd, ok := findCommand(name)
	if !ok || cmd.admin && !b.isAdmin(user) {
		if !isGroup(m.Chat) { // in a group the command may be another bot's
			b.reply(chat, txtUnknown.in(lang), nil)
		}
		return
	}
	if cmd.changes && !b.mayChange(ctx, m.Chat, user) {
		b.reply(chat, txtAdminsOnly.in(lang), nil)
		return
	}
	b.log.Debug("bot: command", slog.String("chat", chat), slog.String("command", name))
	switch name {
	case "start":
		b.start(m, lang)
	case "stop":
		if _, err := b.update(chat, func(c *store.Chat) bool { c.Subscribed = false; return true }); err == nil {
			b.reply(chat, txtStopped.in(lang), nil)
		}
	case "topics":
		b.withSubscription(chat, lang, func(c store.Chat) { b.reply(chat, txtTopics.in(c.Lang), topicsKeyboard(c)) })
	case "goods":
		b.withSubscription(chat, lang, func(c store.Chat) { b.reply(chat, txtGoods.in(c.Lang), goodsKeyboard(c)) })
	case "countries":
		b.withSubscription(chat, lang, func(c store.Chat) { b.reply(chat, txtCountries.in(c.Lang), countriesKeyboard(c)) })
	case "lang":
		b.setLang(chat, lang, args)
	case "watch":
		b.watch(chat, lang, args)
	case "unwatch":
		b.unwatch(chat, lang, args)
	case "digest":
		b.digest(chat, lang, args)
	case "recent":
		b.recent(chat, lang, args)
	case "settings":
		b.settings(chat, lang)
	case "help":
		b.help(chat, lang, b.isAdmin(user))
	case "status":
		b.status(chat, lang)
	case "sources":
		b.sources(chat, lang)
	}
}

// start subscribes the chat with the default filters (every kind and good, Kazakhstan and China),
// keeping the settings of a chat that was subscribed before, and makes it reachable again.
func (b *Bot) start(m *tgbotapi.Message, lang string) {
	chat := chatID(m.Chat)
	c, err := b.update(chat, func(c *store.Chat) bool {
		if c.Since.IsZero() {
			c.Since = b.clock()
		}
		c.Subscribed, c.Unreachable, c.GoneReason, c.GoneAt = true, false, "", time.Time{}
		c.Type = m.Chat.Type
		c.Title = m.Chat.Title
		if c.Lang == "" {
			c.Lang = lang
		}
		return true
	})
	if err != nil {
		return
	}
	b.reply(chat, txtWelcome.in(c.Lang), nil)
}

// withSubscription runs fn with the chat's record when the chat is subscribed, and says how to
// subscribe otherwise.
func (b *Bot) withSubscription(chat, lang string, fn func(store.Chat)) {
	c, ok := b.dir.Get(chat)
	if !ok || !c.Subscribed {
		b.reply(chat, txtNotSub.in(lang), nil)
		return
	}
	if c.Lang == "" {
		c.Lang = lang
	}
	fn(c)
}

func mark(on bool) string {
	if on {
		return "✅ "
	}
	return "▫️ "
}

func topicsKeyboard(c store.Chat) notify.Keyboard {
	var kb notify.Keyboard
	for _, k := range agrowatch.Kinds() {
		on := len(c.Kinds) == 0 || slices.Contains(c.Kinds, k)
		kb = append(kb, []notify.Button{{Text: mark(on) + kindNames[k].in(c.Lang), Data: "t:" + string(k)}})
	}
	return append(kb, []notify.Button{{Text: txtAll.in(c.Lang), Data: "t:all"}})
}

func goodsKeyboard(c store.Chat) notify.Keyboard {
	var kb notify.Keyboard
	for _, g := range goodsOrder {
		on := len(c.Goods) == 0 || slices.Contains(c.Goods, g)
		kb = append(kb, []notify.Button{{Text: mark(on) + goodsNames[g].in(c.Lang), Data: "g:" + g}})
	}
	return append(kb, []notify.Button{{Text: txtAll.in(c.Lang), Data: "g:all"}})
}

func countriesKeyboard(c store.Chat) notify.Keyboard {
	return notify.Keyboard{
		{{Text: mark(c.Countries == CountriesKZCN) + txtKZCN.in(c.Lang), Data: "c:kzcn"}},
		{{Text: mark(c.Countries == CountriesAll) + txtAllCountry.in(c.Lang), Data: "c:all"}},
	}
}

func langKeyboard(current string) notify.Keyboard {
	var row []notify.Button
	for _, l := range notify.Langs() {
		row = append(row, notify.Button{Text: mark(l == current) + langNames[l], Data: "l:" + l})
	}
	return notify.Keyboard{row}
}

// toggle switches one item of a selection where empty means all; it refuses to leave nothing selected.
func toggle[T comparable](sel []T, all []T, item T) ([]T, bool) {
	if len(sel) == 0 {
		sel = slices.Clone(all)
	}
	if i := slices.Index(sel, item); i >= 0 {
		sel = slices.Delete(slices.Clone(sel), i, i+1)
	} else {
		sel = append(slices.Clone(sel), item)
	}
	if len(sel) == 0 {
		return nil, false
	}
	if len(sel) == len(all) {
		return nil, true
	}
	// Keep the keyboard's order.
	var out []T
	for _, a := range all {
		if slices.Contains(sel, a) {
			out = append(out, a)
		}
	}
	return out, true
}

// onCallback handles a keyboard button: it changes the setting, answers the query and edits its own
// message in place.
func (b *Bot) onCallback(ctx context.Context, q *tgbotapi.CallbackQuery) {
	answer := func(t string) {
		if err := b.api.AnswerCallback(ctx, q.ID, t); err != nil {
			b.log.Warn("bot: cannot answer a callback", slog.Any("err", err))
		}
	}
	if q.Message == nil || q.Message.Chat == nil || q.From == nil {
		answer("")
		return
	}
	chat := chatID(q.Message.Chat)
	lang := b.langFor(chat, q.From.LanguageCode)
	if !b.allowed(q.From.ID, q.Message.Chat.ID) || !b.allow(q.From.ID) {
		answer(txtSlowDown.in(lang))
		return
	}
	if !b.mayChange(ctx, q.Message.Chat, q.From.ID) {
		answer(txtAdminsOnly.in(lang))
		return
	}
	kind, value, _ := strings.Cut(q.Data, ":")
	var (
		prompt text
		kb     func(store.Chat) notify.Keyboard
		ok     = true
	)
	c, err := b.update(chat, func(c *store.Chat) bool {
		if !c.Subscribed && kind != "l" {
			ok = false
			return false
		}
		switch kind {
		case "t":
			prompt, kb = txtTopics, topicsKeyboard
			if value == "all" {
				c.Kinds = nil
				return true
			}
			if !slices.Contains(agrowatch.Kinds(), agrowatch.Kind(value)) {
				ok = false
				return false
			}
			c.Kinds, ok = toggle(c.Kinds, agrowatch.Kinds(), agrowatch.Kind(value))
		case "g":
			prompt, kb = txtGoods, goodsKeyboard
			if value == "all" {
				c.Goods = nil
				return true
			}
			if !slices.Contains(goodsOrder, value) {
				ok = false
				return false
			}
			c.Goods, ok = toggle(c.Goods, goodsOrder, value)
		case "c":
			prompt, kb = txtCountries, countriesKeyboard
			switch value {
			case "kzcn":
				c.Countries = CountriesKZCN
			case "all":
				c.Countries = CountriesAll
			default:
				ok = false
			}
		case "l":
			prompt, kb = txtLangAsk, func(c store.Chat) notify.Keyboard { return langKeyboard(c.Lang) }
			if !slices.Contains(notify.Langs(), value) {
				ok = false
				return false
			}
			c.Lang = value
		default:
			ok = false
		}
		if c.Lang == "" {
			c.Lang = lang
		}
		return ok
	})
	if err != nil || !ok {
		answer("")
		return
	}
	answer(txtSaved.in(c.Lang))
	if err := b.api.Edit(ctx, chat, q.Message.MessageID, prompt.in(c.Lang), kb(c)); err != nil {
		b.log.Warn("bot: cannot edit the keyboard's message", slog.String("chat", chat), slog.Any("err", err))
	}
}

func (b *Bot) setLang(chat, lang, args string) {
	l := strings.ToLower(strings.TrimSpace(args))
	if l == "" {
		c, _ := b.dir.Get(chat)
		if c.Lang == "" {
			c.Lang = lang
		}
		b.reply(chat, txtLangAsk.in(c.Lang), langKeyboard(c.Lang))
		return
	}
	if !slices.Contains(notify.Langs(), l) {
		b.reply(chat, txtLangAsk.in(lang), langKeyboard(lang))
		return
	}
	if _, err := b.update(chat, func(c *store.Chat) bool { c.Lang = l; return true }); err == nil {
		b.reply(chat, txtLangSet.in(l), nil)
	}
}

// normWatch lowercases a watch and collapses its spaces.
func normWatch(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	if r := []rune(s); len(r) > maxWatchLen {
		s = string(r[:maxWatchLen])
	}
	return s
}

func (b *Bot) watch(chat, lang, args string) {
	w := normWatch(args)
	b.withSubscription(chat, lang, func(c store.Chat) {
		if w == "" {
			b.listWatches(chat, c)
			return
		}
		if len(c.Words) >= maxWatches && !slices.Contains(c.Words, w) {
			b.reply(chat, txtTooMany.f(c.Lang, maxWatches), nil)
			return
		}
		if _, err := b.update(chat, func(c *store.Chat) bool {
			if !slices.Contains(c.Words, w) {
				c.Words = append(c.Words, w)
			}
			return true
		}); err == nil {
			b.reply(chat, txtWatchAdded.f(c.Lang, escape(w)), nil)
		}
	})
}

func (b *Bot) listWatches(chat string, c store.Chat) {
	if len(c.Words) == 0 {
		b.reply(chat, txtWatchNone.in(c.Lang)+"\n"+txtWatchUsage.in(c.Lang), nil)
		return
	}
	var lines []string
	for _, w := range c.Words {
		lines = append(lines, "• "+escape(w))
	}
	b.reply(chat, txtWatchList.f(c.Lang, strings.Join(lines, "\n")), nil)
}

func (b *Bot) unwatch(chat, lang, args string) {
	w := normWatch(args)
	b.withSubscription(chat, lang, func(c store.Chat) {
		var removed []string
		if _, err := b.update(chat, func(c *store.Chat) bool {
			if w == "" {
				removed, c.Words = c.Words, nil
				return true
			}
			if i := slices.Index(c.Words, w); i >= 0 {
				removed = []string{w}
				c.Words = slices.Delete(c.Words, i, i+1)
			}
			return true
		}); err != nil {
			return
		}
		if len(removed) == 0 {
			b.listWatches(chat, c)
			return
		}
		b.reply(chat, txtUnwatched.f(c.Lang, escape(strings.Join(removed, ", "))), nil)
	})
}

// parseClock reads "HH:MM".
func parseClock(s string) (string, bool) {
	t, err := time.Parse("15:04", s)
	if err != nil {
		return "", false
	}
	return t.Format("15:04"), true
}

func (b *Bot) digest(chat, lang, args string) {
	f := strings.Fields(strings.ToLower(args))
	b.withSubscription(chat, lang, func(c store.Chat) {
		var at string
		switch {
		case len(f) == 1 && f[0] == "off":
		case len(f) == 2 && f[0] == "daily":
			var ok bool
			if at, ok = parseClock(f[1]); !ok {
				b.reply(chat, txtDigestUsage.in(c.Lang), nil)
				return
			}
		case len(f) == 1:
			var ok bool
			if at, ok = parseClock(f[0]); !ok {
				b.reply(chat, txtDigestUsage.in(c.Lang), nil)
				return
			}
		default:
			b.reply(chat, txtDigestUsage.in(c.Lang), nil)
			return
		}
		if _, err := b.update(chat, func(c *store.Chat) bool {
			if at != "" && c.Digest == "" {
				// The first digest covers what arrives from now: what was already sent is not repeated.
				c.LastDigest = b.clock()
			}
			c.Digest = at
			return true
		}); err != nil {
			return
		}
		if at == "" {
			b.reply(chat, txtDigestOff.in(c.Lang), nil)
		} else {
			b.reply(chat, txtDigestOn.f(c.Lang, at, b.loc.String()), nil)
		}
	})
}

// recent sends the last N alerts (articles) that match the chat's filters, from the archive.
func (b *Bot) recent(chat, lang, args string) {
	n := 5
	if v, err := strconv.Atoi(strings.TrimSpace(args)); err == nil && v > 0 {
		n = min(v, 20)
	}
	c, ok := b.dir.Get(chat)
	if !ok || !c.Subscribed {
		// Not subscribed: the default filters.
		c = store.Chat{ID: chat}
	}
	if c.Lang == "" {
		c.Lang = lang
	}
	items, err := b.matching(c, store.Query{Kinds: c.Kinds, Newest: true}, n)
	if err != nil {
		b.log.Error("bot: /recent", slog.Any("err", err))
		return
	}
	if len(items) == 0 {
		b.reply(chat, txtRecentNone.in(c.Lang), nil)
		return
	}
	var sb strings.Builder
	sb.WriteString(txtRecent.in(c.Lang))
	for _, it := range items {
		sb.WriteString("\n\n" + it.html(c.Lang))
	}
	b.replyLong(chat, sb.String())
}

// item is one article of a digest or /recent, with its matching mentions.
type item struct {
	rec      store.Record
	mentions []agrowatch.Mention
}

func (it item) html(lang string) string {
	a := agrowatch.Alert{Source: it.rec.Source, URL: it.rec.URL, Title: it.rec.Title, Published: it.rec.Published, Mentions: it.mentions}
	parts := notify.Render(a, lang)
	if len(parts) == 0 {
		return ""
	}
	return parts[0].HTML
}

// errEnough stops a walk of the archive.
var errEnough = fmt.Errorf("enough")

// matching walks the archive's alerted mentions q selects and groups those the chat's filter wants by
// article, up to n articles (0: no limit).
func (b *Bot) matching(c store.Chat, q store.Query, n int) ([]item, error) {
	f := filterOf(c)
	var items []item
	idx := map[uint64]int{}
	err := b.db.Mentions(q, func(r store.Row) error {
		if !r.Alerted || !f.MatchesMention(r.Mention) {
			return nil
		}
		i, ok := idx[r.Article.ID]
		if !ok {
			if n > 0 && len(items) == n {
				return errEnough
			}
			i = len(items)
			idx[r.Article.ID] = i
			items = append(items, item{rec: r.Article})
		}
		items[i].mentions = append(items[i].mentions, r.Mention)
		return nil
	})
	if err != nil && err != errEnough {
		return nil, err
	}
	return items, nil
}

func (b *Bot) settings(chat, lang string) {
	c, _ := b.dir.Get(chat)
	if c.Lang == "" {
		c.Lang = lang
	}
	l := c.Lang
	yes := txtNo.in(l)
	if c.Subscribed {
		yes = txtYes.in(l)
	}
	kinds := txtAll.in(l)
	if len(c.Kinds) > 0 {
		var s []string
		for _, k := range c.Kinds {
			s = append(s, kindNames[k].in(l))
		}
		kinds = strings.Join(s, ", ")
	}
	goods := txtAll.in(l)
	if len(c.Goods) > 0 {
		var s []string
		for _, g := range c.Goods {
			s = append(s, goodsNames[g].in(l))
		}
		goods = strings.Join(s, ", ")
	}
	countries := txtKZCN.in(l)
	if c.Countries == CountriesAll {
		countries = txtAllCountry.in(l)
	}
	words := txtNone.in(l)
	if len(c.Words) > 0 {
		words = escape(strings.Join(c.Words, "; "))
	}
	digest := txtAtOnce.in(l)
	if c.Digest != "" {
		digest = c.Digest + " (" + b.loc.String() + ")"
	}
	b.reply(chat, txtSettings.f(l, yes, kinds, goods, countries, words, langNames[l], digest), nil)
}

func (b *Bot) help(chat, lang string, admin bool) {
	var sb strings.Builder
	sb.WriteString(txtHelp.in(lang))
	for _, c := range commands {
		if c.admin && !admin {
			continue
		}
		sb.WriteString("/" + c.name + " — " + escape(c.desc.in(lang)) + "\n")
	}
	b.reply(chat, strings.TrimRight(sb.String(), "\n"), nil)
}
