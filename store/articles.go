package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"slices"
	"strconv"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
	"agrowatch/dedup"
)

// articlesPage is how many records Articles reads per read transaction. The callback runs outside any
// transaction, so it may itself use the database, and a long export never holds the mmap lock for long.
const articlesPage = 256

// Flags of an articles_by_fetch entry, so that Stats counts without decoding a single record.
const (
	flagAlerted   = 1 << 0
	flagTombstone = 1 << 1
)

// Record is an article as the store keeps it. Its body is kept apart, compressed (Body).
type Record struct {
	ID        uint64    `json:"id"`
	Source    string    `json:"source"`
	URL       string    `json:"url"`
	Key       string    `json:"key,omitempty"` // the site's own id (agrowatch.Article.Key)
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Fetched   time.Time `json:"fetched"`        // first read
	Read      time.Time `json:"read,omitzero"`  // last read when read again after Fetched (LastRead)
	Lang      string    `json:"lang,omitempty"` // as the source said, or as detected
	BodyHash  uint64    `json:"body_hash,omitempty"`
	// ETag and LastModified are the article page's validators, for reading it again for edits.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// Partial says the body is only the 2 KiB excerpt that schema version 1 kept, or the beginning of
	// a body too long to keep whole (putBody).
	Partial   bool                `json:"partial,omitempty"`
	Revisions int                 `json:"revisions,omitempty"` // edits seen after the first read
	Mentions  []agrowatch.Mention `json:"mentions,omitempty"`
	// Alerted lists the indexes of the mentions that were alerted; Repeats those that repeated a fact
	// another article had alerted. A mention in neither was found in an article too old to alert.
	Alerted []int    `json:"alerted,omitempty"`
	Repeats []Repeat `json:"repeats,omitempty"`
	Alerts  []uint64 `json:"alerts,omitempty"` // alerts queued for it: the first, then one per edit with new facts
	// FollowUp is the "also reported by" alert queued for it, when it only repeated what was alerted.
	FollowUp uint64 `json:"follow_up,omitempty"`
	// Story is the article this one is a near-duplicate of (0: none, it is its own story).
	Story uint64 `json:"story,omitempty"`
	// Also lists the other sources that told this story or repeated its facts.
	Also      []Report `json:"also_reported,omitempty"`
	Tombstone bool     `json:"tombstone,omitempty"` // pruned by retention: only its identity is left
}

// Repeat records that a mention repeated a fact first alerted in another article.
type Repeat struct {
	Mention int    `json:"mention"`
	Of      uint64 `json:"of"`
}

// Report is another source's telling of a story.
type Report struct {
	Source string    `json:"source"`
	URL    string    `json:"url"`
	At     time.Time `json:"at"`
}

// LastRead is when the article was last read: for edits, which are looked for while it is young.
func (r Record) LastRead() time.Time {
	if r.Read.After(r.Fetched) {
		return r.Read
	}
	return r.Fetched
}

// WasAlerted reports whether any alert was queued for the article.
func (r Record) WasAlerted() bool { return len(r.Alerts) > 0 }

// Stats counts what the database holds.
type Stats struct {
	Articles   int            // articles recorded, tombstones included
	Tombstones int            // of those, pruned by retention
	Alerted    int            // articles committed with an alert
	Mentions   map[string]int // stored mentions per kind
	Alerts     int            // alerts stored
	Outbox     int            // deliveries waiting
	Dropped    int            // deliveries given up
	Oldest     time.Time      // first fetch of the oldest article still kept whole
	FileSize   int64          // bytes on disk; bbolt files never shrink (db compact)
}

// Proposal is an article as watch would record it, with what it needs to decide whether it is news.
type Proposal struct {
	Article     agrowatch.Article
	Mentions    []agrowatch.Mention
	Fingerprint dedup.Fingerprint
	HasPrint    bool          // false when the body was too short for a fingerprint
	Fresh       bool          // published within alerts.max_age: its news may be alerted
	Window      time.Duration // how far back repeats are looked for; 0 means dedup.Window
	// Destinations names the chats an alert goes to; nil, or an empty answer, queues it nowhere.
	Destinations func(agrowatch.Alert) []string
	// FollowUps queues a one-line "also reported by" alert (agrowatch.Alert.AlsoOf) for an article whose
	// every fact repeats one already alerted (dedup.also_reported: message).
	FollowUps bool

	packed *packedBody // the body compressed before the write transaction; nil: compressed in it
}

