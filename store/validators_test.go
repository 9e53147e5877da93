package store

import (
	"testing"

	"agrowatch"
)

func TestValidators(t *testing.T) {
	db, _ := openTest(t, Options{})
	const feed = "https://eldala.kz/rss"
	set := []struct {
		source, url string
		v           agrowatch.Validators
	}{
		{"eldala", feed, agrowatch.Validators{ETag: `W/"abc"`, LastModified: "Fri, 14 Mar 2025 09:00:00 GMT"}},
		{"eldala", "https://eldala.kz/news", agrowatch.Validators{ETag: `"listing"`}},
		{"apk-news", feed, agrowatch.Validators{LastModified: "Thu, 13 Mar 2025 08:00:00 GMT"}}, // same URL, other source
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
		want        agrowatch.Validators
	}{
		{"both headers", "eldala", feed, set[0].v},
		{"ETag only", "eldala", "https://eldala.kz/news", set[1].v},
		{"sources kept apart", "apk-news", feed, set[2].v},
		{"unknown URL", "eldala", "https://eldala.kz/other", agrowatch.Validators{}},
		{"unknown source", "govkz", feed, agrowatch.Validators{}},
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
		if err := db.SetValidators("eldala", feed, agrowatch.Validators{}); err != nil {
			t.Fatal(err)
		}
		if got, err := db.Validators("eldala", feed); err != nil || got != (agrowatch.Validators{}) {
			t.Errorf("Validators = %+v, %v; want zero", got, err)
		}
	})
}
