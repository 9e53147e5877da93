package store

import (
	"errors"

	"go.etcd.io/bbolt"

	"agrowatch"
)

// Health returns what is known about a source, and false when nothing is.
func (db *DB) Health(source string) (agrowatch.Health, bool, error) {
	var (
		h  agrowatch.Health
		ok bool
	)
	err := db.view("health "+source, func(tx *bbolt.Tx) error {
		var err error
		ok, err = getJSON(tx.Bucket([]byte(bucketHealth)), []byte(source), &h)
		return err
	})
	if err != nil {
		return agrowatch.Health{}, false, err
	}
	return h, ok, nil
}

// SetHealth replaces what is known about a source.
func (db *DB) SetHealth(source string, h agrowatch.Health) error {
	if source == "" {
		return errors.New("store: set health: empty source name")
	}
	return db.update("set health "+source, func(tx *bbolt.Tx) error {
		return putJSON(tx.Bucket([]byte(bucketHealth)), []byte(source), h)
	})
}

// AllHealth returns the health of every source that has one, by source name.
func (db *DB) AllHealth() (map[string]agrowatch.Health, error) {
	all := make(map[string]agrowatch.Health)
	err := db.view("all health", func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte(bucketHealth)).ForEach(func(k, v []byte) error {
			var h agrowatch.Health
			if err := unmarshal(k, v, &h); err != nil {
				return err
			}
			all[string(k)] = h // string(k) copies the key out of the mmap
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return all, nil
}