// packedBody is an article's text and its compressed form.
type packedBody struct {
	text string
	z    []byte
}

// Outcome is what Commit did with a proposal.
type Outcome struct {
	ID       uint64           // the article's id (0 when nothing was written)
	New      bool             // the article was not recorded before
	Edited   bool             // it was, and its text changed: the record now holds the new text
	Alert    *agrowatch.Alert // the alert queued, nil for none
	AlertID  uint64
	Queued   int // deliveries queued
	Decision dedup.Decision
}

// Seen reports whether an article at this canonical URL, or with this Article.Key, was already committed.
func (db *DB) Seen(urlOrKey string) (bool, error) {
	var seen bool
	err := db.view("seen", func(tx *bbolt.Tx) error {
		seen = lookupID(tx, urlOrKey) != 0
		return nil
	})
	return seen, err
}

// lookupID finds an article by canonical URL or site key; 0 when neither is known.
func lookupID(tx *bbolt.Tx, urlOrKey string) uint64 {
	if v := tx.Bucket([]byte(bucketURLs)).Get(urlKey(urlOrKey)); v != nil {
		return keyID(v)
	}
	return keyID(tx.Bucket([]byte(bucketKeys)).Get([]byte(urlOrKey)))
}

// Lookup returns the record of the article at this canonical URL or with this key.
func (db *DB) Lookup(urlOrKey string) (Record, bool, error) {
	var (
		rec Record
		ok  bool
	)
	err := db.view("lookup", func(tx *bbolt.Tx) error {
		id := lookupID(tx, urlOrKey)
		if id == 0 {
			return nil
		}
		var err error
		ok, err = getJSON(tx.Bucket([]byte(bucketArticles)), idKey(id), &rec)
		return err
	})
	return rec, ok, err
}

// Record returns the record of the article with this id.
func (db *DB) Record(id uint64) (Record, bool, error) {
	var (
		rec Record
		ok  bool
	)
	err := db.view("record", func(tx *bbolt.Tx) error {
		var err error
		ok, err = getJSON(tx.Bucket([]byte(bucketArticles)), idKey(id), &rec)
		return err
	})
	return rec, ok, err
}

// Body returns the full text of an article, decompressed; "" for a tombstone.
func (db *DB) Body(id uint64) (string, error) {
	var raw []byte
	err := db.view("body", func(tx *bbolt.Tx) error {
		raw = getBody(tx, id)
		return nil
	})
	if err != nil || raw == nil {
		return "", err
	}
	text, err := db.codec.decompress(raw)
	if err != nil {
		return "", fmt.Errorf("store: body of article %d: %w", id, err)
	}
	return text, nil
}

// Commit decides an article in one transaction, so that two sources telling the same story at the same
// moment cannot both alert it:
//   - a new article is recorded with its body, fingerprint and mentions; its mentions are checked against
//     the facts alerted within the window and its body against the bodies fetched within it (dedup.Decide),
//     and an alert with the mentions that are news is stored once and queued for each destination;
//   - an article already recorded whose text is unchanged only has its read time updated;
//   - one whose text changed (an edit) keeps the newest text, counts the revision, and alerts only the
//     mentions that neither its earlier text nor another alerted article stated.
//
// Either all of it is written or none of it.
func (db *DB) Commit(p Proposal) (Outcome, error) {
	a := p.Article
	if a.URL == "" {
		return Outcome{}, errors.New("store: commit: article has no URL")
	}
	var out Outcome
	err := db.update("commit "+a.URL, func(tx *bbolt.Tx) error {
		var err error
		out, err = db.commit(tx, p)
		return err
	})
	if err != nil {
		return Outcome{}, err
	}
	return out, nil
}

