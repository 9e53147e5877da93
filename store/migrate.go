package store

import (
	"encoding/json"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"agrowatch"
	"agrowatch/dedup"
)

// migrate brings a file of an older schema version to this one, inside the transaction that opens it.
func (db *DB) migrate(tx *bbolt.Tx, from int) error {
	if from == 1 {
		return db.migrateV1(tx)
	}
	return fmt.Errorf("no migration from version %d", from)
}

// v1Record is an article as schema version 1 kept it, keyed by URL.
type v1Record struct {
	Source    string              `json:"source"`
	URL       string              `json:"url"`
	Title     string              `json:"title"`
	Published time.Time           `json:"published,omitzero"`
	Fetched   time.Time           `json:"fetched"`
	Lang      string              `json:"lang,omitempty"`
	Excerpt   string              `json:"excerpt,omitempty"`
	Mentions  []agrowatch.Mention `json:"mentions,omitempty"`
	Alerted   bool                `json:"alerted"`
}

// v1ExcerptSize is what version 1 cut article texts to: a text this long was probably cut.
const v1ExcerptSize = 2048

// migrateV1 moves version 1's articles to ids with their excerpt as a partial body, and the outbox's
// copies of alerts to alerts stored once. Validators, health, chat moves and dropped deliveries keep
// their layout; the outbox keeps its ids and sequence, so nothing queued is lost or reordered.
func (db *DB) migrateV1(tx *bbolt.Tx) error {
	// Read everything version 1 has before its buckets are replaced.
	type old struct {
		rec  v1Record
		flag byte
	}
	var arts []old
	oldArticles := tx.Bucket([]byte(bucketArticles))
	oldIndex := tx.Bucket([]byte(bucketByFetch))
	if oldArticles != nil && oldIndex != nil {
		c := oldIndex.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if len(k) < 8 {
				return fmt.Errorf("malformed version-1 index key %q", k)
			}
			var r v1Record
			ok, err := getJSON(oldArticles, k[8:], &r)
			if err != nil {
				return err
			}
			if !ok {
				continue // an index entry without its record: nothing to carry over
			}
			var flag byte
			if len(v) > 0 {
				flag = v[0]
			}
			arts = append(arts, old{r, flag})
		}
	}
	keysOf := map[string][]string{} // URL → site keys
	if b := tx.Bucket([]byte(bucketKeys)); b != nil {
		if err := b.ForEach(func(k, v []byte) error {
			keysOf[string(v)] = append(keysOf[string(v)], string(k))
			return nil
		}); err != nil {
			return err
		}
	}
	type oldDelivery struct {
		id uint64
		d  agrowatch.Delivery
	}
	var outbox []oldDelivery
	if b := tx.Bucket([]byte(bucketOutbox)); b != nil {
		if err := b.ForEach(func(k, v []byte) error {
			var d agrowatch.Delivery
			if err := unmarshal(k, v, &d); err != nil {
				return err
			}
			outbox = append(outbox, oldDelivery{keyID(k), d})
			return nil
		}); err != nil {
			return err
		}
	}
	for _, name := range []string{bucketArticles, bucketByFetch, bucketKeys} {
		if tx.Bucket([]byte(name)) != nil {
			if err := tx.DeleteBucket([]byte(name)); err != nil {
				return err
			}
		}
	}
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
			return fmt.Errorf("bucket %s: %w", name, err)
		}
	}

	// Alerts: one per article and content, however many chats it was queued for.
	alertIDs := map[string]uint64{}
	alertsOf := map[string][]uint64{} // URL → alert ids
	store := func(a agrowatch.Alert) (uint64, error) {
		b, err := json.Marshal(a)
		if err != nil {
			return 0, err
		}
		if id, ok := alertIDs[string(b)]; ok {
			return id, nil
		}
		id, err := putAlert(tx, a)
		if err != nil {
			return 0, err
		}
		alertIDs[string(b)] = id
		alertsOf[a.URL] = append(alertsOf[a.URL], id)
		return id, nil
	}
	ob := tx.Bucket([]byte(bucketOutbox))
	queued := tx.Bucket([]byte(bucketQueued))
	for _, o := range outbox {
		aid, err := store(o.d.Alert)
		if err != nil {
			return err
		}
		e := entry{Chat: o.d.Chat, Alert: aid, Queued: o.d.Queued, Attempts: o.d.Attempts, Sent: o.d.Sent, NotAfter: o.d.NotAfter, LastErr: o.d.LastErr}
		if err := putJSON(ob, idKey(o.id), e); err != nil {
			return err
		}
		if err := queued.Put(queuedKey(e.Chat, aid), idKey(o.id)); err != nil {
			return err
		}
	}

	for _, o := range arts {
		r := o.rec
		idSeq, err := tx.Bucket([]byte(bucketArticles)).NextSequence()
		if err != nil {
			return err
		}
		rec := Record{
			ID: idSeq, Source: r.Source, URL: r.URL, Title: r.Title, Published: r.Published, Fetched: r.Fetched,
			Lang: r.Lang, BodyHash: bodyHash(r.Excerpt),
			Partial: len(r.Excerpt) >= v1ExcerptSize-4, Mentions: r.Mentions,
		}
		if ks := keysOf[r.URL]; len(ks) > 0 {
			rec.Key = ks[0]
		}
		if r.Alerted || o.flag == 1 {
			if len(alertsOf[r.URL]) == 0 {
				// Delivered already: the alert is rebuilt from the record, so the archive still shows it.
				if _, err := store(agrowatch.Alert{Source: r.Source, URL: r.URL, Title: r.Title, Published: r.Published, Mentions: r.Mentions}); err != nil {
					return err
				}
			}
			rec.Alerts = alertsOf[r.URL]
			for i := range r.Mentions {
				rec.Alerted = append(rec.Alerted, i)
			}
		}
		p := Proposal{Article: agrowatch.Article{URL: r.URL}}
		if !rec.Partial {
			p.Fingerprint, p.HasPrint = dedup.Of(r.Excerpt)
		}
		if err := db.putArticle(tx, &rec, r.Excerpt, p, true); err != nil {
			return fmt.Errorf("article %s: %w", r.URL, err)
		}
		for _, k := range keysOf[r.URL][min(1, len(keysOf[r.URL])):] {
			if err := tx.Bucket([]byte(bucketKeys)).Put([]byte(k), idKey(rec.ID)); err != nil {
				return err
			}
		}
		facts := tx.Bucket([]byte(bucketFacts))
		for _, i := range rec.Alerted {
			m := rec.Mentions[i]
			if err := putJSON(facts, factKey(m, rec.Fetched, rec.ID, i), m.Fact()); err != nil {
				return err
			}
		}
	}
	return nil
}
