package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch/dedup"
)

// pruneBatch is how many articles one write transaction of Prune turns into tombstones: a daemon that
// prunes a year's backlog must not hold the write lock, and the pollers with it, for long.
const pruneBatch = 500

// Prune turns every article first fetched before `before` into a tombstone: its body, fingerprint,
// mentions, alerts and index entries go; its id, URL, site key, source and fetch time stay, so that it is
// never fetched or alerted again. It returns how many articles it pruned.
func (db *DB) Prune(before time.Time) (int, error) {
	total := 0
	for {
		n := 0
		err := db.update("prune", func(tx *bbolt.Tx) error {
			var err error
			n, err = db.pruneSome(tx, before, pruneBatch)
			return err
		})
		total += n
		if err != nil {
			return total, err
		}
		if n < pruneBatch {
			return total, nil
		}
	}
}

func (db *DB) pruneSome(tx *bbolt.Tx, before time.Time, limit int) (int, error) {
	byFetch := tx.Bucket([]byte(bucketByFetch))
	articles := tx.Bucket([]byte(bucketArticles))
	end := binary.BigEndian.AppendUint64(nil, nanos(before))
	var victims [][]byte
	c := byFetch.Cursor()
	for k, v := c.First(); k != nil && bytes.Compare(k, end) < 0 && len(victims) < limit; k, v = c.Next() {
		if len(v) == 1 && v[0]&flagTombstone != 0 {
			continue
		}
		victims = append(victims, bytes.Clone(k))
	}
	var waiting map[uint64]bool // alerts the outbox still refers to, read at the first alert pruned
	for _, k := range victims {
		if len(k) != 16 {
			return 0, fmt.Errorf("malformed index key %q", k)
		}
		id := binary.BigEndian.Uint64(k[8:])
		var rec Record
		ok, err := getJSON(articles, k[8:], &rec)
		if err != nil {
			return 0, err
		}
		if !ok {
			if err := byFetch.Delete(k); err != nil {
				return 0, err
			}
			continue
		}
		if err := db.unindex(tx, &rec); err != nil {
			return 0, err
		}
		prints := tx.Bucket([]byte(bucketPrints))
		if fp, ok := dedup.FromBytes(prints.Get(idKey(id))); ok {
			near := tx.Bucket([]byte(bucketNear))
			for i := range dedup.Bands {
				if err := near.Delete(nearKey(i, fp.Band(i), rec.Fetched, id)); err != nil {
					return 0, err
				}
			}
		}
		if err := prints.Delete(idKey(id)); err != nil {
			return 0, err
		}
		if err := deleteFacts(tx, &rec); err != nil {
			return 0, err
		}
		for _, aid := range rec.Alerts {
			if waiting == nil {
				if waiting, err = waitingAlerts(tx); err != nil {
					return 0, err
				}
			}
			if waiting[aid] {
				// Still in the outbox (a daemon down for long, a clock that jumped ahead): the alert is
				// kept for its deliveries, or they would be set aside unsent.
				continue
			}
			if err := tx.Bucket([]byte(bucketAlerts)).Delete(idKey(aid)); err != nil {
				return 0, err
			}
		}
		if err := deleteBody(tx, id); err != nil {
			return 0, err
		}
		tomb := Record{ID: id, Source: rec.Source, URL: rec.URL, Key: rec.Key, Fetched: rec.Fetched, Tombstone: true}
		if err := putJSON(articles, idKey(id), tomb); err != nil {
			return 0, err
		}
		if err := byFetch.Put(k, []byte{tomb.flags()}); err != nil {
			return 0, err
		}
	}
	return len(victims), nil
}

// deleteFacts removes an article's alerted facts from the index, whatever revision queued them.
func deleteFacts(tx *bbolt.Tx, rec *Record) error {
	facts := tx.Bucket([]byte(bucketFacts))
	kinds := map[string]bool{}
	for _, m := range rec.Mentions {
		kinds[factClass(m)] = true
	}
	for fk := range kinds {
		prefix := append([]byte(fk), 0)
		prefix = binary.BigEndian.AppendUint64(prefix, nanos(rec.Fetched))
		prefix = binary.BigEndian.AppendUint64(prefix, rec.ID)
		var keys [][]byte
		c := facts.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			keys = append(keys, bytes.Clone(k))
		}
		for _, k := range keys {
			if err := facts.Delete(k); err != nil {
				return err
			}
		}
	}
	return nil
}

// waitingAlerts is the set of alerts that deliveries in the outbox refer to. The outbox holds what is
// not yet sent: a short read.
func waitingAlerts(tx *bbolt.Tx) (map[uint64]bool, error) {
	waiting := map[uint64]bool{}
	err := tx.Bucket([]byte(bucketOutbox)).ForEach(func(k, v []byte) error {
		var e entry
		if unmarshal(k, v, &e) == nil { // an unreadable entry is the outbox reader's to set aside
			waiting[e.Alert] = true
		}
		return nil
	})
	return waiting, err
}