// CommitBatch decides several articles in one transaction, in order, as Commit decides one: each sees
// the ones before it, so two tellings of one story in the same batch give one alert. One transaction
// means one pair of fdatasyncs for the batch instead of one per article; nothing of it is acknowledged
// before it is on disk. When the batch fails, each proposal is committed on its own, so that one article
// the store refuses does not hold back the others; errs[i] is proposal i's error.
func (db *DB) CommitBatch(ps []Proposal) (outs []Outcome, errs []error) {
	outs, errs = make([]Outcome, len(ps)), make([]error, len(ps))
	ps = db.pack(ps)
	err := db.update("commit batch", func(tx *bbolt.Tx) error {
		for i, p := range ps {
			if p.Article.URL == "" {
				return errors.New("article has no URL")
			}
			out, err := db.commit(tx, p)
			if err != nil {
				return fmt.Errorf("%s: %w", p.Article.URL, err)
			}
			outs[i] = out
		}
		return nil
	})
	if err == nil {
		return outs, errs
	}
	for i, p := range ps {
		outs[i], errs[i] = db.Commit(p)
	}
	return outs, errs
}

// pack compresses the bodies of the proposals whose articles the store does not hold yet, before the
// write transaction: compression was a third of a batch's time in it, and every other commit waited
// for the one writer meanwhile (three sources' batches, and each poll's last one at its end). An
// article already held is left to the transaction, which writes its body only when its text changed.
// ps is not modified: the proposals are copied.
func (db *DB) pack(ps []Proposal) []Proposal {
	fresh := make([]bool, len(ps))
	err := db.view("pack batch", func(tx *bbolt.Tx) error {
		for i, p := range ps {
			fresh[i] = lookupID(tx, p.Article.URL) == 0 && (p.Article.Key == "" || lookupID(tx, p.Article.Key) == 0)
		}
		return nil
	})
	if err != nil {
		return ps // the transaction compresses, as it would have
	}
	packed := slices.Clone(ps)
	for i := range packed {
		if fresh[i] && packed[i].Article.Text != "" {
			t := packed[i].Article.Text
			packed[i].packed = &packedBody{text: t, z: db.codec.compress(t)}
		}
	}
	return packed
}

// commit is Commit inside the caller's write transaction.
func (db *DB) commit(tx *bbolt.Tx, p Proposal) (Outcome, error) {
	a := p.Article
	id := lookupID(tx, a.URL)
	if id == 0 && a.Key != "" {
		id = lookupID(tx, a.Key) // the same article under an edited URL
	}
	if id != 0 {
		return db.revise(tx, id, p)
	}
	fetched := db.readAt(a)
	since := fetched.Add(-p.window())

	articles := tx.Bucket([]byte(bucketArticles))
	id, err := articles.NextSequence()
	if err != nil {
		return Outcome{}, err
	}
	rec := Record{
		ID: id, Source: a.Source, URL: a.URL, Key: a.Key, Title: a.Title, Published: a.Published,
		Fetched: fetched, Lang: a.Lang, BodyHash: bodyHash(a.Text),
		Mentions: p.Mentions, ETag: a.Validators.ETag, LastModified: a.Validators.LastModified,
	}

	var story *dedup.Story
	if p.HasPrint {
		if story, err = nearest(tx, p.Fingerprint, since, id); err != nil {
			return Outcome{}, err
		}
	}
	facts, err := db.alertedFacts(tx, p.Mentions, since)
	if err != nil {
		return Outcome{}, err
	}
	d := dedup.Decide(p.Mentions, story, facts)
	rec.Story = d.Story
	for _, i := range sortedKeys(d.RepeatOf) {
		rec.Repeats = append(rec.Repeats, Repeat{Mention: i, Of: d.RepeatOf[i]})
	}
	out := Outcome{ID: id, New: true, Decision: d}
	if p.Fresh && len(d.Alert) > 0 {
		if err := db.queueAlert(tx, &rec, d.Alert, p, &out); err != nil {
			return Outcome{}, err
		}
	}
	if p.Fresh && p.FollowUps && out.Alert == nil {
		if err := db.queueFollowUp(tx, &rec, d, p, &out); err != nil {
			return Outcome{}, err
		}
	}
	if err := db.putArticle(tx, &rec, a.Text, p, true); err != nil {
		return Outcome{}, err
	}
	// The other tellings are recorded on the story they repeat, for the archive's "also reported by".
	rep := Report{Source: a.Source, URL: a.URL, At: fetched}
	seen := map[uint64]bool{}
	for _, of := range append([]uint64{d.Story}, mapValues(d.RepeatOf)...) {
		if of == 0 || seen[of] {
			continue
		}
		seen[of] = true
		if err := addReport(tx, of, rep); err != nil {
			return Outcome{}, err
		}
	}
	return out, nil
}

