package preset

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func TestShippedDeclarations(t *testing.T) {
	names := map[string]bool{}
	for _, p := range All() {
		if err := p.Check(); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
		if names[p.Name] {
			t.Errorf("%s declared twice", p.Name)
		}
		names[p.Name] = true
		if p.About == "" || p.Interval <= 0 || p.Host() == "" {
			t.Errorf("%s: about %q, interval %s, host %q", p.Name, p.About, p.Interval, p.Host())
		}
		if e, ok := p.Edition(""); !ok || len(e.Start) == 0 {
			t.Errorf("%s: the default edition has no start URL", p.Name)
		}
	}
	for _, want := range []string{"eldala", "apk-news", "govkz", "eurasianet", "gacc", "kazinform", "kazakh-zerno", "agroinfo"} {
		if !names[want] {
			t.Errorf("no %s preset", want)
		}
	}
	if got := strings.Join(Names()[:4], ","); got != "eldala,apk-news,govkz,eurasianet" {
		t.Errorf("the first presets are %s: their order is the documentation's", got)
	}
}

// All returns fresh values: a caller that changes one changes nothing another caller sees.
func TestAllIsFresh(t *testing.T) {
	a := All()
	a[0].Editions[0].Start[0] = "https://changed.example/"
	if b, _ := Lookup(a[0].Name); b.Editions[0].Start[0] == "https://changed.example/" {
		t.Error("a change to one caller's declarations reached Lookup")
	}
}

func TestEditions(t *testing.T) {
	k, ok := Lookup("kazinform")
	if !ok {
		t.Fatal("no kazinform")
	}
	if got := strings.Join(k.Langs(), " "); got != "ru kk kk-latn" {
		t.Errorf("kazinform editions %q", got)
	}
	e, ok := k.Edition("kk-latn")
	if !ok || e.TextLang() != "kk" || !strings.HasPrefix(e.Start[0], "https://") {
		t.Errorf("kk-latn edition %+v", e)
	}
	if e, _ := k.Edition(""); e.Lang != "ru" {
		t.Errorf("default edition %q, want ru", e.Lang)
	}
	if _, ok := k.Edition("zh"); ok {
		t.Error("kazinform has no zh edition")
	}
	g, _ := Lookup("gacc")
	if loc := g.Location(); loc.String() != "UTC+8" || time.Date(2024, 2, 7, 9, 30, 0, 0, loc).UTC().Hour() != 1 {
		t.Errorf("gacc zone %s", loc)
	}
}

func TestCheckNamesTheField(t *testing.T) {
	base := Preset{Name: "x", Reader: HTML, Editions: []Edition{{Lang: "ru", Start: []string{"https://example.org/"}}}}
	tests := []struct {
		change func(*Preset)
		field  string
	}{
		{func(p *Preset) { p.Listing.Pattern = `/news/(\d+` }, "link_pattern"},
		{func(p *Preset) { p.Listing.Links = "a[href" }, "links"},
		{func(p *Preset) { p.Article.Body = "div >" }, "body"},
		{func(p *Preset) { p.Listing.Title = "a[title]" }, "items"},
		{func(p *Preset) { p.Editions[0].Start = []string{"ftp://example.org/"} }, "url"},
		{func(p *Preset) { p.Charset = "klingon" }, "charset"},
		{func(p *Preset) { p.Editions[0].Start = []string{"https://example.org/a", "https://example.com/b"} }, "url"},
		{func(p *Preset) { p.Reader = "magic" }, "reader"},
	}
	for _, tt := range tests {
		p := base
		p.Editions = []Edition{{Lang: "ru", Start: []string{"https://example.org/"}}}
		tt.change(&p)
		var fe *FieldError
		if err := p.Check(); !errors.As(err, &fe) || fe.Field != tt.field {
			t.Errorf("want an error in %s, got %v", tt.field, err)
		}
	}
	if err := base.Check(); err != nil {
		t.Errorf("a valid declaration refused: %v", err)
	}
}

func TestParseZone(t *testing.T) {
	for in, want := range map[string]time.Duration{"+08:00": 8 * time.Hour, "+5": 5 * time.Hour, "UTC+8": 8 * time.Hour, "-03:30": -(3*time.Hour + 30*time.Minute)} {
		if got, err := ParseZone(in); err != nil || got != want {
			t.Errorf("ParseZone(%q) = %s, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", "8", "+25", "+08:7", "Asia/Shanghai"} {
		if _, err := ParseZone(in); err == nil {
			t.Errorf("ParseZone(%q) accepted", in)
		}
	}
}

// The README's Configuration section names every shipped preset: the declarations are the list.
func TestREADMENamesEveryPreset(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for _, p := range All() {
		if !strings.Contains(readme, "`"+p.Name+"`") {
			t.Errorf("README.md does not name the %s preset (as `%s`)", p.Name, p.Name)
		}
	}
}
