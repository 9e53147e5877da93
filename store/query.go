package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// Query selects stored mentions for the archive: export, the web page, the bot's /recent. Zero fields
// select everything. Times are the article's (its publication, or its first read when it names none).
type Query struct {
	Since, Until time.Time        // Since inclusive, Until exclusive
	Kinds        []agrowatch.Kind // any of these
	Status       string
	Commodity    string
	Country      string // ISO code in any role: by, on, from or to
	By, On       string
	From, To     string
	Source       string // the article's source, or one that also reported it
	Words        string // every word, case-insensitive, in the sentence or the title
	Newest       bool   // newest first (the web); otherwise oldest first (export)
	Limit        int    // rows at most; 0 means no limit
	Offset       int    // rows skipped first
}

// Row is one stored mention with its article.
type Row struct {
	Article Record // without the body; its Mentions are all of the article's
	Index   int    // which of the article's mentions
	Mention agrowatch.Mention
	// Alerted says this mention went out in an alert; RepeatOf names the article that first alerted the
	// fact when this one repeated it.
	Alerted  bool
	RepeatOf uint64
}

// AlsoReported lists the other sources that told the row's story, without repeats.
func (r Row) AlsoReported() []string {
	var out []string
	seen := map[string]bool{r.Article.Source: true}
	for _, rep := range r.Article.Also {
		if !seen[rep.Source] {
			seen[rep.Source] = true
			out = append(out, rep.Source)
		}
	}
	return out
}

// queryPage is how many rows one read transaction of Mentions gathers.
const queryPage = 256