// window is how far back repeats are looked for.
func (p Proposal) window() time.Duration {
	if p.Window <= 0 {
		return dedup.Window
	}
	return p.Window
}

// readAt is when the article was read: its Fetched, or now when it has none (the indexes need a time
// that fits unsigned nanoseconds).
func (db *DB) readAt(a agrowatch.Article) time.Time {
	if a.Fetched.Before(time.Unix(0, 0)) {
		return db.now()
	}
	return a.Fetched
}

// revise handles an article already recorded: an unchanged re-read, or an edit.
func (db *DB) revise(tx *bbolt.Tx, id uint64, p Proposal) (Outcome, error) {
	a := p.Article
	articles := tx.Bucket([]byte(bucketArticles))
	var rec Record
	ok, err := getJSON(articles, idKey(id), &rec)
	if err != nil {
		return Outcome{}, err
	}
	if !ok {
		return Outcome{}, fmt.Errorf("index names article %d, which is not recorded", id)
	}
	if rec.Tombstone {
		return Outcome{ID: id}, nil // pruned: never news again
	}
	read := db.readAt(a)
	rec.Read = read
	if a.Validators != (agrowatch.Validators{}) {
		rec.ETag, rec.LastModified = a.Validators.ETag, a.Validators.LastModified
	}
	if bodyHash(a.Text) == rec.BodyHash || a.Text == "" {
		return Outcome{ID: id}, putJSON(articles, idKey(id), rec)
	}
	// An edit: the facts its earlier text did not state are news, unless another article alerted them.
	if err := db.unindex(tx, &rec); err != nil {
		return Outcome{}, err
	}
	oldMentions, oldAlerted := rec.Mentions, map[string]bool{}
	for _, i := range rec.Alerted {
		if i < len(oldMentions) {
			oldAlerted[oldMentions[i].FactKey()] = true
		}
	}
	known := map[string]bool{}
	for _, m := range oldMentions {
		known[m.FactKey()] = true
	}
	rec.Mentions, rec.Alerted, rec.Repeats = p.Mentions, nil, nil
	rec.Title, rec.Revisions, rec.BodyHash, rec.Partial = a.Title, rec.Revisions+1, bodyHash(a.Text), false
	if !a.Published.IsZero() {
		rec.Published = a.Published
	}
	facts, err := db.alertedFacts(tx, p.Mentions, read.Add(-p.window()))
	if err != nil {
		return Outcome{}, err
	}
	var fresh []int
	for i, m := range p.Mentions {
		if oldAlerted[m.FactKey()] {
			rec.Alerted = append(rec.Alerted, i) // still alerted: it went out with the earlier text
			continue
		}
		if known[m.FactKey()] {
			continue
		}
		if j, ok := restated(m, oldMentions); ok {
			// The earlier text told the fact in other words: "meat plants" inspected, now "beef" since
			// the added paragraph names the goods. It is no news; it stays alerted if it went out.
			if oldAlerted[oldMentions[j].FactKey()] {
				rec.Alerted = append(rec.Alerted, i)
			}
			continue
		}
		repeated := false
		for _, f := range facts {
			if f.Article != id && dedup.Repeats(m, f.Mention) {
				rec.Repeats = append(rec.Repeats, Repeat{Mention: i, Of: f.Article})
				repeated = true
				break
			}
		}
		if !repeated {
			fresh = append(fresh, i)
		}
	}
	out := Outcome{ID: id, Edited: true, Decision: dedup.Decision{Story: rec.Story, Alert: fresh}}
	if p.Fresh && len(fresh) > 0 {
		if err := db.queueAlert(tx, &rec, fresh, p, &out); err != nil {
			return Outcome{}, err
		}
	}
	if err := db.putArticle(tx, &rec, a.Text, p, false); err != nil {
		return Outcome{}, err
	}
	return out, nil
}

