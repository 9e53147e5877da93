package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// dropped is a delivery given up on, kept in its own bucket under the same id for the record.
type dropped struct {
	Delivery agrowatch.Delivery `json:"delivery"`
	Reason   string             `json:"reason"`
	At       time.Time          `json:"at"`
}

// entry is one delivery as the outbox keeps it: the alert is referred to, not copied.
type entry struct {
	Chat     string    `json:"chat"`
	Alert    uint64    `json:"alert"`
	Queued   time.Time `json:"queued"`
	Attempts int       `json:"attempts,omitempty"`
	Sent     int       `json:"sent,omitempty"`
	NotAfter time.Time `json:"not_after,omitzero"`
	LastErr  string    `json:"last_error,omitempty"`
}

func (e entry) delivery(id uint64, a agrowatch.Alert) agrowatch.Delivery {
	return agrowatch.Delivery{ID: id, Chat: e.Chat, AlertID: e.Alert, Alert: a, Queued: e.Queued, Attempts: e.Attempts,
		Sent: e.Sent, NotAfter: e.NotAfter, LastErr: e.LastErr}
}

// putAlert stores an alert once and returns its id.
func putAlert(tx *bbolt.Tx, a agrowatch.Alert) (uint64, error) {
	b := tx.Bucket([]byte(bucketAlerts))
	id, err := b.NextSequence()
	if err != nil {
		return 0, err
	}
	return id, putJSON(b, idKey(id), a)
}

// queue queues alert for every chat, following recorded chat moves, and returns how many deliveries it
// queued. An alert is queued for a chat at most once, ever: a chat listed twice, a re-extraction or a
// replay cannot double a message.
func queue(tx *bbolt.Tx, alert uint64, chats []string, now time.Time) (int, error) {
	n := 0
	for _, chat := range chats {
		ok, err := enqueue(tx, movedChat(tx, chat), alert, now)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}

// enqueue adds one delivery of alert for chat inside tx, unless that alert was queued for that chat
// before; it reports whether it queued one.
func enqueue(tx *bbolt.Tx, chat string, alert uint64, now time.Time) (bool, error) {
	if chat == "" {
		return false, errors.New("empty destination")
	}
	qk := queuedKey(chat, alert)
	queued := tx.Bucket([]byte(bucketQueued))
	if queued.Get(qk) != nil {
		return false, nil
	}
	b := tx.Bucket([]byte(bucketOutbox))
	id, err := b.NextSequence()
	if err != nil {
		return false, err
	}
	if err := putJSON(b, idKey(id), entry{Chat: chat, Alert: alert, Queued: now}); err != nil {
		return false, fmt.Errorf("queue for %s: %w", chat, err)
	}
	return true, queued.Put(qk, idKey(id))
}

// queuedKey is the key that makes an alert queued once per chat.
func queuedKey(chat string, alert uint64) []byte {
	k := append([]byte(chat), 0)
	return binary.BigEndian.AppendUint64(k, alert)
}

// Alert returns a stored alert.
func (db *DB) Alert(id uint64) (agrowatch.Alert, bool, error) {
	var (
		a  agrowatch.Alert
		ok bool
	)
	err := db.view("alert", func(tx *bbolt.Tx) error {
		var err error
		ok, err = getJSON(tx.Bucket([]byte(bucketAlerts)), idKey(id), &a)
		return err
	})
	return a, ok, err
}

// movedChat follows recorded moves from chat to where it lives now. The hop limit guards against a
// cycle that two contradicting moves could write.
func movedChat(tx *bbolt.Tx, chat string) string {
	moves := tx.Bucket([]byte(bucketChatMoves))
	for range 8 {
		next := moves.Get([]byte(chat))
		if next == nil {
			break
		}
		chat = string(next)
	}
	return chat
}

// Due returns up to n deliveries that may be tried at now (NotAfter zero or not after now), lowest id
// first, each with its alert. n <= 0 means no limit.
func (db *DB) Due(now time.Time, n int) ([]agrowatch.Delivery, error) {
	var due []agrowatch.Delivery
	err := db.view("due", func(tx *bbolt.Tx) error {
		alerts := tx.Bucket([]byte(bucketAlerts))
		cache := map[uint64]agrowatch.Alert{}
		c := tx.Bucket([]byte(bucketOutbox)).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var e entry
			if err := unmarshal(k, v, &e); err != nil {
				return err
			}
			if e.NotAfter.After(now) {
				continue
			}
			a, ok := cache[e.Alert]
			if !ok {
				found, err := getJSON(alerts, idKey(e.Alert), &a)
				if err != nil {
					return err
				}
				if !found {
					return fmt.Errorf("delivery %d refers to alert %d, which is not stored", keyID(k), e.Alert)
				}
				cache[e.Alert] = a
			}
			due = append(due, e.delivery(keyID(k), a))
			if n > 0 && len(due) == n {
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return due, nil
}

// Progress records that the first sent parts of a split message were accepted, so that a restart does
// not send them again.
func (db *DB) Progress(id uint64, sent int) error {
	return db.modify("progress", id, func(e *entry) { e.Sent = sent })
}

// Retry postpones a delivery until notBefore and records why it failed.
func (db *DB) Retry(id uint64, notBefore time.Time, reason string) error {
	return db.modify("retry", id, func(e *entry) {
		e.Attempts++
		e.LastErr = reason
		e.NotAfter = notBefore
	})
}

// Delivered removes a delivery that has been sent in full.
func (db *DB) Delivered(id uint64) error {
	return db.update("delivered", func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucketOutbox))
		k := idKey(id)
		if b.Get(k) == nil {
			return notFound(id)
		}
		return b.Delete(k)
	})
}

// Drop gives up on a delivery: it leaves the outbox for the dropped bucket, with the reason and the time.
func (db *DB) Drop(id uint64, reason string) error {
	return db.update("drop", func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucketOutbox))
		k := idKey(id)
		var e entry
		ok, err := getJSON(b, k, &e)
		if err != nil {
			return err
		}
		if !ok {
			return notFound(id)
		}
		var a agrowatch.Alert
		if _, err := getJSON(tx.Bucket([]byte(bucketAlerts)), idKey(e.Alert), &a); err != nil {
			return err
		}
		if err := putJSON(tx.Bucket([]byte(bucketDropped)), k, dropped{Delivery: e.delivery(id, a), Reason: reason, At: db.now()}); err != nil {
			return err
		}
		return b.Delete(k)
	})
}

