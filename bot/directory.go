package bot

import (
	"sort"
	"sync"

	"agrowatch"
	"agrowatch/notify"
	"agrowatch/store"
)

// ConfiguredChat is a chat of telegram.chats: it gets every alert its filter allows, without /start.
type ConfiguredChat struct {
	ID     string
	Filter Filter // Countries: CountriesAll for every country
	Lang   string // message language; "" means notify.DefaultLang
}

// Directory is the router's view of every chat, kept in memory: the watcher asks it, inside the
// store's write transaction, which chats one alert goes to, so it must never read the store itself.
// The bot changes it with every setting it stores. Its methods are safe for concurrent use.
type Directory struct {
	mu         sync.RWMutex
	chats      map[string]store.Chat
	configured map[string]ConfiguredChat
	aliases    map[string]string // a configured id → the id it moved to
}

// NewDirectory loads every chat record and the configured chats.
func NewDirectory(db *store.DB, configured []ConfiguredChat) (*Directory, error) {
	d := &Directory{chats: map[string]store.Chat{}, configured: map[string]ConfiguredChat{}, aliases: map[string]string{}}
	if err := db.Chats(func(c store.Chat) { d.chats[c.ID] = c }); err != nil {
		return nil, err
	}
	for _, c := range configured {
		id := c.ID
		if to, err := db.MovedChat(id); err == nil && to != id {
			d.aliases[id] = to
			id = to
		}
		c.ID = id
		d.configured[id] = c
	}
	return d, nil
}

// SetConfigured replaces the chats of telegram.chats and their filters, as a reload reads them. It
// follows the moves the directory knows and reads nothing from the store, so that the router may call
// it inside the store's transaction.
func (d *Directory) SetConfigured(configured []ConfiguredChat) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.configured = map[string]ConfiguredChat{}
	for _, c := range configured {
		for range 8 { // the hop limit guards against a cycle of moves
			to, ok := d.aliases[c.ID]
			if !ok {
				break
			}
			c.ID = to
		}
		d.configured[c.ID] = c
	}
}

// Put records a chat's settings as just stored.
func (d *Directory) Put(c store.Chat) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.chats[c.ID] = c
}

// Get returns a chat's settings as last stored.
func (d *Directory) Get(id string) (store.Chat, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	c, ok := d.chats[id]
	return c, ok
}

// SetUnreachable marks a chat as the store did in ChatGone or SetReachable.
func (d *Directory) SetUnreachable(id string, gone bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := d.chats[id]
	c.ID = id
	c.Unreachable = gone
	d.chats[id] = c
}

// Move follows a chat to its new id.
func (d *Directory) Move(old, new string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if c, ok := d.chats[old]; ok {
		delete(d.chats, old)
		if _, exists := d.chats[new]; !exists {
			c.ID = new
			d.chats[new] = c
		}
	}
	if c, ok := d.configured[old]; ok {
		delete(d.configured, old)
		c.ID = new
		d.configured[new] = c
		d.aliases[old] = new
	}
}

// Configured reports whether id is a chat of telegram.chats.
func (d *Directory) Configured(id string) bool {
	d.mu.RLock()
	defer d.mu.RUnlock()
	_, ok := d.configured[id]
	return ok
}

// Route names the chats an alert goes to at once: reachable subscribers without a daily digest whose
// filters match, and configured chats whose filters match. It is the watcher's Route.
func (d *Directory) Route(a agrowatch.Alert) []string {
	d.mu.RLock()
	defer d.mu.RUnlock()
	var out []string
	for id, c := range d.configured {
		if rec, ok := d.chats[id]; ok && rec.Unreachable {
			continue
		}
		if c.Filter.Matches(a) {
			out = append(out, id)
		}
	}
	for id, c := range d.chats {
		if _, ok := d.configured[id]; ok || !c.Subscribed || c.Unreachable || c.Digest != "" {
			continue
		}
		if filterOf(c).Matches(a) {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// Lang is the message language of a chat: the sender's Lang.
func (d *Directory) Lang(id string) string {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if c, ok := d.chats[id]; ok && c.Lang != "" {
		return c.Lang
	}
	if c, ok := d.configured[id]; ok && c.Lang != "" {
		return notify.NormLang(c.Lang)
	}
	return notify.DefaultLang
}

// subscribers returns a copy of the records of chats subscribed and reachable.
func (d *Directory) subscribers() []store.Chat {
	d.mu.RLock()
	defer d.mu.RUnlock()
	var out []store.Chat
	for _, c := range d.chats {
		if c.Subscribed && !c.Unreachable {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// unreachableConfigured lists configured chats Telegram refused.
func (d *Directory) unreachableConfigured() []string {
	d.mu.RLock()
	defer d.mu.RUnlock()
	var out []string
	for id := range d.configured {
		if c, ok := d.chats[id]; ok && c.Unreachable {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// counts is what the operator's /status says about chats: numbers, never who.
func (d *Directory) counts() (subscribed, digests, unreachable int) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	for _, c := range d.chats {
		switch {
		case c.Unreachable:
			unreachable++
		case c.Subscribed && c.Digest != "":
			digests++
			subscribed++
		case c.Subscribed:
			subscribed++
		}
	}
	return
}