// queueAlert stores one alert with the mentions at idx and queues it for every destination.
func (db *DB) queueAlert(tx *bbolt.Tx, rec *Record, idx []int, p Proposal, out *Outcome) error {
	a := p.Article
	alert := agrowatch.Alert{Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published}
	if alert.Published.IsZero() {
		alert.Published = rec.Published
	}
	for _, i := range idx {
		alert.Mentions = append(alert.Mentions, rec.Mentions[i])
	}
	rec.Alerted = append(rec.Alerted, idx...)
	slices.Sort(rec.Alerted)
	rec.Alerted = slices.Compact(rec.Alerted)
	var chats []string
	if p.Destinations != nil {
		chats = p.Destinations(alert)
	}
	alertID, err := putAlert(tx, alert)
	if err != nil {
		return err
	}
	rec.Alerts = append(rec.Alerts, alertID)
	n, err := queue(tx, alertID, chats, db.now())
	if err != nil {
		return err
	}
	out.Alert, out.AlertID, out.Queued = &alert, alertID, n
	// The alerted facts are what later articles are checked against.
	facts := tx.Bucket([]byte(bucketFacts))
	for _, i := range idx {
		if err := putJSON(facts, factKey(rec.Mentions[i], rec.Fetched, rec.ID, rec.Revisions<<8|i), rec.Mentions[i].Fact()); err != nil {
			return err
		}
	}
	return nil
}

// queueFollowUp queues the one-line follow-up of an article that told again what another had alerted:
// the story it copies, or the article of its first repeated fact.
func (db *DB) queueFollowUp(tx *bbolt.Tx, rec *Record, d dedup.Decision, p Proposal, out *Outcome) error {
	first := d.Story
	idx := sortedKeys(d.RepeatOf)
	if first == 0 && len(idx) > 0 {
		first = d.RepeatOf[idx[0]]
	}
	if d.Story != 0 {
		idx = nil
		for i := range rec.Mentions {
			idx = append(idx, i)
		}
	}
	var orig Record
	if ok, err := getJSON(tx.Bucket([]byte(bucketArticles)), idKey(first), &orig); err != nil || !ok || !orig.WasAlerted() {
		return err // nothing was alerted to follow up
	}
	a := p.Article
	alert := agrowatch.Alert{Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published,
		AlsoOf: &agrowatch.Telling{Source: orig.Source, URL: orig.URL, Title: orig.Title}}
	for _, i := range idx {
		alert.Mentions = append(alert.Mentions, rec.Mentions[i])
	}
	var chats []string
	if p.Destinations != nil {
		chats = p.Destinations(alert)
	}
	id, err := putAlert(tx, alert)
	if err != nil {
		return err
	}
	n, err := queue(tx, id, chats, db.now())
	if err != nil {
		return err
	}
	rec.FollowUp = id
	out.Alert, out.AlertID, out.Queued = &alert, id, n
	return nil
}

