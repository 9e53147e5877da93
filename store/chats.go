package store

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// The bot's buckets and meta keys.
const (
	bucketChats = "chats" // chat id → Chat: subscribers and configured chats, their filters and state

	metaUpdateOffset = "telegram_update_offset" // decimal: the next getUpdates offset
	metaWatchCursor  = "watch_cursor"           // <fetched><id> of the last article keyword watches read
)

// Chat is what agrowatch keeps about one Telegram chat: a subscriber's settings, or the reachability of
// a chat from telegram.chats (whose filters come from the configuration).
type Chat struct {
	ID         string    `json:"id"`
	Type       string    `json:"type,omitempty"`       // private, group, supergroup, channel
	Title      string    `json:"title,omitempty"`      // for the operator
	Subscribed bool      `json:"subscribed,omitempty"` // /start without a later /stop
	Configured bool      `json:"configured,omitempty"` // listed in telegram.chats
	Since      time.Time `json:"since,omitzero"`

	Kinds      []agrowatch.Kind `json:"kinds,omitempty"`     // empty: every kind
	Goods      []string         `json:"goods,omitempty"`     // groups (meat, poultry, grain, oilseeds); empty: all
	Countries  string           `json:"countries,omitempty"` // "" (Kazakhstan's trade with China) or "all"
	Words      []string         `json:"words,omitempty"`     // keyword watches, each one or more words
	Lang       string           `json:"lang,omitempty"`      // ru, kk, en
	Digest     string           `json:"digest,omitempty"`    // "" (every alert at once) or "HH:MM" (one digest a day)
	LastDigest time.Time        `json:"last_digest,omitzero"`

	// Unreachable is set when Telegram refused a message for good (blocked, kicked, not found); the chat
	// gets nothing until it is reachable again.
	Unreachable bool      `json:"unreachable,omitempty"`
	GoneReason  string    `json:"gone_reason,omitempty"`
	GoneAt      time.Time `json:"gone_at,omitzero"`
}

// Active says whether alerts are queued for the chat.
func (c Chat) Active() bool { return (c.Subscribed || c.Configured) && !c.Unreachable }

// GetChat returns one chat's record.
func (db *DB) GetChat(id string) (Chat, bool, error) {
	var (
		c  Chat
		ok bool
	)
	err := db.view("chat", func(tx *bbolt.Tx) error {
		var err error
		ok, err = getJSON(tx.Bucket([]byte(bucketChats)), []byte(id), &c)
		return err
	})
	return c, ok, err
}

// UpdateChat changes one chat's record in a write transaction: change gets the record (a fresh one with
// only the id when there is none) and returns whether to keep it. The result is the record as stored.
func (db *DB) UpdateChat(id string, change func(*Chat) bool) (Chat, error) {
	return db.UpdateChatAndQueue(id, change, nil)
}

// Chats calls fn for every chat record, in id order. Unreadable records are skipped.
func (db *DB) Chats(fn func(Chat)) error {
	var all []Chat
	err := db.view("chats", func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte(bucketChats)).ForEach(func(k, v []byte) error {
			var c Chat
			if json.Unmarshal(v, &c) == nil {
				c.ID = string(k)
				all = append(all, c)
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	for _, c := range all {
		fn(c)
	}
	return nil
}

// SetReachable marks a chat reachable again (the bot was re-added, the user pressed /start) or not.
// It reports whether the chat's reachability changed.
func (db *DB) SetReachable(id string, reachable bool, reason string) (bool, error) {
	var changed bool
	err := db.update("reachable "+id, func(tx *bbolt.Tx) error {
		was, err := setReachable(tx, id, reachable, reason, db.now())
		changed = was != reachable
		return err
	})
	return changed, err
}

// setReachable writes a chat's reachability and reports whether it was reachable before.
func setReachable(tx *bbolt.Tx, id string, reachable bool, reason string, now time.Time) (bool, error) {
	b := tx.Bucket([]byte(bucketChats))
	var c Chat
	if _, err := getJSON(b, []byte(id), &c); err != nil {
		c = Chat{}
	}
	c.ID = id
	was := !c.Unreachable
	c.Unreachable = !reachable
	if reachable {
		c.GoneReason, c.GoneAt = "", time.Time{}
	} else if was {
		c.GoneReason, c.GoneAt = reason, now
	}
	return was, putJSON(b, []byte(id), c)
}

// moveChatSettings moves a chat's record to its new id (a group that became a supergroup); the new id's
// own record, if any, wins.
func moveChatSettings(tx *bbolt.Tx, old, new string) error {
	b := tx.Bucket([]byte(bucketChats))
	v := b.Get([]byte(old))
	if v == nil {
		return nil
	}
	if b.Get([]byte(new)) == nil {
		var c Chat
		if err := json.Unmarshal(v, &c); err == nil {
			c.ID = new
			if err := putJSON(b, []byte(new), c); err != nil {
				return err
			}
		}
	}
	return b.Delete([]byte(old))
}

// UpdateOffset returns the getUpdates offset kept by SetUpdateOffset (0 at first).
func (db *DB) UpdateOffset() (int, error) {
	var n int
	err := db.view("update offset", func(tx *bbolt.Tx) error {
		raw := tx.Bucket([]byte(bucketMeta)).Get([]byte(metaUpdateOffset))
		if raw == nil {
			return nil
		}
		var err error
		n, err = strconv.Atoi(string(raw))
		if err != nil {
			return fmt.Errorf("unreadable offset %q", raw)
		}
		return nil
	})
	return n, err
}

// SetUpdateOffset keeps the next getUpdates offset, so that a restart handles no update twice.
func (db *DB) SetUpdateOffset(n int) error {
	return db.update("set update offset", func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte(bucketMeta)).Put([]byte(metaUpdateOffset), []byte(strconv.Itoa(n)))
	})
}

// WatchCursor returns where keyword watches stopped reading articles: the fetch time and id of the last
// article read (zero at first).
func (db *DB) WatchCursor() (time.Time, uint64, error) {
	var (
		t  time.Time
		id uint64
	)
	err := db.view("watch cursor", func(tx *bbolt.Tx) error {
		raw := tx.Bucket([]byte(bucketMeta)).Get([]byte(metaWatchCursor))
		if len(raw) == 16 {
			t = time.Unix(0, int64(keyID(raw[:8]))).UTC()
			id = keyID(raw[8:])
		}
		return nil
	})
	return t, id, err
}

// SetWatchCursor keeps where keyword watches stopped.
func (db *DB) SetWatchCursor(fetched time.Time, id uint64) error {
	return db.update("set watch cursor", func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte(bucketMeta)).Put([]byte(metaWatchCursor), fetchKey(fetched, id))
	})
}

// UpdateChatAndQueue changes a chat's record and queues alert for that chat in one transaction: a
// digest is stamped as sent exactly when it is in the outbox, so that a crash neither loses it nor sends
// it twice. A nil alert only updates the record.
func (db *DB) UpdateChatAndQueue(id string, change func(*Chat) bool, alert *agrowatch.Alert) (Chat, error) {
	var c Chat
	err := db.update("update chat "+id, func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucketChats))
		c = Chat{}
		if _, err := getJSON(b, []byte(id), &c); err != nil {
			c = Chat{} // an unreadable record is replaced: the user is setting it again
		}
		c.ID = id
		if !change(&c) {
			return nil
		}
		if err := putJSON(b, []byte(id), c); err != nil {
			return err
		}
		if alert == nil {
			return nil
		}
		aid, err := putAlert(tx, *alert)
		if err != nil {
			return err
		}
		_, err = queue(tx, aid, []string{id}, db.now())
		return err
	})
	return c, err
}
