package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// The outbox's own buckets and meta keys, besides bucketOutbox, bucketQueued and bucketDropped.
const (
	// bucketLanes is the per-chat lane index: <chat> 0x00 <outbox id> → nothing. The sender reads a
	// chat's deliveries in id order by seeking the chat's prefix, never decoding other chats'.
	bucketLanes = "outbox_lanes"

	// metaLanes marks a file whose lane index is complete. A file migrated from version 1, whose outbox
	// is rewritten without the index, or written before the index existed, gets it built on first use.
	metaLanes = "outbox_lanes"
)

// dropped is a delivery given up on, kept in its own bucket under the same id for the record. An outbox
// value that could not be read is set aside there too: Raw holds its bytes as they were.
type dropped struct {
	Delivery agrowatch.Delivery `json:"delivery"`
	Reason   string             `json:"reason"`
	At       time.Time          `json:"at"`
	Raw      []byte             `json:"raw,omitempty"`
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

// SetAside is an outbox value that could not be read (undecodable, or referring to an alert that is not
// stored). It was moved to the dropped bucket, bytes and reason kept, so that the others go on.
type SetAside struct {
	ID     uint64
	Reason string
}

// Read is what one read of the outbox found: deliveries in id order, each with its alert, and the
// values set aside on the way. Last is the highest id examined (0 when none), to resume after.
type Read struct {
	Deliveries []agrowatch.Delivery
	SetAside   []SetAside
	Last       uint64
	More       bool // the read stopped at n: more entries follow Last
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
	if err := tx.Bucket([]byte(bucketLanes)).Put(laneKey(chat, id), nil); err != nil {
		return false, err
	}
	return true, queued.Put(qk, idKey(id))
}

// QueueAlert stores an alert that no article decision made (a keyword watch's) and queues it for chats,
// in one transaction. It returns the alert's id and how many deliveries it queued; with no chats it
// stores nothing.
func (db *DB) QueueAlert(a agrowatch.Alert, chats []string) (uint64, int, error) {
	if len(chats) == 0 {
		return 0, 0, nil
	}
	var (
		id uint64
		n  int
	)
	err := db.update("queue alert", func(tx *bbolt.Tx) error {
		var err error
		if id, err = putAlert(tx, a); err != nil {
			return err
		}
		n, err = queue(tx, id, chats, db.now())
		return err
	})
	if err != nil {
		return 0, 0, err
	}
	return id, n, nil
}

// queuedKey is the key that makes an alert queued once per chat.
func queuedKey(chat string, alert uint64) []byte {
	k := append([]byte(chat), 0)
	return binary.BigEndian.AppendUint64(k, alert)
}

// lanePrefix is what every lane key of chat starts with.
func lanePrefix(chat string) []byte { return append([]byte(chat), 0) }

// laneKey is a delivery's key in the lane index.
func laneKey(chat string, id uint64) []byte {
	return binary.BigEndian.AppendUint64(lanePrefix(chat), id)
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

// LastAlert returns the alert stored last, for the operator's /status.
func (db *DB) LastAlert() (agrowatch.Alert, bool, error) {
	var (
		a  agrowatch.Alert
		ok bool
	)
	err := db.view("last alert", func(tx *bbolt.Tx) error {
		k, v := tx.Bucket([]byte(bucketAlerts)).Cursor().Last()
		if k == nil {
			return nil
		}
		ok = true
		return unmarshal(k, v, &a)
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

// MovedChat returns where chat lives now after recorded moves (chat itself when it never moved).
func (db *DB) MovedChat(chat string) (string, error) {
	out := chat
	err := db.view("moved chat", func(tx *bbolt.Tx) error {
		out = movedChat(tx, chat)
		return nil
	})
	return out, err
}

// reader decodes outbox entries inside one read transaction: alerts are decoded once per read, and
// what cannot be read is noted to be set aside afterwards.
type reader struct {
	alerts *bbolt.Bucket
	cache  map[uint64]agrowatch.Alert
	bad    []badValue
}

type badValue struct {
	id     uint64
	raw    []byte
	reason string
}

func newReader(tx *bbolt.Tx) *reader {
	return &reader{alerts: tx.Bucket([]byte(bucketAlerts)), cache: map[uint64]agrowatch.Alert{}}
}

// read decodes the outbox value v at key k; ok is false when it was noted as bad.
func (r *reader) read(k, v []byte) (agrowatch.Delivery, bool) {
	id := keyID(k)
	var e entry
	if err := unmarshal(k, v, &e); err != nil {
		r.bad = append(r.bad, badValue{id, bytes.Clone(v), err.Error()})
		return agrowatch.Delivery{}, false
	}
	a, ok := r.cache[e.Alert]
	if !ok {
		found, err := getJSON(r.alerts, idKey(e.Alert), &a)
		switch {
		case err != nil:
			r.bad = append(r.bad, badValue{id, bytes.Clone(v), fmt.Sprintf("alert %d: %v", e.Alert, err)})
			return agrowatch.Delivery{}, false
		case !found:
			r.bad = append(r.bad, badValue{id, bytes.Clone(v), fmt.Sprintf("refers to alert %d, which is not stored", e.Alert)})
			return agrowatch.Delivery{}, false
		}
		r.cache[e.Alert] = a
	}
	if e.Chat == "" {
		r.bad = append(r.bad, badValue{id, bytes.Clone(v), "no chat"})
		return agrowatch.Delivery{}, false
	}
	return e.delivery(id, a), true
}

// setAside moves unreadable values out of the outbox, keeping their bytes and the reason, so that one
// bad value never stops the deliveries after it.
func (db *DB) setAside(bad []badValue) ([]SetAside, error) {
	if len(bad) == 0 {
		return nil, nil
	}
	out := make([]SetAside, 0, len(bad))
	err := db.update("set aside", func(tx *bbolt.Tx) error {
		ob := tx.Bucket([]byte(bucketOutbox))
		lanes := tx.Bucket([]byte(bucketLanes))
		for _, b := range bad {
			k := idKey(b.id)
			if !bytes.Equal(ob.Get(k), b.raw) {
				continue // changed or gone since it was read
			}
			var e entry
			if json := unmarshal(k, b.raw, &e); json == nil && e.Chat != "" {
				if err := lanes.Delete(laneKey(e.Chat, b.id)); err != nil {
					return err
				}
			}
			rec := dropped{Delivery: agrowatch.Delivery{ID: b.id, Chat: e.Chat, AlertID: e.Alert}, Reason: "unreadable outbox value: " + b.reason, At: db.now(), Raw: b.raw}
			if err := putJSON(tx.Bucket([]byte(bucketDropped)), k, rec); err != nil {
				return err
			}
			if err := ob.Delete(k); err != nil {
				return err
			}
			out = append(out, SetAside{ID: b.id, Reason: rec.Reason})
		}
		return nil
	})
	return out, err
}

// ensureLanes builds the lane index of a file that lacks it, once.
func (db *DB) ensureLanes() error {
	var have bool
	if err := db.view("lanes", func(tx *bbolt.Tx) error {
		have = tx.Bucket([]byte(bucketMeta)).Get([]byte(metaLanes)) != nil
		return nil
	}); err != nil || have {
		return err
	}
	return db.update("build lane index", func(tx *bbolt.Tx) error {
		lanes := tx.Bucket([]byte(bucketLanes))
		c := tx.Bucket([]byte(bucketOutbox)).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var e entry
			if unmarshal(k, v, &e) != nil || e.Chat == "" {
				continue // set aside when it is read
			}
			if err := lanes.Put(laneKey(e.Chat, keyID(k)), nil); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte(bucketMeta)).Put([]byte(metaLanes), []byte("1"))
	})
}

// After reads up to n outbox entries with ids above after, of every chat, due or not, in id order. The
// sender reads the whole outbox this way once and then only what was queued since: each entry is
// decoded once, however long the queue. Unreadable values are set aside and reported.
func (db *DB) After(after uint64, n int) (Read, error) {
	return db.readOutbox("outbox after", n, func(tx *bbolt.Tx, visit func(k, v []byte) bool) {
		c := tx.Bucket([]byte(bucketOutbox)).Cursor()
		for k, v := c.Seek(idKey(after + 1)); k != nil; k, v = c.Next() {
			if !visit(k, v) {
				return
			}
		}
	})
}

// Lane reads up to n deliveries of one chat with ids above after, due or not, in id order, through the
// lane index: the cost is that chat's entries, not the outbox's.
func (db *DB) Lane(chat string, after uint64, n int) (Read, error) {
	return db.readOutbox("outbox lane", n, func(tx *bbolt.Tx, visit func(k, v []byte) bool) {
		ob := tx.Bucket([]byte(bucketOutbox))
		prefix := lanePrefix(chat)
		c := tx.Bucket([]byte(bucketLanes)).Cursor()
		for k, _ := c.Seek(laneKey(chat, after+1)); k != nil && bytes.HasPrefix(k, prefix) && len(k) == len(prefix)+8; k, _ = c.Next() {
			// A nil value is a delivery sent; a stale index key is removed with its entry, never left for long.
			if ik := k[len(prefix):]; !visit(ik, ob.Get(ik)) {
				return
			}
		}
	})
}

// readOutbox is what After and Lane share: walk, in one read transaction, hands visit the outbox keys
// in id order with their values (nil for one gone) until visit returns false, which it does once n
// entries are read (n <= 0: no limit). The values that cannot be read are set aside afterwards.
func (db *DB) readOutbox(name string, n int, walk func(tx *bbolt.Tx, visit func(k, v []byte) bool)) (Read, error) {
	if err := db.ensureLanes(); err != nil {
		return Read{}, err
	}
	var (
		out Read
		r   *reader
	)
	err := db.view(name, func(tx *bbolt.Tx) error {
		r = newReader(tx)
		walk(tx, func(k, v []byte) bool {
			if n > 0 && len(out.Deliveries)+len(r.bad) >= n {
				out.More = true
				return false
			}
			out.Last = keyID(k)
			if v == nil {
				return true
			}
			if d, ok := r.read(k, v); ok {
				out.Deliveries = append(out.Deliveries, d)
			}
			return true
		})
		return nil
	})
	if err != nil {
		return Read{}, err
	}
	out.SetAside, err = db.setAside(r.bad)
	return out, err
}

// Due returns up to n deliveries that may be tried at now (NotAfter zero or not after now), lowest id
// first, each with its alert. n <= 0 means no limit. Unreadable values are set aside, not returned.
func (db *DB) Due(now time.Time, n int) ([]agrowatch.Delivery, error) {
	var due []agrowatch.Delivery
	after := uint64(0)
	for {
		rd, err := db.After(after, 256)
		if err != nil {
			return nil, err
		}
		for _, d := range rd.Deliveries {
			if d.NotAfter.After(now) {
				continue
			}
			due = append(due, d)
			if n > 0 && len(due) == n {
				return due, nil
			}
		}
		if !rd.More {
			return due, nil
		}
		after = rd.Last
	}
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

// Delivered removes deliveries that have been sent in full, in one transaction: all of them, or none
// when one is not in the outbox (ErrNotFound) or the write fails.
func (db *DB) Delivered(ids ...uint64) error {
	return db.update("delivered", func(tx *bbolt.Tx) error {
		for _, id := range ids {
			if err := remove(tx, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// remove deletes a delivery and its lane key.
func remove(tx *bbolt.Tx, id uint64) error {
	b := tx.Bucket([]byte(bucketOutbox))
	k := idKey(id)
	v := b.Get(k)
	if v == nil {
		return notFound(id)
	}
	var e entry
	if unmarshal(k, v, &e) == nil && e.Chat != "" {
		if err := tx.Bucket([]byte(bucketLanes)).Delete(laneKey(e.Chat, id)); err != nil {
			return err
		}
	}
	return b.Delete(k)
}

// Drop gives up on a delivery: it leaves the outbox for the dropped bucket, with the reason and the time.
func (db *DB) Drop(id uint64, reason string) error {
	return db.update("drop", func(tx *bbolt.Tx) error {
		return db.drop(tx, id, reason)
	})
}

func (db *DB) drop(tx *bbolt.Tx, id uint64, reason string) error {
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
	return remove(tx, id)
}

// ChatGone records that chat cannot be reached (the bot was blocked or kicked, the chat is gone): in one
// transaction it drops delivery id with the reason, drops every other delivery queued for the chat, and
// marks the chat inactive so that no alert is queued for it until it is reachable again. It reports
// whether the chat was active before, so that the news is said once, and how many deliveries it dropped.
func (db *DB) ChatGone(id uint64, chat, reason string) (wasActive bool, n int, err error) {
	err = db.update("chat gone "+chat, func(tx *bbolt.Tx) error {
		ids := laneIDs(tx, chat)
		if id != 0 && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
		for _, d := range ids {
			if err := db.drop(tx, d, reason); err != nil && !errors.Is(err, ErrNotFound) {
				return err
			}
			n++
		}
		var err error
		wasActive, err = setReachable(tx, chat, false, reason, db.now())
		return err
	})
	return wasActive, n, err
}

// laneIDs lists the ids of chat's deliveries in id order, from the lane index. A caller that writes
// the lanes collects them first: putting while a cursor walks the same bucket may skip or repeat keys.
func laneIDs(tx *bbolt.Tx, chat string) []uint64 {
	var ids []uint64
	prefix := lanePrefix(chat)
	c := tx.Bucket([]byte(bucketLanes)).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(k) == len(prefix)+8; k, _ = c.Next() {
		ids = append(ids, keyID(k[len(prefix):]))
	}
	return ids
}

// MoveChat points every queued delivery for chat old at chat new, as when a group becomes a supergroup
// or an @channel is known by its numeric id. Ids, attempts and progress are kept; the chat's settings
// move with it.
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
	if err := db.ensureLanes(); err != nil {
		return err
	}
	return db.update("move chat "+old, func(tx *bbolt.Tx) error {
		if err := tx.Bucket([]byte(bucketChatMoves)).Put([]byte(old), []byte(new)); err != nil {
			return err
		}
		b := tx.Bucket([]byte(bucketOutbox))
		queued := tx.Bucket([]byte(bucketQueued))
		lanes := tx.Bucket([]byte(bucketLanes))
		for _, id := range laneIDs(tx, old) {
			if err := lanes.Delete(laneKey(old, id)); err != nil {
				return err
			}
			var e entry
			ok, err := getJSON(b, idKey(id), &e)
			if err != nil || !ok || e.Chat != old {
				continue // unreadable ones are set aside when read
			}
			if queued.Get(queuedKey(new, e.Alert)) != nil {
				// The new chat has this alert already (it was listed under both ids): one copy is enough.
				if err := b.Delete(idKey(id)); err != nil {
					return err
				}
				continue
			}
			e.Chat = new
			if err := putJSON(b, idKey(id), e); err != nil {
				return err
			}
			if err := lanes.Put(laneKey(new, id), nil); err != nil {
				return err
			}
			if err := queued.Put(queuedKey(new, e.Alert), idKey(id)); err != nil {
				return err
			}
		}
		return moveChatSettings(tx, old, new)
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