// putArticle writes the record, its body and its indexes. first says the article is new (its identity
// and fingerprint are written too).
func (db *DB) putArticle(tx *bbolt.Tx, rec *Record, text string, p Proposal, first bool) error {
	k := idKey(rec.ID)
	if first {
		if err := tx.Bucket([]byte(bucketURLs)).Put(urlKey(rec.URL), k); err != nil {
			return err
		}
		if rec.Key != "" {
			if err := tx.Bucket([]byte(bucketKeys)).Put([]byte(rec.Key), k); err != nil {
				return err
			}
		}
		// Only alerted stories are indexed: a near-duplicate matters when it would alert a story again.
		// Three articles in four carry no news, and the index would be most of their cost in the file.
		if p.HasPrint && rec.WasAlerted() {
			if err := tx.Bucket([]byte(bucketPrints)).Put(k, p.Fingerprint.Bytes()); err != nil {
				return err
			}
			near := tx.Bucket([]byte(bucketNear))
			for i := range dedup.Bands {
				if err := near.Put(nearKey(i, p.Fingerprint.Band(i), rec.Fetched, rec.ID), nil); err != nil {
					return err
				}
			}
		}
	} else if url := tx.Bucket([]byte(bucketURLs)); url.Get(urlKey(p.Article.URL)) == nil {
		// Read under a new URL (an edited slug): the new URL finds it too.
		if err := url.Put(urlKey(p.Article.URL), k); err != nil {
			return err
		}
	}
	cut, err := db.putBody(tx, rec.ID, text, p.packed)
	if err != nil {
		return err
	}
	if cut {
		rec.Partial = true
	}
	if err := index(tx, rec); err != nil {
		return err
	}
	if err := putJSON(tx.Bucket([]byte(bucketArticles)), k, rec); err != nil {
		return err
	}
	return tx.Bucket([]byte(bucketByFetch)).Put(fetchKey(rec.Fetched, rec.ID), []byte{rec.flags()})
}

// index files the mentions of a record in the archive's index, each with its summary (mentionSummary);
// a mention filed already has its summary replaced.
func index(tx *bbolt.Tx, rec *Record) error {
	mentions := tx.Bucket([]byte(bucketMentions))
	for i, m := range rec.Mentions {
		if err := mentions.Put(mentionKey(m.Kind, rec.when(), rec.ID, i), mentionSummary(m, rec)); err != nil {
			return err
		}
	}
	return nil
}

// unindex removes the mentions of a record from the archive's index, before they are replaced.
func (db *DB) unindex(tx *bbolt.Tx, rec *Record) error {
	mentions := tx.Bucket([]byte(bucketMentions))
	for i, m := range rec.Mentions {
		if err := mentions.Delete(mentionKey(m.Kind, rec.when(), rec.ID, i)); err != nil {
			return err
		}
	}
	return nil
}

func (r *Record) flags() byte {
	var f byte
	if r.WasAlerted() {
		f |= flagAlerted
	}
	if r.Tombstone {
		f |= flagTombstone
	}
	return f
}

// when is the time the archive files an article under: its publication, or its first read.
func (r *Record) when() time.Time {
	if !r.Published.IsZero() {
		return r.Published
	}
	return r.Fetched
}

// addReport notes on article id that another source told its story.
func addReport(tx *bbolt.Tx, id uint64, rep Report) error {
	articles := tx.Bucket([]byte(bucketArticles))
	var rec Record
	ok, err := getJSON(articles, idKey(id), &rec)
	if err != nil || !ok {
		return err
	}
	for _, r := range rec.Also {
		if r.URL == rep.URL {
			return nil
		}
	}
	rec.Also = append(rec.Also, rep)
	if len(rec.Also) == 1 {
		// Its mentions now match a filter on the reporting sources: their index values say so.
		if err := index(tx, &rec); err != nil {
			return err
		}
	}
	return putJSON(articles, idKey(id), rec)
}

// nearest finds the recorded article fetched since `since` whose body is most like fp, if any is a
// near-duplicate. A story told again points at the first telling, not at another copy.
func nearest(tx *bbolt.Tx, fp dedup.Fingerprint, since time.Time, self uint64) (*dedup.Story, error) {
	near := tx.Bucket([]byte(bucketNear))
	prints := tx.Bucket([]byte(bucketPrints))
	tried := map[uint64]bool{}
	var best uint64
	bestSim := 0.0
	for i := range dedup.Bands {
		prefix := nearKey(i, fp.Band(i), time.Time{}, 0)[:9]
		c := near.Cursor()
		for k, _ := c.Seek(nearKey(i, fp.Band(i), since, 0)); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			id := binary.BigEndian.Uint64(k[17:])
			if id == self || tried[id] {
				continue
			}
			tried[id] = true
			other, ok := dedup.FromBytes(prints.Get(idKey(id)))
			if !ok {
				continue
			}
			if sim := dedup.Similarity(fp, other); sim >= dedup.MinSimilarity && sim > bestSim {
				best, bestSim = id, sim
			}
		}
	}
	if best == 0 {
		return nil, nil
	}
	var rec Record
	if _, err := getJSON(tx.Bucket([]byte(bucketArticles)), idKey(best), &rec); err != nil {
		return nil, err
	}
	if rec.Story != 0 {
		var root Record
		if ok, err := getJSON(tx.Bucket([]byte(bucketArticles)), idKey(rec.Story), &root); err == nil && ok && !root.Tombstone {
			rec = root
		}
	}
	return &dedup.Story{Article: rec.ID, Source: rec.Source, URL: rec.URL, Alerted: rec.WasAlerted()}, nil
}

