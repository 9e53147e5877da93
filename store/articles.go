package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"time"
	"unicode/utf8"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// excerptSize bounds the article text kept with each record: enough to recognise the article in a
// listing, small enough that years of news keep the file small. The full text is not needed once the
// article has been decided.
const excerptSize = 2048

// articlesPage is how many records Articles reads per read transaction. The callback runs outside any
// transaction, so it may itself use the database, and a long export never holds the mmap lock for long.
const articlesPage = 256

// Record is an article as the store keeps it: its fields, an excerpt of its text, the mentions found in
// it, and whether an alert was queued for it.
type Record struct {
	Source    string              `json:"source"`
	URL       string              `json:"url"`
	Title     string              `json:"title"`
	Published time.Time           `json:"published,omitzero"`
	Fetched   time.Time           `json:"fetched"`
	Lang      string              `json:"lang,omitempty"`
	Excerpt   string              `json:"excerpt,omitempty"` // the first ~2 KiB of the text, cut between runes
	Mentions  []agrowatch.Mention `json:"mentions,omitempty"`
	Alerted   bool                `json:"alerted"` // Commit was given an alert for it
}

// Stats counts what the database holds.
type Stats struct {
	Articles int   // articles recorded
	Alerted  int   // of those, articles committed with an alert
	Outbox   int   // deliveries waiting
	Dropped  int   // deliveries given up
	FileSize int64 // bytes on disk; bbolt files never shrink
}

// Seen reports whether the article at this canonical URL was already committed.
// A site's stable article key (agrowatch.Article.Key) is looked up the same way.
func (db *DB) Seen(canonicalURL string) (bool, error) {
	var seen bool
	err := db.view("seen", func(tx *bbolt.Tx) error {
		seen = tx.Bucket([]byte(bucketArticles)).Get([]byte(canonicalURL)) != nil ||
			tx.Bucket([]byte(bucketKeys)).Get([]byte(canonicalURL)) != nil
		return nil
	})
	return seen, err
}

// Commit decides an article in one transaction: it records the article with its mentions and queues one
// Delivery of alert per destination, or, when the URL was already recorded, does nothing and returns
// new=false. A nil alert records the article only. Either all of it is written or none of it.
func (db *DB) Commit(a agrowatch.Article, mentions []agrowatch.Mention, alert *agrowatch.Alert, destinations []string) (new bool, err error) {
	if a.URL == "" {
		return false, errors.New("store: commit: article has no URL")
	}
	err = db.update("commit "+a.URL, func(tx *bbolt.Tx) error {
		new, err = db.commit(tx, a, mentions, alert, destinations)
		return err
	})
	if err != nil {
		return false, err
	}
	return new, nil
}

// commit is Commit inside the caller's write transaction.
func (db *DB) commit(tx *bbolt.Tx, a agrowatch.Article, mentions []agrowatch.Mention, alert *agrowatch.Alert, destinations []string) (bool, error) {
	articles := tx.Bucket([]byte(bucketArticles))
	key := []byte(a.URL)
	if articles.Get(key) != nil {
		return false, nil
	}
	keys := tx.Bucket([]byte(bucketKeys))
	if a.Key != "" {
		if keys.Get([]byte(a.Key)) != nil {
			return false, nil // the same article under an edited URL
		}
		if err := keys.Put([]byte(a.Key), key); err != nil {
			return false, err
		}
	}
	now := db.now()
	fetched := a.Fetched
	if fetched.Before(time.Unix(0, 0)) { // zero: the index needs a time that fits unsigned nanoseconds
		fetched = now
	}
	rec := Record{
		Source:    a.Source,
		URL:       a.URL,
		Title:     a.Title,
		Published: a.Published,
		Fetched:   fetched,
		Lang:      a.Lang,
		Excerpt:   excerpt(a.Text, excerptSize),
		Mentions:  mentions,
		Alerted:   alert != nil,
	}
	if err := putJSON(articles, key, rec); err != nil {
		return false, err
	}
	// The index value is the alerted flag, so that Stats counts without decoding a single record.
	flag := []byte{0}
	if rec.Alerted {
		flag[0] = 1
	}
	if err := tx.Bucket([]byte(bucketByFetch)).Put(fetchKey(fetched, a.URL), flag); err != nil {
		return false, err
	}
	if alert == nil {
		return true, nil
	}
	queued := make(map[string]bool, len(destinations))
	for _, chat := range destinations {
		chat = movedChat(tx, chat)
		if queued[chat] { // one chat listed twice would get the alert twice
			continue
		}
		queued[chat] = true
		if _, err := enqueue(tx, chat, *alert, now); err != nil {
			return false, err
		}
	}
	return true, nil
}

// Articles calls fn for every article fetched at or after since, in fetch order. fn runs outside any
// transaction; an error from it stops the walk and is returned as is.
func (db *DB) Articles(since time.Time, fn func(Record) error) error {
	var start []byte
	if since.After(time.Unix(0, 0)) {
		start = binary.BigEndian.AppendUint64(nil, uint64(since.UnixNano()))
	}
	for {
		page := make([]Record, 0, articlesPage)
		var next []byte
		err := db.view("articles", func(tx *bbolt.Tx) error {
			articles := tx.Bucket([]byte(bucketArticles))
			c := tx.Bucket([]byte(bucketByFetch)).Cursor()
			k, _ := c.First()
			if start != nil {
				k, _ = c.Seek(start)
			}
			for ; k != nil; k, _ = c.Next() {
				if len(page) == articlesPage {
					next = bytes.Clone(k)
					return nil
				}
				if len(k) < 8 {
					return fmt.Errorf("malformed index key %q", k)
				}
				var rec Record
				ok, err := getJSON(articles, k[8:], &rec)
				if err != nil {
					return err
				}
				if !ok {
					return fmt.Errorf("index names %q, which is not recorded", k[8:])
				}
				page = append(page, rec)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, rec := range page {
			if err := fn(rec); err != nil {
				return err
			}
		}
		if next == nil {
			return nil
		}
		start = next
	}
}

// Stats counts articles, alerted articles, waiting and dropped deliveries, and gives the file's size.
func (db *DB) Stats() (Stats, error) {
	var s Stats
	err := db.view("stats", func(tx *bbolt.Tx) error {
		c := tx.Bucket([]byte(bucketByFetch)).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			s.Articles++
			if len(v) == 1 && v[0] == 1 {
				s.Alerted++
			}
		}
		s.Outbox = tx.Bucket([]byte(bucketOutbox)).Stats().KeyN
		s.Dropped = tx.Bucket([]byte(bucketDropped)).Stats().KeyN
		return nil
	})
	if err != nil {
		return Stats{}, err
	}
	// The file, not tx.Size: bbolt grows the file ahead of the pages in use.
	fi, err := os.Stat(db.path)
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	s.FileSize = fi.Size()
	return s, nil
}

// fetchKey is the index key of an article: fetch time first, so that a time range is a cursor range.
func fetchKey(fetched time.Time, url string) []byte {
	k := make([]byte, 0, 8+len(url))
	k = binary.BigEndian.AppendUint64(k, uint64(fetched.UnixNano()))
	return append(k, url...)
}

// excerpt returns at most max bytes from the start of text, cut at a rune boundary so that Cyrillic text
// stays valid UTF-8.
func excerpt(text string, max int) string {
	if len(text) <= max {
		return text
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}
