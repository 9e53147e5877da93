package store

import (
	"encoding/json"
	"fmt"
	"testing"

	"agrowatch"
)

// TestFactCacheNeverServesAnotherValue: a key written again with another value (after a rollback
// reused its article id) is decoded anew; a full cache starts again and still decodes right.
func TestFactCacheNeverServesAnotherValue(t *testing.T) {
	c := newFactCache()
	enc := func(m agrowatch.Mention) []byte {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	beef := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", Commodity: "beef"}
	pork := beef
	pork.Commodity = "pork"
	key := []byte("meat_ban|imposed|\x00key")
	for i, want := range []agrowatch.Mention{beef, beef, pork, beef} {
		got, err := c.decode(key, enc(want))
		if err != nil || got != want {
			t.Errorf("decode %d: %+v, %v; want %+v", i, got, err, want)
		}
	}
	for i := range maxCachedFacts + 10 {
		m := beef
		m.Year = i + 1
		if got, err := c.decode([]byte(fmt.Sprint(i)), enc(m)); err != nil || got != m {
			t.Fatalf("decode %d: %+v, %v", i, got, err)
		}
	}
	if len(c.m) > maxCachedFacts {
		t.Errorf("%d facts cached, at most %d", len(c.m), maxCachedFacts)
	}
	if _, err := c.decode(key, []byte("{")); err == nil {
		t.Error("a damaged value decoded")
	}
}