// factEntry is an alerted fact as the facts index keeps it: the fact alone, its article is in the key.
type factEntry = agrowatch.Mention

// alertedFacts returns the facts alerted since `since` that could repeat one of ms: those of its fact
// classes (factClasses), a seek each.
func (db *DB) alertedFacts(tx *bbolt.Tx, ms []agrowatch.Mention, since time.Time) ([]dedup.Fact, error) {
	facts := tx.Bucket([]byte(bucketFacts))
	done := map[string]bool{}
	var out []dedup.Fact
	for _, m := range ms {
		for _, fc := range factClasses(m) {
			if done[fc] {
				continue
			}
			done[fc] = true
			prefix := append([]byte(fc), 0)
			c := facts.Cursor()
			for k, v := c.Seek(binary.BigEndian.AppendUint64(bytes.Clone(prefix), nanos(since))); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
				e, err := db.facts.decode(k, v)
				if err != nil {
					return nil, err
				}
				id := binary.BigEndian.Uint64(k[len(prefix)+8:])
				out = append(out, dedup.Fact{Article: id, Mention: e})
			}
		}
	}
	return out, nil
}

// factClass is the part of the facts index an alerted fact is filed under: its dedup.FactKind and, for a
// figure, its tonnage's band. Bands are 1% wide on a log scale (dedup.Tolerance), so two tonnages that
// Repeats may take for one figure are in the same band or neighbouring ones: a mention's candidates are
// three seeks, not every volume of the window (with a year of volumes the whole window's were thousands).
func factClass(m agrowatch.Mention) string {
	return factClassAt(m, tonnesBand(m.Tonnes))
}

func factClassAt(m agrowatch.Mention, band int) string {
	fk := dedup.FactKind(m)
	if m.Tonnes <= 0 {
		return fk
	}
	return fk + "|t" + strconv.Itoa(band)
}

// factClasses are the classes whose facts may repeat m.
func factClasses(m agrowatch.Mention) []string {
	if m.Tonnes <= 0 {
		return []string{factClass(m)}
	}
	b := tonnesBand(m.Tonnes)
	return []string{factClassAt(m, b-1), factClassAt(m, b), factClassAt(m, b+1)}
}

// tonnesBand is the 1%-wide band of a tonnage on a log scale.
func tonnesBand(t float64) int {
	if t <= 0 {
		return 0
	}
	return int(math.Floor(math.Log(t) / math.Log1p(dedup.Tolerance)))
}

