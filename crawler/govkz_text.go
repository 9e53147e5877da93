package crawler

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// an offset. It is made per call: no package-level mutable state.
func govkzZone() *time.Location { return time.FixedZone("KZ", 5*60*60) }

// govkzParseTime reads a date in the shapes gov.kz's API has used: RFC 3339 (with or without fractional
// seconds, offset with or without a colon), "2006-01-02 15:04:05", a bare date, and epoch milliseconds
// (or seconds) as a JSON number or a string of digits. Anything else is zero: a date is never invented.
func govkzParseTime(raw json.RawMessage) time.Time {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return time.Time{}
	}
	var s string
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil {
			return time.Time{}
		}
	} else {
		s = string(raw)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if t, ok := govkzEpoch(s); ok {
		return t
	}
	for _, layout := range []string{
		time.RFC3339Nano,
		"2006-01-02T15:04:05.999999999Z0700",
		"2006-01-02T15:04:05.999999999-07",
		"2006-01-02 15:04:05.999999999Z07:00",
		"2006-01-02 15:04:05.999999999Z0700",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	for _, layout := range []string{
		"2006-01-02T15:04:05.999999999",
		"2006-01-02 15:04:05.999999999",
		"2006-01-02T15:04",
		"2006-01-02 15:04",
		"2006-01-02",
		"02.01.2006 15:04:05",
		"02.01.2006 15:04",
		"02.01.2006",
	} {
		if t, err := time.ParseInLocation(layout, s, govkzZone()); err == nil {
			return t
		}
	}
	return time.Time{}
}

// govkzEpoch reads epoch milliseconds, or seconds when the number is too small to be milliseconds of
// this century. Negative, fractional and implausible values are refused.
func govkzEpoch(s string) (time.Time, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		f, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil || f != float64(int64(f)) {
			return time.Time{}, false
		}
		n = int64(f) // 1.7e12, as some JSON encoders write large numbers
	}
	switch {
	case n >= 1e11 && n < 1e14: // milliseconds: 1973 … 5138
		return time.UnixMilli(n).UTC(), true
	case n >= 1e8 && n < 1e11: // seconds: 1973 … 5138
		return time.Unix(n, 0).UTC(), true
	}
	return time.Time{}, false
}
