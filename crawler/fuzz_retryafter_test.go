package crawler

import (
	"net/http"
	"testing"
	"time"
)

// FuzzRetryAfter: a server's Retry-After, whatever it says, is a wait that is never negative, and a
// date in the past is no wait at all.
func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "0", "-1", " 5 ", "99999999999999999999", "1e3", "Wed, 21 Oct 2015 07:28:00 GMT",
		"Wed, 21 Oct 2099 07:28:00 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "soon", ""} {
		f.Add(s)
	}
	now := time.Date(2026, 10, 8, 6, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseRetryAfter(s, now)
		if !ok {
			if d != 0 {
				t.Fatalf("parseRetryAfter(%q) = %v, not ok", s, d)
			}
			return
		}
		if d < 0 {
			t.Fatalf("parseRetryAfter(%q) = %v", s, d)
		}
		if at, err := http.ParseTime(s); err == nil && at.Before(now) && d != 0 {
			t.Fatalf("parseRetryAfter(%q) = %v for a date in the past", s, d)
		}
	})
}
