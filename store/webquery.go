package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// Slices of a bounded walk: the first is short, so that the newest page of a busy archive costs one
// small read; each slice that found nothing doubles, up to maxSlice, so that a rare filter over a quiet
// archive still moves on quickly.
const (
	firstSlice = 24 * time.Hour
	maxSlice   = 4 * 24 * time.Hour
	// checkEvery is how many index keys a slice reads between two looks at the context, so that a
	// deadline stops even a slice that matches nothing.
	checkEvery = 512
)

// MentionsWithin calls fn for the rows q selects, in the order Mentions gives them, but reads q's range
// in slices of time (newest or oldest first, as q says) and looks at ctx as it goes, so that a query
// that matches little cannot keep the daemon reading the whole archive: the web asks with a deadline.
// q.Since and q.Until must both be set. q.Offset and q.Limit count over the whole range.
//
// It skips the decoding of an article whose stored JSON cannot hold a match (it lacks the commodity,
// country, status, source or words asked for): decoding is most of a query's cost, and a selective
// query would otherwise decode every article of its range.
//
// It returns how far the range was read completely: q.Since (newest first) or q.Until (oldest first)
// when the walk finished or the limit was reached, else the edge of the last slice read whole, with
// ctx's error. An error from fn stops the walk and is returned as is.
func (db *DB) MentionsWithin(ctx context.Context, q Query, fn func(Row) error) (time.Time, error) {
	if q.Since.IsZero() || q.Until.IsZero() {
		return time.Time{}, errors.New("store: mentions within: the range needs both ends")
	}
	w := newSliceWalk(q)
	skipped, sent := 0, 0
	span := firstSlice
	lo, hi := q.Since, q.Until
	edge := func() time.Time {
		if q.Newest {
			return hi
		}
		return lo
	}
	for lo.Before(hi) {
		if err := ctx.Err(); err != nil {
			return edge(), err
		}
		sub := q
		if q.Newest {
			sub.Until, sub.Since = hi, maxTime(lo, hi.Add(-span))
		} else {
			sub.Since, sub.Until = lo, minTime(hi, lo.Add(span))
		}
		need := 0 // rows this slice must find at most; 0: all
		if q.Limit > 0 {
			need = q.Offset - skipped + q.Limit - sent
		}
		rows, werr := w.slice(ctx, db, sub, need)
		for _, r := range rows {
			if err := ctx.Err(); err != nil {
				return edge(), err
			}
			if skipped < q.Offset {
				skipped++
				continue
			}
			if err := fn(r); err != nil {
				return time.Time{}, err
			}
			if sent++; q.Limit > 0 && sent == q.Limit {
				if q.Newest {
					return q.Since, nil
				}
				return q.Until, nil
			}
		}
		if werr != nil {
			if ctx.Err() != nil && errors.Is(werr, ctx.Err()) {
				return edge(), werr
			}
			return time.Time{}, werr
		}
		if q.Newest {
			hi = sub.Since
		} else {
			lo = sub.Until
		}
		if len(rows) == 0 && span < maxSlice {
			span *= 2
		}
	}
	if q.Newest {
		return q.Since, nil
	}
	return q.Until, nil
}

// sliceWalk is what every slice of one query shares: its kinds, words, and the byte strings an
// article's stored JSON must contain to hold a match.
type sliceWalk struct {
	q       Query
	kinds   []agrowatch.Kind
	words   []string
	needles [][]byte // each must appear in the record's JSON
	lower   [][]byte // each must appear in the record's JSON once lowercased (the words)
}

func newSliceWalk(q Query) *sliceWalk {
	w := &sliceWalk{q: q, kinds: q.kinds(), words: q.words()}
	// The record is written by encoding/json: a field is `"name":value`, its value escaped as
	// json.Marshal escapes it, so the needle is made by json.Marshal too.
	field := func(name, value string) {
		if value == "" {
			return
		}
		v, err := json.Marshal(value)
		if err != nil {
			return
		}
		w.needles = append(w.needles, append([]byte(`"`+name+`":`), v...))
	}
	field("status", q.Status)
	field("commodity", q.Commodity)
	field("by", q.By)
	field("on", q.On)
	field("from", q.From)
	field("to", q.To)
	field("source", q.Source) // the article's, or a report's in also_reported
	if q.Country != "" {
		if v, err := json.Marshal(q.Country); err == nil {
			w.needles = append(w.needles, v) // in by, on, from or to
		}
	}
	for _, word := range w.words {
		// A word JSON writes as it is appears as it is in the record; one with a character JSON escapes
		// (quotes, <, >, &, controls) is left to the decoded match.
		if v, err := json.Marshal(word); err == nil && string(v) == `"`+word+`"` {
			w.lower = append(w.lower, []byte(word))
		}
	}
	return w
}

