package store

import (
	"sync"

	"agrowatch"
)

// factCache keeps the alerted facts the dedup decision has decoded, by their key in the facts index.
// Every article with a mention reads every fact of its classes alerted within the window, and decoding
// their JSON again for each article was the largest part of the decision, growing with the window's
// alerts. An entry serves only while the stored value is, byte for byte, the one it was decoded from:
// a transaction rolled back may have written a key that a later one writes with another value.
type factCache struct {
	mu sync.Mutex
	m  map[string]cachedFact
}

type cachedFact struct {
	raw  string // the value it was decoded from
	fact agrowatch.Mention
}

// maxCachedFacts bounds the cache (a few hundred bytes an entry); when full it starts again empty, a
// window's worth of decoding once.
const maxCachedFacts = 2048

func newFactCache() *factCache { return &factCache{m: map[string]cachedFact{}} }

// decode is unmarshal of a facts index value, from the cache when it holds that key with that value.
func (c *factCache) decode(k, v []byte) (agrowatch.Mention, error) {
	c.mu.Lock()
	e, ok := c.m[string(k)]
	c.mu.Unlock()
	if ok && e.raw == string(v) {
		return e.fact, nil
	}
	var m factEntry
	if err := unmarshal(k, v, &m); err != nil {
		return m, err
	}
	c.mu.Lock()
	if len(c.m) >= maxCachedFacts {
		clear(c.m)
	}
	c.m[string(k)] = cachedFact{raw: string(v), fact: m}
	c.mu.Unlock()
	return m, nil
}
