package web

import (
	"net/url"
	"slices"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParseFilter: any query string gives a page's filter within the query bounds (no page past
// maxOffset, no range over maxSpan), and the filter written back as a URL reads as the same filter
// with nothing ignored: links never drift, and none of them asks the store for more.
func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{
		"kind=meat_ban&kind=meat_ban&status=imposed&commodity=Beef&country=kz&since=2024-01-01&until=2024-12-31&page=3&n=25&q=пшеница+экспорт",
		"page=999999999&n=200", "page=-1&n=7&per=decade", "since=1900-01-01&until=2300-01-01", "since=2026-02-30",
		"q=" + url.QueryEscape(string(make([]rune, 300))), "source=" + string(make([]byte, 100)), "by=K&on=KZZ&from=1a&to=%00",
		"lang=kk&per=year", "%zz=1&kind", ";;;&&&==",
	} {
		f.Add(s)
	}
	zone := time.FixedZone("Asia/Almaty", 5*3600)
	now := time.Date(2026, 10, 8, 6, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, raw string) {
		v, _ := url.ParseQuery(raw) // what the server's Request.URL.Query() keeps of it
		fl := parseFilter(v, now, zone)
		if fl.Page < 1 || (fl.Page-1)*fl.PerPage > maxOffset || !slices.Contains(perPages, fl.PerPage) {
			t.Fatalf("page %d of %d", fl.Page, fl.PerPage)
		}
		if !fl.from.Before(fl.until) || fl.until.Sub(fl.from) > maxSpan {
			t.Fatalf("range %v – %v", fl.from, fl.until)
		}
		if utf8.RuneCountInString(fl.Words) > 200 || len(fl.Source) > 64 {
			t.Fatalf("words %q, source %q", fl.Words, fl.Source)
		}
		q := fl.query()
		if q.Limit != fl.PerPage+1 || q.Offset > maxOffset {
			t.Fatalf("query %+v", q)
		}
		link := fl.link("/facts", 0)
		u, err := url.Parse(link)
		if err != nil {
			t.Fatalf("link %q: %v", link, err)
		}
		again := parseFilter(u.Query(), now, zone)
		if len(again.Problems) > 0 {
			t.Fatalf("the link %q of %q has problems: %v", link, raw, again.Problems)
		}
		if l2 := again.link("/facts", 0); l2 != link {
			t.Fatalf("the link drifts: %q → %q", link, l2)
		}
	})
}
