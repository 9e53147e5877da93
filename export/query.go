package export

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"agrowatch"
	"agrowatch/store"
)

// Request is an export as asked for: which mentions, in which format.
type Request struct {
	Query  store.Query
	Format string
}

// Values are the parameters of a request, as `agrowatch export` flags and as the control socket's query
// string: since, until, kind, source, commodity, country, format.
func Values(since, until, kind, source, commodity, country, format string) url.Values {
	v := url.Values{}
	for k, s := range map[string]string{"since": since, "until": until, "kind": kind, "source": source,
		"commodity": commodity, "country": country, "format": format} {
		if s != "" {
			v.Set(k, s)
		}
	}
	return v
}

// Parse reads a request from its parameters; dates are YYYY-MM-DD in zone (the day's start; until is
// exclusive, so -until 2026-02-01 ends with January) or RFC 3339. An error names the parameter.
func Parse(v url.Values, zone *time.Location) (Request, error) {
	if zone == nil {
		zone = time.UTC
	}
	r := Request{Format: v.Get("format")}
	if r.Format == "" {
		r.Format = "csv"
	}
	if !slices.Contains(Formats(), r.Format) {
		return Request{}, fmt.Errorf("export: -format %q: use one of %s", r.Format, strings.Join(Formats(), ", "))
	}
	var err error
	if r.Query.Since, err = parseDate("since", v.Get("since"), zone); err != nil {
		return Request{}, err
	}
	if r.Query.Until, err = parseDate("until", v.Get("until"), zone); err != nil {
		return Request{}, err
	}
	if !r.Query.Since.IsZero() && !r.Query.Until.IsZero() && !r.Query.Until.After(r.Query.Since) {
		return Request{}, fmt.Errorf("export: -until %s is not after -since %s", v.Get("until"), v.Get("since"))
	}
	if k := v.Get("kind"); k != "" {
		for _, one := range strings.Split(k, ",") {
			kind := agrowatch.Kind(strings.TrimSpace(one))
			if !slices.Contains(kindNames(), string(kind)) {
				return Request{}, fmt.Errorf("export: -kind %q: use one of %s", one, strings.Join(kindNames(), ", "))
			}
			r.Query.Kinds = append(r.Query.Kinds, kind)
		}
	}
	if c := v.Get("country"); c != "" {
		c = strings.ToUpper(strings.TrimSpace(c))
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
			return Request{}, fmt.Errorf("export: -country %q: an ISO 3166-1 alpha-2 code such as KZ or CN", v.Get("country"))
		}
		r.Query.Country = c
	}
	r.Query.Source = strings.TrimSpace(v.Get("source"))
	r.Query.Commodity = strings.ToLower(strings.TrimSpace(v.Get("commodity")))
	return r, nil
}

func parseDate(name, s string, zone *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, zone); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("export: -%s %q: write a date as 2026-01-31 (or RFC 3339)", name, s)
}

func kindNames() []string {
	var out []string
	for _, k := range agrowatch.Kinds() {
		out = append(out, string(k))
	}
	return out
}
