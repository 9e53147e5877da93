package crawler

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzCanonical: an article's identity is stable. Canonical of a canonical URL is itself (otherwise an
// article would be seen as new on the next poll), it parses back to an absolute URL without fragment,
// user info or tracking parameters, and equal inputs up to case of scheme and host give equal outputs.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{
		"https://eldala.kz/novosti/zerno/16702-eksport-zerna?utm_source=tg&b=2&a=1#comments",
		"HTTP://WWW.Example.ORG:80/path?fbclid=x",
		"https://user:pass@example.org:443",
		"https://example.org/%D0%B7%D0%B5%D1%80%D0%BD%D0%BE?q=%zz",
		"https://[::1]:8080/a/../b/./c?",
		"http://127.0.0.1:42865/news/1",
		"https://example.org/a?utm_=&UTM_MEDIUM=x&amp=1&q=a+b&q=a%20b",
		"//example.org/relative",
		"mailto:someone@example.org",
		" https://example.org/ \t",
		"https://xn--80ak6aa92e.xn--p1ai/путь?ключ=значение",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := Canonical(raw)
		if err != nil {
			return
		}
		again, err := Canonical(c)
		if err != nil {
			t.Fatalf("Canonical(%q) = %q, which is refused: %v", raw, c, err)
		}
		if again != c {
			t.Fatalf("not idempotent: %q → %q → %q", raw, c, again)
		}
		u, err := url.Parse(c)
		if err != nil || !u.IsAbs() || u.Host == "" {
			t.Fatalf("Canonical(%q) = %q: not an absolute URL (%v)", raw, c, err)
		}
		if u.Fragment != "" || u.User != nil || strings.HasSuffix(c, "?") {
			t.Fatalf("Canonical(%q) = %q keeps a fragment, user info or an empty query", raw, c)
		}
		for k := range u.Query() {
			if lk := strings.ToLower(k); trackingParams[lk] || strings.HasPrefix(lk, "utm_") {
				t.Fatalf("Canonical(%q) = %q keeps the tracking parameter %q", raw, c, k)
			}
		}
		if p, err := url.Parse(strings.TrimSpace(raw)); err == nil && !strings.Contains(p.Host, "%") {
			p.Host = strings.ToUpper(p.Host)
			if up, err := Canonical(p.String()); err != nil || up != c {
				t.Fatalf("the host's case changes the identity: %q and %q (%v)", c, up, err)
			}
		}
	})
}