// Articles calls fn for every article fetched at or after since, in fetch order, tombstones included.
// fn runs outside any transaction; an error from it stops the walk and is returned as is.
func (db *DB) Articles(since time.Time, fn func(Record) error) error {
	start := binary.BigEndian.AppendUint64(nil, nanos(since))
	for {
		page := make([]Record, 0, articlesPage)
		var next []byte
		err := db.view("articles", func(tx *bbolt.Tx) error {
			articles := tx.Bucket([]byte(bucketArticles))
			c := tx.Bucket([]byte(bucketByFetch)).Cursor()
			for k, _ := c.Seek(start); k != nil; k, _ = c.Next() {
				if len(page) == articlesPage {
					next = bytes.Clone(k)
					return nil
				}
				if len(k) != 16 {
					return fmt.Errorf("malformed index key %q", k)
				}
				var rec Record
				ok, err := getJSON(articles, k[8:], &rec)
				if err != nil {
					return err
				}
				if !ok {
					return fmt.Errorf("index names article %d, which is not recorded", binary.BigEndian.Uint64(k[8:]))
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

// Stats counts what the database holds and gives the file's size.
func (db *DB) Stats() (Stats, error) {
	s := Stats{Mentions: map[string]int{}}
	err := db.view("stats", func(tx *bbolt.Tx) error {
		c := tx.Bucket([]byte(bucketByFetch)).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			s.Articles++
			if len(v) == 1 && v[0]&flagAlerted != 0 {
				s.Alerted++
			}
			if len(v) == 1 && v[0]&flagTombstone != 0 {
				s.Tombstones++
			} else if s.Oldest.IsZero() && len(k) == 16 {
				s.Oldest = time.Unix(0, int64(binary.BigEndian.Uint64(k[:8]))).UTC()
			}
		}
		mc := tx.Bucket([]byte(bucketMentions)).Cursor()
		for k, _ := mc.First(); k != nil; k, _ = mc.Next() {
			if i := bytes.IndexByte(k, 0); i > 0 {
				s.Mentions[string(k[:i])]++
			}
		}
		s.Alerts = tx.Bucket([]byte(bucketAlerts)).Stats().KeyN
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
func fetchKey(fetched time.Time, id uint64) []byte {
	k := binary.BigEndian.AppendUint64(make([]byte, 0, 16), nanos(fetched))
	return binary.BigEndian.AppendUint64(k, id)
}

// nearKey is a near-duplicate index key: the band and its value, then the fetch time, so that the
// candidates within the window are one seek.
func nearKey(band int, value uint64, fetched time.Time, id uint64) []byte {
	k := append(make([]byte, 0, 25), byte(band))
	k = binary.BigEndian.AppendUint64(k, value)
	k = binary.BigEndian.AppendUint64(k, nanos(fetched))
	return binary.BigEndian.AppendUint64(k, id)
}

// factKey is the key of an alerted fact: its factClass, then the fetch time of its article, then
// which one (the revision in the high byte, so that an edit's facts never overwrite the first ones).
func factKey(m agrowatch.Mention, fetched time.Time, id uint64, i int) []byte {
	k := append([]byte(factClass(m)), 0)
	k = binary.BigEndian.AppendUint64(k, nanos(fetched))
	k = binary.BigEndian.AppendUint64(k, id)
	return binary.BigEndian.AppendUint16(k, uint16(i))
}

// mentionKey is the archive's index key of a mention: kind, then the article's time.
func mentionKey(kind agrowatch.Kind, when time.Time, id uint64, i int) []byte {
	k := append([]byte(kind), 0)
	k = binary.BigEndian.AppendUint64(k, nanos(when))
	k = binary.BigEndian.AppendUint64(k, id)
	return binary.BigEndian.AppendUint16(k, uint16(i))
}

// urlKey is the key of a canonical URL in article_urls: its 128-bit FNV-1a hash, a quarter of a typical
// URL's length; at a million articles the chance of two URLs sharing one is about 10⁻²⁷.
func urlKey(u string) []byte {
	h := fnv.New128a()
	h.Write([]byte(u))
	return h.Sum(nil)
}

// restated returns the index of the first of an article's earlier mentions that m states again
// (dedup.Repeats: no field both state differs, goods of one family agree).
func restated(m agrowatch.Mention, old []agrowatch.Mention) (int, bool) {
	for j, o := range old {
		if dedup.Repeats(m, o) {
			return j, true
		}
	}
	return 0, false
}

// bodyHash tells an edited text from the same text read again: FNV-1a (hash/fnv's New64a), over the
// string itself rather than a copy of it as bytes.
func bodyHash(text string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(text); i++ {
		h = (h ^ uint64(text[i])) * 1099511628211
	}
	return h
}

func sortedKeys(m map[int]uint64) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func mapValues(m map[int]uint64) []uint64 {
	out := make([]uint64, 0, len(m))
	for _, k := range sortedKeys(m) {
		out = append(out, m[k])
	}
	return out
}
