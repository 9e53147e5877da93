package extract

import (
	"slices"
	"testing"
)

// TestKKSpellings checks the 2017 and no-diacritics writings generated from 2018 forms.
func TestKKSpellings(t *testing.T) {
	got := kkSpellings("shekteý")
	for _, want := range []string{"s'ektey'", "s’ektey’", "shekteu", "shektey"} {
		if !slices.Contains(got, want) {
			t.Errorf("kkSpellings(shekteý) = %q, lacks %q", got, want)
		}
	}
	if got := kkSpellings("сиыр"); got != nil {
		t.Errorf("kkSpellings of Cyrillic = %q", got)
	}
	if got := kkSpellings("tonna"); got != nil {
		t.Errorf("kkSpellings of a word spelt alike = %q", got)
	}
}

// TestKKHasPrefix checks the literal matchers in each spelling, and their near misses.
func TestKKHasPrefix(t *testing.T) {
	for _, c := range []struct {
		s, lit string
		want   bool
	}{
		{"deıin", "deıin", true}, {"dei'in", "deıin", true}, {"dei’in", "deıin", true}, {"deiin", "deıin", true},
		{"kóligi", "kóli", true}, {"ko'ligi", "kóli", true}, {"koligi", "kóli", true}, {"kaligi", "kóli", false},
		{"s'ekteu", "shekteý", true}, {"shekteudi", "shekteý", true}, {"sekteu", "shekteý", false},
	} {
		if got := kkHasPrefix(c.s, c.lit); got != c.want {
			t.Errorf("kkHasPrefix(%q, %q) = %v", c.s, c.lit, got)
		}
	}
	for _, c := range []struct {
		s, lit string
		want   bool
	}{
		{"qytaıdyń", "dyń", true}, {"qytai'dyn'", "dyń", true}, {"qytaidyn", "dyń", true}, {"qytaidan", "dyń", false},
	} {
		if got := kkHasSuffix(c.s, c.lit); got != c.want {
			t.Errorf("kkHasSuffix(%q, %q) = %v", c.s, c.lit, got)
		}
	}
	if !kkIs("kunnen", "kún", "kúnnen") || kkIs("kunnenler", "kúnnen") {
		t.Error("kkIs")
	}
}

// TestKKFromApostrophes checks that the apostrophe spelling is read as the 2018 one, byte for byte, and
// English contractions and possessives are left alone.
func TestKKFromApostrophes(t *testing.T) {
	for in, want := range map[string]string{
		"qytai'g'a s'ektey'di a'kely'di": "qytaıǵa shekteýdi ákelýdi",
		"china's ban, don't, they're":    "china's ban, don't, they're",
		"300 myn' tonna":                 "300 myń tonna",
	} {
		got := kkFromApostrophes(in)
		if got != want || len(got) != len(in) {
			t.Errorf("kkFromApostrophes(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDetectKazakhSpellings checks that Latin Kazakh in the apostrophe and the no-diacritics spellings
// is Kazakh, and English with apostrophes is not.
func TestDetectKazakhSpellings(t *testing.T) {
	for text, want := range map[string]string{
		"Qazaqstan bi'yl Qytai'g'a 300 myn' tonna bi'dai' ja'ne arpa jo'neltti.": "kk",
		"Qazaqstan Qytaiga 300 myn tonna bidai jane arpa eksporttady.":           "kk",
		"Resei shekteudi alyp tastady boiynsha.":                                 "kk",
		"China's customs didn't lift the ban on Kazakhstan's beef.":              "en",
	} {
		if got := DetectLang(text); got != want {
			t.Errorf("DetectLang(%q) = %q, want %q", text, got, want)
		}
	}
}
