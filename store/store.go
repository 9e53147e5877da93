// Package store keeps agrowatch's state in one bbolt file: the articles already decided, the outbox of
// alerts still to deliver, and what each source needs between polls (conditional-GET validators,
// health). Every value is JSON; every key that is a number or a time is big-endian, so that ranges and
// pruning are cursor scans.
package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// schemaVersion is the layout this code reads and writes. A release that changes the layout bumps it
// and migrates older files in migrate; a file written by a newer release is refused.
//
// Version 2 (this one) keeps the whole archive: articles by id with their compressed bodies,
// fingerprints and mentions, alerts stored once and referred to by the outbox, and the indexes that the
// dedup decision, retention and the archive's queries seek in. Version 1 kept a 2 KiB excerpt per
// article, keyed by URL, and a copy of the alert in every outbox entry.
const schemaVersion = 2

// Bucket names. Constants rather than []byte variables, so that no package-level state can be mutated.
// Every number in a key is 8 bytes big-endian; "fetched" and "published" are unix nanoseconds.
const (
	bucketMeta       = "meta"
	bucketArticles   = "articles"          // id → Record
	bucketURLs       = "article_urls"      // canonical URL → id
	bucketKeys       = "article_keys"      // Article.Key → id
	bucketBodies     = "bodies"            // <id><1-byte piece> → zstd-compressed text, in pieces of bodyChunk
	bucketPrints     = "fingerprints"      // id → dedup.Fingerprint bytes
	bucketByFetch    = "articles_by_fetch" // <fetched><id> → 1 byte of flags (flagAlerted, flagTombstone)
	bucketNear       = "near"              // <band 1 byte><band value 8><fetched><id> → nothing: the near-duplicate index
	bucketFacts      = "facts"             // <factClass> 0x00 <fetched><id><2-byte index> → factEntry: alerted facts
	bucketMentions   = "mentions"          // <kind> 0x00 <published or fetched><id><2-byte index> → nothing: the archive's index
	bucketAlerts     = "alerts"            // id → agrowatch.Alert, stored once for every chat it is queued for
	bucketOutbox     = "outbox"            // 8-byte id → entry (chat, alert id, progress)
	bucketQueued     = "outbox_keys"       // <chat> 0x00 <alert id> → outbox id: an alert is queued once per chat, ever
	bucketDropped    = "dropped"           // 8-byte id → dropped
	bucketValidators = "validators"        // <source> 0x00 <URL> → agrowatch.Validators
	bucketHealth     = "health"            // source → agrowatch.Health
	bucketChatMoves  = "chat_moves"        // old chat id → new chat id (a group that became a supergroup)

	metaVersion = "version" // decimal text, readable with the bbolt command-line tool
)

var allBuckets = [...]string{bucketMeta, bucketArticles, bucketURLs, bucketKeys, bucketBodies, bucketPrints, bucketByFetch,
	bucketNear, bucketFacts, bucketMentions, bucketAlerts, bucketOutbox, bucketQueued, bucketDropped, bucketValidators,
	bucketHealth, bucketChatMoves, bucketLanes, bucketChats}

// ErrLocked is returned by Open when another process (or another Open in this one) holds the file.
var ErrLocked = errors.New("store: database is in use by another agrowatch process")

// ErrSchema is returned by Open for a file written by a newer agrowatch, whose layout this one does not
// know.
var ErrSchema = errors.New("store: database was written by a newer agrowatch")

// ErrNotFound is returned by the outbox methods for an id that is not (or no longer) in the outbox.
var ErrNotFound = errors.New("store: no such delivery in the outbox")

// Options tunes Open. The zero value is ready to use.
type Options struct {
	Timeout time.Duration    // lock wait; 0 means 1 s
	Now     func() time.Time // clock; nil means time.Now
}

// DB is an open agrowatch database. Its methods are safe for concurrent use.
type DB struct {
	bolt  *bbolt.DB
	path  string
	now   func() time.Time
	codec *codec
	facts *factCache // alerted facts decoded by the dedup decision
}

// Open opens or creates the database at path with mode 0600, creates the buckets, and checks the schema
// version. bbolt would wait forever for the file lock; Open waits opt.Timeout and then returns an error
// wrapping ErrLocked.
func Open(path string, opt Options) (*DB, error) {
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = time.Second
	}
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	bdb, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: timeout})
	if err != nil {
		switch {
		case errors.Is(err, berrors.ErrTimeout):
			return nil, fmt.Errorf("%w: %s (no lock after %s)", ErrLocked, path, timeout)
		case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrChecksum),
			!hasBoltMagic(path):
			// bbolt reports some garbage only as "file size too small": the magic check names it.
			return nil, fmt.Errorf("store: %s is not an agrowatch database (not a bbolt file, or a damaged one): %w", path, err)
		}
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	c, err := newCodec()
	if err != nil {
		_ = bdb.Close()
		return nil, err
	}
	db := &DB{bolt: bdb, path: path, now: now, codec: c, facts: newFactCache()}
	if err := bdb.Update(db.initSchema); err != nil {
		_ = bdb.Close()
		return nil, err
	}
	return db, nil
}

