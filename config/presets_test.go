package config

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestInvalidDeclarations(t *testing.T) {
	for file, want := range map[string]string{
		"invalid-zone.yml":               `testdata/invalid-zone.yml:2: sources[0].zone: "Beijing" is not a UTC offset (write it like +08:00)`,
		"invalid-item-without-items.yml": `testdata/invalid-item-without-items.yml:2: sources[0].items: item_link, item_title and item_date are read inside items: give items too`,
	} {
		_, err := Load(filepath.Join("testdata", file))
		if err == nil || err.Error() != want {
			t.Errorf("%s:\n got: %v\nwant: %s", file, err, want)
		}
	}
}

// A source's declaration: a preset's edition picked by lang and moved by url, its selectors overridden
// by the source's keys; a type html source's own keys; the preset's interval as the default.
func TestDeclaration(t *testing.T) {
	c, err := Parse("t.yml", []byte(`sources:
  - name: kz
    preset: kazinform
    lang: kk-latn
  - name: gacc
    preset: gacc
    url: http://127.0.0.1:8080/list.html
    body: ".content"
  - name: bulletin
    type: html
    url: https://example.org/bulletin/
    items: "ul.list li"
    item_title: "a[title]"
    item_date: "span"
    zone: "+08:00"
    charset: gb18030
    interval: 5m
`))
	if err != nil {
		t.Fatal(err)
	}
	kz, err := c.Sources[0].Declaration()
	if err != nil || len(kz.Editions) != 1 || kz.Editions[0].Lang != "kk-latn" || kz.Editions[0].TextLang() != "kk" ||
		!strings.HasPrefix(kz.Editions[0].Start[0], "https://") || c.Sources[0].Interval.D() != 30*time.Minute {
		t.Errorf("kazinform kk-latn: %+v, %v, interval %s", kz, err, c.Sources[0].Interval.D())
	}
	g, err := c.Sources[1].Declaration()
	if err != nil || g.Editions[0].Start[0] != "http://127.0.0.1:8080/list.html" || len(g.Editions[0].Start) != 1 ||
		g.Article.Body != ".content" || g.Article.Date != ".easysite-news-describe" || g.Location().String() != "UTC+8" {
		t.Errorf("gacc moved and repaired: %+v, %v", g, err)
	}
	b, err := c.Sources[2].Declaration()
	if err != nil || b.Listing.Items != "ul.list li" || b.Listing.Title != "a[title]" || b.Zone != 8*time.Hour ||
		b.Charset != "gb18030" || b.Interval != 5*time.Minute {
		t.Errorf("type html: %+v, %v", b, err)
	}
}