// Mentions calls fn for every stored mention q selects, in time order. It seeks the archive's index by
// kind and time, so a query over a short range reads only that range however large the archive is. fn
// runs outside any transaction; an error from it stops the walk and is returned as is.
func (db *DB) Mentions(q Query, fn func(Row) error) error {
	kinds := q.kinds()
	// pos holds, per kind, the key to resume from (nil: start; done: exhausted).
	pos := make([][]byte, len(kinds))
	done := make([]bool, len(kinds))
	skipped, sent := 0, 0
	words := q.words()
	for {
		var page []Row
		more := false
		err := db.view("mentions", func(tx *bbolt.Tx) error {
			idx := tx.Bucket([]byte(bucketMentions))
			articles := tx.Bucket([]byte(bucketArticles))
			curs := make([]*bbolt.Cursor, len(kinds))
			heads := make([][]byte, len(kinds))
			vals := make([][]byte, len(kinds)) // the heads' index values (mentionSummary)
			for i, k := range kinds {
				if done[i] {
					continue
				}
				curs[i] = idx.Cursor()
				heads[i], vals[i] = db.queryStart(curs[i], k, q, pos[i])
			}
			recs := map[uint64]*Record{}
			for len(page) < queryPage {
				// Take the head that comes first in time order.
				best := -1
				for i, h := range heads {
					if h == nil {
						continue
					}
					if best < 0 || (q.Newest && bytes.Compare(h[len(kinds[i])+1:], heads[best][len(kinds[best])+1:]) > 0) ||
						(!q.Newest && bytes.Compare(h[len(kinds[i])+1:], heads[best][len(kinds[best])+1:]) < 0) {
						best = i
					}
				}
				if best < 0 {
					return nil
				}
				k := heads[best]
				pref := len(kinds[best]) + 1
				if len(k) != pref+18 {
					return fmt.Errorf("malformed mention index key %q", k)
				}
				id := binary.BigEndian.Uint64(k[pref+8:])
				mi := int(binary.BigEndian.Uint16(k[pref+16:]))
				rec, ok := recs[id]
				if !ok && !summaryMatches(vals[best], q) {
					rec, ok = nil, true // this mention cannot match: its article is not decoded for it
				}
				if !ok {
					rec = new(Record)
					found, err := getJSON(articles, k[pref+8:pref+16], rec)
					if err != nil {
						return err
					}
					if !found {
						return fmt.Errorf("mention index names article %d, which is not recorded", id)
					}
					recs[id] = rec
				}
				if rec != nil && mi < len(rec.Mentions) {
					row := rowOf(rec, mi)
					if q.matches(row, words) {
						if skipped < q.Offset {
							skipped++
						} else {
							page = append(page, row)
						}
					}
				}
				heads[best], vals[best] = db.queryNext(curs[best], kinds[best], q)
				if heads[best] == nil {
					done[best] = true
				} else {
					pos[best] = bytes.Clone(heads[best])
				}
			}
			for _, h := range heads {
				if h != nil {
					more = true
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, row := range page {
			if q.Limit > 0 && sent == q.Limit {
				return nil
			}
			if err := fn(row); err != nil {
				return err
			}
			sent++
		}
		if !more || (q.Limit > 0 && sent == q.Limit) {
			return nil
		}
	}
}

// queryStart positions c at the first key of kind within q's range, or at resume, and returns it with
// its value.
func (db *DB) queryStart(c *bbolt.Cursor, kind agrowatch.Kind, q Query, resume []byte) ([]byte, []byte) {
	prefix := append([]byte(kind), 0)
	if resume != nil {
		k, v := c.Seek(resume)
		if q.Newest && !bytes.Equal(k, resume) {
			// The key went meanwhile: the one before it is next, newest first.
			if k == nil {
				k, v = c.Last()
			} else {
				k, v = c.Prev()
			}
		}
		return inRangeValue(k, v, prefix, q)
	}
	if q.Newest {
		end := binary.BigEndian.AppendUint64(bytes.Clone(prefix), ^uint64(0))
		if !q.Until.IsZero() {
			end = binary.BigEndian.AppendUint64(bytes.Clone(prefix), nanos(q.Until))
		}
		k, v := c.Seek(end)
		if k == nil {
			k, v = c.Last()
		} else {
			k, v = c.Prev()
		}
		return inRangeValue(k, v, prefix, q)
	}
	k, v := c.Seek(binary.BigEndian.AppendUint64(bytes.Clone(prefix), nanos(q.Since)))
	return inRangeValue(k, v, prefix, q)
}

func (db *DB) queryNext(c *bbolt.Cursor, kind agrowatch.Kind, q Query) ([]byte, []byte) {
	prefix := append([]byte(kind), 0)
	var k, v []byte
	if q.Newest {
		k, v = c.Prev()
	} else {
		k, v = c.Next()
	}
	return inRangeValue(k, v, prefix, q)
}

// inRangeValue is inRange for a key and its value: both, or both nil.
func inRangeValue(k, v, prefix []byte, q Query) ([]byte, []byte) {
	if inRange(k, prefix, q) == nil {
		return nil, nil
	}
	return k, v
}

// inRange returns k when it is a key of this kind within q's time range, else nil.
func inRange(k, prefix []byte, q Query) []byte {
	if k == nil || !bytes.HasPrefix(k, prefix) || len(k) < len(prefix)+8 {
		return nil
	}
	t := binary.BigEndian.Uint64(k[len(prefix):])
	if !q.Since.IsZero() && t < nanos(q.Since) {
		return nil
	}
	if !q.Until.IsZero() && t >= nanos(q.Until) {
		return nil
	}
	return k
}

// mentionSummary is the value of a mention's index key: the fields queries filter on, so that a query
// skips a mention that cannot match without decoding its article (decoding is most of a query's cost).
// Fields are separated by 0x1f: status, by, on, from, to, commodity, the article's source, and "+" when
// other sources also reported the article (they match a source filter too), else "".
func mentionSummary(m agrowatch.Mention, rec *Record) []byte {
	also := ""
	if len(rec.Also) > 0 {
		also = "+"
	}
	return []byte(strings.Join([]string{m.Status, m.By, m.On, m.From, m.To, m.Commodity, rec.Source, also}, "\x1f"))
}

// summaryMatches reports whether a mention whose index value is v can match q's field filters; a value
// of another shape (none) cannot say, and matches.
func summaryMatches(v []byte, q Query) bool {
	f := strings.Split(string(v), "\x1f")
	if len(f) != 8 {
		return true
	}
	m := agrowatch.Mention{Status: f[0], By: f[1], On: f[2], From: f[3], To: f[4], Commodity: f[5]}
	source, also := f[6], f[7]
	return q.fieldsMatch(m) && (q.Source == "" || source == q.Source || also != "")
}

func rowOf(rec *Record, i int) Row {
	row := Row{Article: *rec, Index: i, Mention: rec.Mentions[i]}
	for _, a := range rec.Alerted {
		if a == i {
			row.Alerted = true
		}
	}
	for _, r := range rec.Repeats {
		if r.Mention == i {
			row.RepeatOf = r.Of
		}
	}
	return row
}

// kinds are the kinds q selects: q.Kinds, or every kind when it names none.
func (q Query) kinds() []agrowatch.Kind {
	if len(q.Kinds) == 0 {
		return agrowatch.Kinds()
	}
	return q.Kinds
}

// words are the lowercased words of q.Words, as matches takes them.
func (q Query) words() []string { return strings.Fields(strings.ToLower(q.Words)) }

// fieldsMatch reports whether a mention's status, commodity and countries pass q's filters on them.
func (q Query) fieldsMatch(m agrowatch.Mention) bool {
	switch {
	case q.Status != "" && m.Status != q.Status,
		q.Commodity != "" && m.Commodity != q.Commodity,
		q.By != "" && m.By != q.By,
		q.On != "" && m.On != q.On,
		q.From != "" && m.From != q.From,
		q.To != "" && m.To != q.To,
		q.Country != "" && m.By != q.Country && m.On != q.Country && m.From != q.Country && m.To != q.Country:
		return false
	}
	return true
}

func (q Query) matches(r Row, words []string) bool {
	m := r.Mention
	if !q.fieldsMatch(m) {
		return false
	}
	if q.Source != "" && r.Article.Source != q.Source {
		also := false
		for _, rep := range r.Article.Also {
			also = also || rep.Source == q.Source
		}
		if !also {
			return false
		}
	}
	if len(words) > 0 {
		hay := strings.ToLower(m.Sentence + "\n" + r.Article.Title)
		for _, w := range words {
			if !strings.Contains(hay, w) {
				return false
			}
		}
	}
	return true
}