// initSchema stamps a fresh file with the schema version, refuses files it cannot read, and creates the
// buckets. Its errors are final: they already carry the prefix and the path.
func (db *DB) initSchema(tx *bbolt.Tx) error {
	meta := tx.Bucket([]byte(bucketMeta))
	if meta == nil {
		// A fresh file has no bucket at all. A bbolt file with buckets but no meta belongs to some
		// other program: adding ours to it would only hide the mistake.
		if name, _ := tx.Cursor().First(); name != nil {
			return fmt.Errorf("store: %s is a bbolt database of another program (bucket %q, no %q)", db.path, name, bucketMeta)
		}
		var err error
		if meta, err = tx.CreateBucket([]byte(bucketMeta)); err != nil {
			return fmt.Errorf("store: init %s: %w", db.path, err)
		}
		if err := meta.Put([]byte(metaVersion), []byte(strconv.Itoa(schemaVersion))); err != nil {
			return fmt.Errorf("store: init %s: %w", db.path, err)
		}
	}
	raw := string(meta.Get([]byte(metaVersion)))
	version, err := strconv.Atoi(raw)
	switch {
	case err != nil || version < 1:
		return fmt.Errorf("store: %s: unreadable schema version %q", db.path, raw)
	case version > schemaVersion:
		return fmt.Errorf("%w: %s has schema version %d, this agrowatch reads up to %d: upgrade agrowatch", ErrSchema, db.path, version, schemaVersion)
	case version < schemaVersion:
		// The whole migration is this one transaction: a crash leaves the old file as it was.
		if err := db.migrate(tx, version); err != nil {
			return fmt.Errorf("store: %s: migrate from schema version %d: %w", db.path, version, err)
		}
		if err := meta.Put([]byte(metaVersion), []byte(strconv.Itoa(schemaVersion))); err != nil {
			return fmt.Errorf("store: init %s: %w", db.path, err)
		}
	}
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
			return fmt.Errorf("store: init %s: bucket %s: %w", db.path, name, err)
		}
	}
	return nil
}

// boltMagic opens every bbolt meta page, after the 16-byte page header.
const boltMagic = 0xED0CDAED

// hasBoltMagic reports whether the file at path starts like a bbolt file. bbolt writes the magic in
// the machine's byte order; both are accepted.
func hasBoltMagic(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true // cannot tell: let the open error speak
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return true
	}
	var head [20]byte
	if _, err := io.ReadFull(f, head[:]); err != nil {
		return false
	}
	return binary.LittleEndian.Uint32(head[16:]) == boltMagic || binary.BigEndian.Uint32(head[16:]) == boltMagic
}

// Close releases the file and its lock.
func (db *DB) Close() error {
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", db.path, err)
	}
	return nil
}

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

// update runs fn in a write transaction. Errors from fn come back with the prefix and op, except
// ErrNotFound ones, which already say what was missing.
func (db *DB) update(op string, fn func(*bbolt.Tx) error) error {
	err := db.bolt.Update(fn)
	if err == nil || errors.Is(err, ErrNotFound) {
		return err
	}
	return fmt.Errorf("store: %s: %w", op, err)
}

// view runs fn in a read transaction; errors come back with the prefix and op.
func (db *DB) view(op string, fn func(*bbolt.Tx) error) error {
	if err := db.bolt.View(fn); err != nil {
		return fmt.Errorf("store: %s: %w", op, err)
	}
	return nil
}

// putJSON stores v as JSON under key.
func putJSON(b *bbolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

// getJSON decodes the value under key into v, reporting whether there was one. Decoding copies the
// value out of the transaction's memory map, so v stays valid after it.
func getJSON(b *bbolt.Bucket, key []byte, v any) (bool, error) {
	data := b.Get(key)
	if data == nil {
		return false, nil
	}
	return true, unmarshal(key, data, v)
}

// unmarshal decodes one value read at key, naming the key when it fails.
func unmarshal(key, data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("decode value of %q: %w", key, err)
	}
	return nil
}

// idKey is the key of an id: big-endian, so that cursor order is id order.
func idKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64(make([]byte, 0, 8), id)
}

// keyID reads an id written by idKey; 0 (never an id) for a malformed one.
func keyID(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// nanos is a time as the indexes order it. Times before 1970 (the zero time) sort first.
func nanos(t time.Time) uint64 {
	if t.Before(time.Unix(0, 0)) {
		return 0
	}
	return uint64(t.UnixNano())
}
