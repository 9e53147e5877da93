package store

import (
	"testing"

	"agrowatch/crawler"
)

// The store must satisfy the crawler's view of it.
var _ crawler.State = (*DB)(nil)

func TestValidators(t *testing.T) {
	db, _ := openTest(t, Options{})
	const feed = "https://eldala.kz/rss"
	set := []struct {
		source, url string
		v           crawler.Validators
	}{
		{"eldala", feed, crawler.Validators{ETag: `W/"abc"`, LastModified: "Fri, 14 Mar 2025 09:00:00 GMT"}},
		{"eldala", "https://eldala.kz/news", crawler.Validators{ETag: `"listing"`}},
		{"apk-news", feed, crawler.Validators{LastModified: "Thu, 13 Mar 2025 08:00:00 GMT"}}, // same URL, other source
	}
	for _, s := range set {
		if err := db.SetValidators(s.source, s.url, s.v); err != nil {
			t.Fatal(err)
		}
	}
	db = reopen(t, db, Options{})
	tests := []struct {
		name        string
		source, url string
		want        crawler.Validators
	}{
		{"both headers", "eldala", feed, set[0].v},
		{"ETag only", "eldala", "https://eldala.kz/news", set[1].v},
		{"sources kept apart", "apk-news", feed, set[2].v},
		{"unknown URL", "eldala", "https://eldala.kz/other", crawler.Validators{}},
		{"unknown source", "govkz", feed, crawler.Validators{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Validators(tt.source, tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Validators = %+v, want %+v", got, tt.want)
			}
		})
	}
	t.Run("zero validators clear", func(t *testing.T) {
		if err := db.SetValidators("eldala", feed, crawler.Validators{}); err != nil {
			t.Fatal(err)
		}
		if got, err := db.Validators("eldala", feed); err != nil || got != (crawler.Validators{}) {
			t.Errorf("Validators = %+v, %v; want zero", got, err)
		}
	})
}
