package store

import (
	"go.etcd.io/bbolt"

	"agrowatch"
)

// Validators returns the ETag and Last-Modified stored for a source's listing or feed URL; zero ones
// when none were stored.
func (db *DB) Validators(source, url string) (agrowatch.Validators, error) {
	var v agrowatch.Validators
	err := db.view("validators "+source, func(tx *bbolt.Tx) error {
		_, err := getJSON(tx.Bucket([]byte(bucketValidators)), validatorsKey(source, url), &v)
		return err
	})
	if err != nil {
		return agrowatch.Validators{}, err
	}
	return v, nil
}

// SetValidators stores them after a successful fetch. Zero validators delete the entry: a server that
// stopped sending them must not be asked with stale ones.
func (db *DB) SetValidators(source, url string, v agrowatch.Validators) error {
	return db.update("set validators "+source, func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucketValidators))
		k := validatorsKey(source, url)
		if v == (agrowatch.Validators{}) {
			return b.Delete(k)
		}
		return putJSON(b, k, v)
	})
}

// validatorsKey groups a source's URLs together; 0x00 appears in neither a source name nor a URL.
func validatorsKey(source, url string) []byte {
	k := make([]byte, 0, len(source)+1+len(url))
	k = append(k, source...)
	k = append(k, 0)
	return append(k, url...)
}
