package store

import (
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

// enqueue adds one delivery of alert for chat to the outbox inside tx and returns its id.
func enqueue(tx *bbolt.Tx, chat string, alert agrowatch.Alert, now time.Time) (uint64, error) {
	if chat == "" {
		return 0, errors.New("empty destination")
	}
	b := tx.Bucket([]byte(bucketOutbox))
	id, err := b.NextSequence()
	if err != nil {
		return 0, err
	}
	d := agrowatch.Delivery{ID: id, Chat: chat, Alert: alert, Queued: now}
	if err := putJSON(b, idKey(id), d); err != nil {
		return 0, fmt.Errorf("queue for %s: %w", chat, err)
	}
	return id, nil
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
// first. n <= 0 means no limit.
func (db *DB) Due(now time.Time, n int) ([]agrowatch.Delivery, error) {
	var due []agrowatch.Delivery
	err := db.view("due", func(tx *bbolt.Tx) error {
		c := tx.Bucket([]byte(bucketOutbox)).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var d agrowatch.Delivery
			if err := unmarshal(k, v, &d); err != nil {
				return err
			}
			if d.NotAfter.After(now) {
				continue
			}
			due = append(due, d)
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
	return db.modify("progress", id, func(d *agrowatch.Delivery) { d.Sent = sent })
}

// Retry postpones a delivery until notBefore and records why it failed.
func (db *DB) Retry(id uint64, notBefore time.Time, reason string) error {
	return db.modify("retry", id, func(d *agrowatch.Delivery) {
		d.Attempts++
		d.LastErr = reason
		d.NotAfter = notBefore
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
		var d agrowatch.Delivery
		ok, err := getJSON(b, k, &d)
		if err != nil {
			return err
		}
		if !ok {
			return notFound(id)
		}
		if err := putJSON(tx.Bucket([]byte(bucketDropped)), k, dropped{Delivery: d, Reason: reason, At: db.now()}); err != nil {
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
		// Collect first: putting while a cursor walks the same bucket may skip or repeat keys.
		var moved []agrowatch.Delivery
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var d agrowatch.Delivery
			if err := unmarshal(k, v, &d); err != nil {
				return err
			}
			if d.Chat == old {
				d.Chat = new
				moved = append(moved, d)
			}
		}
		for _, d := range moved {
			if err := putJSON(b, idKey(d.ID), d); err != nil {
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
func (db *DB) modify(op string, id uint64, change func(*agrowatch.Delivery)) error {
	return db.update(op, func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucketOutbox))
		k := idKey(id)
		var d agrowatch.Delivery
		ok, err := getJSON(b, k, &d)
		if err != nil {
			return err
		}
		if !ok {
			return notFound(id)
		}
		change(&d)
		return putJSON(b, k, d)
	})
}

func notFound(id uint64) error {
	return fmt.Errorf("%w: id %d", ErrNotFound, id)
}
