package store

import (
	"context"
	"errors"
	"time"
)

// errEnough stops a slice's walk once the caller has all the rows it asked for.
var errEnough = errors.New("store: enough rows")

// Slices of a bounded walk: the first is short, so that the newest page of a busy archive costs one
// small read; each slice that found nothing doubles, up to maxSlice, so that a rare filter over a quiet
// archive still moves on quickly. maxSlice bounds how far past its deadline a request can read.
const (
	firstSlice = 24 * time.Hour
	maxSlice   = 4 * 24 * time.Hour
)

// MentionsWithin calls fn for the rows q selects, as Mentions does, but reads q's range in slices of
// time (newest or oldest first, as q says) and looks at ctx between slices and between rows, so that a
// query that matches little cannot keep the daemon reading the whole archive: the web asks with a
// deadline. q.Since and q.Until must both be set. q.Offset and q.Limit count over the whole range.
//
// It returns how far the range was read completely: q.Since (newest first) or q.Until (oldest first)
// when the walk finished or the limit was reached, else the edge of the last slice read whole, with
// ctx's error. An error from fn stops the walk and is returned as is.
func (db *DB) MentionsWithin(ctx context.Context, q Query, fn func(Row) error) (time.Time, error) {
	if q.Since.IsZero() || q.Until.IsZero() {
		return time.Time{}, errors.New("store: mentions within: the range needs both ends")
	}
	skipped, sent := 0, 0
	span := firstSlice
	lo, hi := q.Since, q.Until
	for lo.Before(hi) {
		if err := ctx.Err(); err != nil {
			if q.Newest {
				return hi, err
			}
			return lo, err
		}
		sub := q
		sub.Offset, sub.Limit = 0, 0
		if q.Newest {
			sub.Until, sub.Since = hi, maxTime(lo, hi.Add(-span))
		} else {
			sub.Since, sub.Until = lo, minTime(hi, lo.Add(span))
		}
		found := 0
		err := db.Mentions(sub, func(r Row) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			found++
			if skipped < q.Offset {
				skipped++
				return nil
			}
			if err := fn(r); err != nil {
				return err
			}
			sent++
			if q.Limit > 0 && sent == q.Limit {
				return errEnough
			}
			return nil
		})
		switch {
		case errors.Is(err, errEnough):
			if q.Newest {
				return q.Since, nil
			}
			return q.Until, nil
		case err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()):
			if q.Newest {
				return hi, err
			}
			return lo, err
		case err != nil:
			return time.Time{}, err
		}
		if q.Newest {
			hi = sub.Since
		} else {
			lo = sub.Until
		}
		if found == 0 && span < maxSlice {
			span *= 2
		}
	}
	if q.Newest {
		return q.Since, nil
	}
	return q.Until, nil
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
