package crawler

import (
	"fmt"
	"net/url"
	"strings"
)

// trackingParams are query parameters that say who sent the reader, not which page it is.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "yclid": true, "dclid": true, "msclkid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "amp": true, "_openstat": true,
}

// Canonical is an article's identity as a URL: lowercased scheme and host, no default port, no
// fragment, no tracking parameters (utm_*, fbclid, amp, …), the other parameters sorted, no trailing
// "?", and "/" for an empty path.
func Canonical(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("crawler: canonical %q: %w", raw, err)
	}
	if !u.IsAbs() || u.Hostname() == "" { // "http://:80/" names a port and no host
		return "", fmt.Errorf("crawler: canonical %q: not an absolute URL", raw)
	}
	return canonicalURL(u), nil
}

func canonicalURL(u *url.URL) string {
	c := *u
	c.Scheme = strings.ToLower(c.Scheme)
	c.Host = normHost(c.Scheme, c.Host)
	c.Fragment, c.RawFragment = "", ""
	c.User = nil
	if c.Path == "" {
		c.Path, c.RawPath = "/", ""
	}
	q := c.Query()
	for k := range q {
		if trackingParams[strings.ToLower(k)] || strings.HasPrefix(strings.ToLower(k), "utm_") {
			q.Del(k)
		}
	}
	c.RawQuery = q.Encode()
	c.ForceQuery = false
	return c.String()
}

// resolve makes href absolute against base; "" for what is not an http(s) link.
func resolve(base *url.URL, href string) *url.URL {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return nil
	}
	u, err := base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

// sameSite says whether two hosts are one site: equal but for case, a default port and a leading "www.".
// A preset moved to a mirror stays on the mirror's host.
func sameSite(a, b *url.URL) bool {
	strip := func(u *url.URL) string { return strings.TrimPrefix(hostOf(u), "www.") }
	return strip(a) == strip(b)
}