// MoveChat points every queued delivery for chat old at chat new, as when a group becomes a supergroup.
// Ids, attempts and progress are kept.
//
// The move is remembered: alerts queued later for the old id (still listed in telegram.chats) go to the
// new one, so a restart does not begin with a failed request per alert.
func (db *DB) MoveChat(old, new string) error {
	if new == "" {
		return fmt.Errorf("store: move chat %s: empty new chat", old)
	}
	if old == new {
		return nil
	}
	return db.update("move chat "+old, func(tx *bbolt.Tx) error {
		if err := tx.Bucket([]byte(bucketChatMoves)).Put([]byte(old), []byte(new)); err != nil {
			return err
		}
		b := tx.Bucket([]byte(bucketOutbox))
		queued := tx.Bucket([]byte(bucketQueued))
		// Collect first: putting while a cursor walks the same bucket may skip or repeat keys.
		type move struct {
			id uint64
			e  entry
		}
		var moved []move
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var e entry
			if err := unmarshal(k, v, &e); err != nil {
				return err
			}
			if e.Chat == old {
				moved = append(moved, move{keyID(k), e})
			}
		}
		for _, m := range moved {
			if queued.Get(queuedKey(new, m.e.Alert)) != nil {
				// The new chat has this alert already (it was listed under both ids): one copy is enough.
				if err := b.Delete(idKey(m.id)); err != nil {
					return err
				}
				continue
			}
			m.e.Chat = new
			if err := putJSON(b, idKey(m.id), m.e); err != nil {
				return err
			}
			if err := queued.Put(queuedKey(new, m.e.Alert), idKey(m.id)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Pending counts the deliveries in the outbox, due or not.
func (db *DB) Pending() (int, error) {
	var n int
	err := db.view("pending", func(tx *bbolt.Tx) error {
		n = tx.Bucket([]byte(bucketOutbox)).Stats().KeyN
		return nil
	})
	return n, err
}

// modify applies change to one delivery in a write transaction.
func (db *DB) modify(op string, id uint64, change func(*entry)) error {
	return db.update(op, func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucketOutbox))
		k := idKey(id)
		var e entry
		ok, err := getJSON(b, k, &e)
		if err != nil {
			return err
		}
		if !ok {
			return notFound(id)
		}
		change(&e)
		return putJSON(b, k, e)
	})
}

func notFound(id uint64) error {
	return fmt.Errorf("%w: id %d", ErrNotFound, id)
}