// may reports whether an article's stored JSON can hold a match: false only when a needle is missing.
func (w *sliceWalk) may(raw []byte) bool {
	for _, n := range w.needles {
		if !bytes.Contains(raw, n) {
			return false
		}
	}
	if len(w.lower) > 0 {
		low := bytes.ToLower(raw)
		for _, n := range w.lower {
			if !bytes.Contains(low, n) {
				return false
			}
		}
	}
	return true
}

// sliceHit is one key of the mention index within a slice.
type sliceHit struct {
	suffix []byte // time, id, index: what the order compares
	kind   int
	id     uint64
	index  int
}

// slice reads the rows of one slice of time (q's Since and Until) in q's order, up to need (0: all), in
// one read transaction. On ctx's end it returns the rows found so far with ctx's error.
func (w *sliceWalk) slice(ctx context.Context, db *DB, q Query, need int) ([]Row, error) {
	var rows []Row
	err := db.view("mentions within", func(tx *bbolt.Tx) error {
		idx := tx.Bucket([]byte(bucketMentions))
		articles := tx.Bucket([]byte(bucketArticles))
		// Each kind's keys come in time order; merged as Mentions merges them: by time, id and index
		// (newest or oldest first), the kinds in q's order on a tie. A merge, not a sort: a slice may
		// hold thousands of keys, and a query reads hundreds of slices.
		lists := make([][]sliceHit, len(w.kinds))
		total := 0
		for i, k := range w.kinds {
			prefix := append([]byte(k), 0)
			c := idx.Cursor()
			start := binary.BigEndian.AppendUint64(bytes.Clone(prefix), nanos(q.Since))
			for key, v := c.Seek(start); inRange(key, prefix, q) != nil; key, v = c.Next() {
				if len(key) != len(prefix)+18 {
					return fmt.Errorf("malformed mention index key %q", key)
				}
				if !summaryMatches(v, w.q) {
					continue // its fields rule it out: the article is not even looked at for it
				}
				p := len(prefix)
				lists[i] = append(lists[i], sliceHit{suffix: key[p:], kind: i, id: binary.BigEndian.Uint64(key[p+8:]),
					index: int(binary.BigEndian.Uint16(key[p+16:]))})
			}
			if q.Newest {
				slices.Reverse(lists[i])
			}
			total += len(lists[i])
		}
		hits := make([]sliceHit, 0, total)
		pos := make([]int, len(lists))
		for len(hits) < total {
			best := -1
			for i, l := range lists {
				if pos[i] == len(l) {
					continue
				}
				if best < 0 {
					best = i
					continue
				}
				c := bytes.Compare(l[pos[i]].suffix, lists[best][pos[best]].suffix)
				if q.Newest && c > 0 || !q.Newest && c < 0 {
					best = i
				}
			}
			hits = append(hits, lists[best][pos[best]])
			pos[best]++
		}
		recs := map[uint64]*Record{}
		for n, h := range hits {
			if n%checkEvery == checkEvery-1 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			rec, seen := recs[h.id]
			if !seen {
				raw := articles.Get(idKey(h.id))
				if raw == nil {
					return fmt.Errorf("mention index names article %d, which is not recorded", h.id)
				}
				if w.may(raw) {
					rec = new(Record)
					if err := unmarshal(idKey(h.id), raw, rec); err != nil {
						return err
					}
				}
				recs[h.id] = rec // nil: cannot match
			}
			if rec == nil || h.index >= len(rec.Mentions) {
				continue
			}
			if row := rowOf(rec, h.index); w.q.matches(row, w.words) {
				rows = append(rows, row)
				if need > 0 && len(rows) == need {
					return nil
				}
			}
		}
		return nil
	})
	if err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return rows, ctx.Err()
	}
	return rows, err
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
