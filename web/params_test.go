package web

import (
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseFilter(t *testing.T) {
	zone := time.FixedZone("UTC+5", 5*3600)
	for _, tc := range []struct {
		name, query string
		check       func(t *testing.T, f filter)
	}{
		{"defaults", "", func(t *testing.T, f filter) {
			if f.Page != 1 || f.PerPage != 50 || len(f.Problems) != 0 || f.Clamped {
				t.Errorf("%+v", f)
			}
			// Today in Astana is 1 December: the range ends at the start of the 2nd, two years back at most.
			if want := time.Date(2026, 12, 2, 0, 0, 0, 0, zone); !f.until.Equal(want) {
				t.Errorf("until %v, want %v", f.until, want)
			}
			if f.until.Sub(f.from) != maxSpan {
				t.Errorf("span %v", f.until.Sub(f.from))
			}
		}},
		{"every field", "kind=meat_ban&kind=inspection&kind=meat_ban&status=lifted&commodity=Beef&country=kz&by=CN&on=KZ&from=KZ&to=CN&source=gacc&q=++говядины+%0A++Казахстана&since=2025-01-01&until=2025-12-31&page=3&n=25&per=year&lang=kk",
			func(t *testing.T, f filter) {
				if !slices.Equal(f.Kinds, []string{"meat_ban", "inspection"}) || f.Status != "lifted" || f.Commodity != "beef" || f.Country != "KZ" ||
					f.By != "CN" || f.Source != "gacc" || f.Words != "говядины Казахстана" || f.Page != 3 || f.PerPage != 25 || f.Per != "year" || f.Lang != "kk" {
					t.Errorf("%+v", f)
				}
				q := f.query()
				if q.Offset != 50 || q.Limit != 26 || !q.Newest || !q.Since.Equal(time.Date(2025, 1, 1, 0, 0, 0, 0, zone)) || !q.Until.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, zone)) {
					t.Errorf("query %+v", q)
				}
				if len(f.Problems) != 0 {
					t.Errorf("problems %q", f.Problems)
				}
			}},
		{"bad values are named and left out", "kind=cheese&status=maybe&commodity=caviar&country=Kazakhstan&since=yesterday&page=-1&n=1000&per=week",
			func(t *testing.T, f filter) {
				if len(f.Kinds) != 0 || f.Status != "" || f.Commodity != "" || f.Country != "" || !f.Since.IsZero() || f.Page != 1 || f.PerPage != 50 || f.Per != "month" {
					t.Errorf("%+v", f)
				}
				if len(f.Problems) != 8 {
					t.Errorf("problems %q", f.Problems)
				}
			}},
		{"a range past two years is cut", "since=2010-01-01&until=2026-06-30", func(t *testing.T, f filter) {
			if !f.Clamped || f.until.Sub(f.from) != maxSpan {
				t.Errorf("clamped %v, span %v", f.Clamped, f.until.Sub(f.from))
			}
		}},
		{"no page past the bound", "page=100000&n=200", func(t *testing.T, f filter) {
			if off := (f.Page - 1) * f.PerPage; off > maxOffset || len(f.Problems) != 1 {
				t.Errorf("offset %d, problems %q", off, f.Problems)
			}
		}},
		{"long words are cut", "q=" + strings.Repeat("я", 500), func(t *testing.T, f filter) {
			if n := len([]rune(f.Words)); n != 200 {
				t.Errorf("%d runes", n)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := url.ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, parseFilter(v, now, zone))
		})
	}
}

// TestFilterLink: a filter written back and read again is the same query, in one spelling.
func TestFilterLink(t *testing.T) {
	zone := time.UTC
	v, _ := url.ParseQuery("q=wheat+China&kind=export_volume&to=cn&n=100&lang=en&since=2026-01-01&page=2")
	f := parseFilter(v, now, zone)
	link := f.link("/facts", 0)
	if link != "/facts?kind=export_volume&lang=en&n=100&page=2&q=wheat+China&since=2026-01-01&to=CN" {
		t.Errorf("link %s", link)
	}
	u, _ := url.Parse(link)
	if g := parseFilter(u.Query(), now, zone); g.link("/facts", 0) != link {
		t.Errorf("read back as %s", g.link("/facts", 0))
	}
	if got := f.link("/facts", 1); strings.Contains(got, "page=") {
		t.Errorf("page 1 is written: %s", got)
	}
}
