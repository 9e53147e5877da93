package store

import (
	"fmt"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// SetMentions replaces the stored mentions of an article, as a new extractor reads its stored body,
// without alerting anything: a mention keeps its alerted or repeated state when the new reading states the
// same fact (agrowatch.Mention.SameFact). It returns the mentions it replaced. A tombstone has none to set.
func (db *DB) SetMentions(id uint64, ms []agrowatch.Mention) ([]agrowatch.Mention, error) {
	var old []agrowatch.Mention
	err := db.update("set mentions", func(tx *bbolt.Tx) error {
		articles := tx.Bucket([]byte(bucketArticles))
		var rec Record
		ok, err := getJSON(articles, idKey(id), &rec)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("no article %d", id)
		}
		if rec.Tombstone {
			return nil
		}
		old = rec.Mentions
		alerted := map[string]bool{}
		for _, i := range rec.Alerted {
			if i < len(rec.Mentions) {
				alerted[rec.Mentions[i].FactKey()] = true
			}
		}
		repeats := map[string]uint64{}
		for _, r := range rec.Repeats {
			if r.Mention < len(rec.Mentions) {
				repeats[rec.Mentions[r.Mention].FactKey()] = r.Of
			}
		}
		if err := db.unindex(tx, &rec); err != nil {
			return err
		}
		rec.Mentions, rec.Alerted, rec.Repeats = ms, nil, nil
		for i, m := range ms {
			if alerted[m.FactKey()] {
				rec.Alerted = append(rec.Alerted, i)
			}
			if of, ok := repeats[m.FactKey()]; ok {
				rec.Repeats = append(rec.Repeats, Repeat{Mention: i, Of: of})
			}
		}
		if err := index(tx, &rec); err != nil {
			return err
		}
		return putJSON(articles, idKey(id), rec)
	})
	return old, err
}
