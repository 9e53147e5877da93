package bot

import (
	"log/slog"
	"time"

	"agrowatch"
	"agrowatch/notify"
	"agrowatch/store"
)

// watches reads the articles recorded since the last round and queues an alert for every chat whose
// keyword watch one of them matches, the way Google Alerts does: a story none of the four kinds covers
// still reaches the chat that asked. An article already alerted to the chat through its filters is not
// sent again. Each article is read once: the cursor is kept in the store.
func (b *Bot) watches(now time.Time) error {
	var watchers []store.Chat
	for _, c := range b.dir.subscribers() {
		if len(c.Words) > 0 {
			watchers = append(watchers, c)
		}
	}
	since, lastID, err := b.db.WatchCursor()
	if err != nil {
		return err
	}
	if since.IsZero() {
		// The first round starts now: watches are about new articles.
		return b.db.SetWatchCursor(now, 0)
	}
	curAt, curID := since, lastID
	queued := 0
	err = b.db.Articles(since, func(rec store.Record) error {
		if rec.Fetched.Equal(since) && rec.ID <= lastID {
			return nil
		}
		curAt, curID = rec.Fetched, rec.ID
		if len(watchers) == 0 || rec.Tombstone {
			return nil
		}
		if !rec.Published.IsZero() && now.Sub(rec.Published) > b.cfg.MaxAge {
			return nil
		}
		n, err := b.watchArticle(rec, watchers)
		queued += n
		return err
	})
	if err != nil {
		return err
	}
	if queued > 0 && b.cfg.Queued != nil {
		b.cfg.Queued()
	}
	if curAt.Equal(since) && curID == lastID {
		return nil
	}
	return b.db.SetWatchCursor(curAt, curID)
}

func (b *Bot) watchArticle(rec store.Record, watchers []store.Chat) (int, error) {
	body, err := b.db.Body(rec.ID)
	if err != nil {
		return 0, err
	}
	// The chats the article's own alert went to need no second message.
	var alerted map[string]bool
	if rec.WasAlerted() {
		a := agrowatch.Alert{Source: rec.Source, URL: rec.URL, Title: rec.Title, Published: rec.Published}
		for _, i := range rec.Alerted {
			if i >= 0 && i < len(rec.Mentions) {
				a.Mentions = append(a.Mentions, rec.Mentions[i])
			}
		}
		alerted = map[string]bool{}
		for _, id := range b.dir.Route(a) {
			alerted[id] = true
		}
	}
	byHit := map[string][]string{} // quoted sentence → chats
	var order []string
	for _, c := range watchers {
		if alerted[c.ID] {
			continue
		}
		for _, w := range c.Words {
			if s, ok := watchHit(w, rec.Title, body); ok {
				if _, seen := byHit[s]; !seen {
					order = append(order, s)
				}
				byHit[s] = append(byHit[s], c.ID)
				break
			}
		}
	}
	n := 0
	for _, s := range order {
		a := agrowatch.Alert{Source: rec.Source, URL: rec.URL, Title: rec.Title, Published: rec.Published,
			Mentions: []agrowatch.Mention{{Kind: notify.KindWatch, Lang: rec.Lang, Sentence: s}}}
		_, q, err := b.db.QueueAlert(a, byHit[s])
		if err != nil {
			return n, err
		}
		n += q
		b.log.Info("bot: keyword watch matched", slog.String("url", rec.URL), slog.Int("chats", q))
	}
	return n, nil
}
