// Package crawler fetches articles from news sites, politely: one Source per configured site, built
// from a preset (eldala, apk-news, govkz, eurasianet) or a generic type (feed, html).
package crawler

import (
	"context"

	"agrowatch"
)

// Source is one configured site. Poll reads its listing, skips what State says was seen, fetches each
// new article and hands it to emit as soon as it is read. An error from emit stops the poll and is
// returned. Poll returns what it saw in a Report even when it fails half-way.
type Source interface {
	Name() string
	Poll(ctx context.Context, st State, emit func(agrowatch.Article) error) (Report, error)
}

// State is the little the crawler needs from the store.
type State interface {
	// Seen reports whether the article with this canonical URL, or this Article.Key, was already
	// processed.
	Seen(urlOrKey string) (bool, error)
	// Validators returns the ETag and Last-Modified last stored for a listing or feed URL.
	Validators(source, url string) (Validators, error)
	// SetValidators stores them after a successful fetch.
	SetValidators(source, url string, v Validators) error
}

// ArticleState is what a State may add for articles read again for edits: the conditional-GET headers
// the article page was last served with, so that an unchanged page costs a 304. Zero when unknown.
type ArticleState interface {
	ArticleValidators(canonical string) (Validators, error)
}

// Validators are the conditional-GET headers of one URL; the store keeps them.
type Validators = agrowatch.Validators

// Report says what one poll saw, for the source's health.
type Report struct {
	Items       int      // items the listing or feed showed
	New         int      // of those, not seen before
	Articles    int      // articles read and emitted
	EmptyBodies int      // articles whose body came out empty: not emitted, tried again next poll
	Oversized   int      // articles skipped for a body over http.max_body
	EmptyDates  int      // articles whose date came out empty
	NotModified bool     // the listing answered 304
	Fallback    bool     // the preset's selectors found nothing and generic discovery was used
	Notes       []string // standing remarks, e.g. "no Chromium on this machine: ..."
}
