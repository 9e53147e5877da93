package names

import (
	"testing"
	"unicode"

	"agrowatch/extract"
)

// TestEveryCodeNamed checks that each code the extractor can give has a name in every language, and
// that the Russian and Kazakh names are written in Cyrillic: an alert that shows "MY" or "Saryagash"
// to a Russian reader is the defect this package exists to prevent.
func TestEveryCodeNamed(t *testing.T) {
	countryCodes, placeNames := extract.Codes()
	if len(countryCodes) < 40 || len(placeNames) < 10 {
		t.Fatalf("extract.Codes gave %d countries and %d places: the lexicons were not read", len(countryCodes), len(placeNames))
	}
	type named struct {
		what, code string
		name       func(code, lang string) string
	}
	var all []named
	for _, c := range countryCodes {
		all = append(all, named{"country", c, Country})
	}
	for _, p := range placeNames {
		all = append(all, named{"place", p, Place})
	}
	for _, c := range extract.Commodities {
		all = append(all, named{"commodity", c, Commodity})
	}
	for _, c := range extract.Causes {
		all = append(all, named{"cause", c, Cause})
	}
	for _, n := range all {
		for _, lang := range []string{"ru", "kk", "en"} {
			got := n.name(n.code, lang)
			switch {
			case got == "":
				t.Errorf("%s %q has no %s name", n.what, n.code, lang)
			case lang != "en" && !cyrillic(got):
				t.Errorf("%s %q is %q in %s: not a Cyrillic name", n.what, n.code, got, lang)
			case lang == "en" && n.what == "country" && got == n.code:
				t.Errorf("country %q has no English name", n.code)
			}
		}
	}
}

func cyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

func TestForms(t *testing.T) {
	for _, tt := range []struct {
		name, got, want string
	}{
		{"label", Country("us", "en"), "United States"},
		{"running text", CountryText("US", "en"), "the US"},
		{"running text, no article", CountryText("CN", "en"), "China"},
		{"running text, Russian", CountryText("US", "ru"), "США"},
		{"genitive", CountryGen("CN", "ru"), "Китая"},
		{"genitive, Kazakh", CountryGen("CN", "kk"), "Қытай"},
		{"Kazakh", Country("KZ", "kk"), "Қазақстан"},
		{"unknown code", Country("XX", "ru"), "XX"},
		{"unknown language reads as Russian", Country("RU", "de"), "Россия"},
		{"accusative", CommodityIn("beef", "ru", Acc), "говядину"},
		{"genitive goods", CommodityIn("poultry", "ru", Gen), "мяса птицы"},
		{"English goods", CommodityIn("dairy", "en", Gen), "dairy products"},
		{"unknown goods", Commodity("quinoa", "ru"), "quinoa"},
		{"cause", Cause("fmd", "kk"), "аусыл"},
		{"unknown cause", Cause("rift_valley_fever", "en"), "rift valley fever"},
		{"place", Place("Dostyk", "kk"), "Достық"},
		{"old spelling", Place("Horgos", "ru"), "Хоргос"},
		{"unknown place", Place("Kordai", "ru"), "Kordai"},
		{"route", Route("Altynkol – Khorgos", "ru"), "Алтынколь – Хоргос"},
		{"route with a hyphen", Route("Dostyk-Alashankou", "kk"), "Dostyk-Alashankou"},
		{"route with a spaced hyphen", Route("Dostyk - Alashankou", "kk"), "Достық – Алашанькоу"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	for _, tt := range []struct {
		code string
		want Gender
	}{{"CN", Masc}, {"ru", Fem}, {"US", Plural}, {"XX", Plural}} {
		if got := CountryGender(tt.code); got != tt.want {
			t.Errorf("CountryGender(%q) = %d, want %d", tt.code, got, tt.want)
		}
	}
}

func TestCountriesSorted(t *testing.T) {
	cs := Countries()
	if len(cs) != len(countries) {
		t.Fatalf("Countries gave %d codes of %d", len(cs), len(countries))
	}
	for i := 1; i < len(cs); i++ {
		if cs[i-1] >= cs[i] {
			t.Fatalf("Countries not sorted at %d: %q before %q", i, cs[i-1], cs[i])
		}
	}
}
