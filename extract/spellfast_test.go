package extract

import (
	"slices"
	"strings"
	"testing"
)

// kkContainsAnyRef is kkContainsAny as written first: the text's script asked before any literal.
func kkContainsAnyRef(s string, words []string) bool {
	latin := -1
	for _, w := range words {
		if w == "" || w[0] >= 0xD0 || !kkAccentedRef(w) {
			continue
		}
		if latin < 0 {
			latin = boolInt(latinText(s))
		}
		if latin == 0 {
			return false
		}
		if kkContains(s, w) {
			return true
		}
	}
	return false
}

func kkAccentedRef(lit string) bool {
	for i := 0; i < len(lit); i++ {
		if c := lit[i]; c >= 0xC3 && c <= 0xC7 {
			return true
		}
	}
	return false
}

// TestKKContainsAnyOnSets compares kkContainsAny and kkAccented with their plain versions on every
// sentence of the sets and their texts whole, the literals taken in lists of four from the Kazakh
// words of the detector and the lexicons' Latin patterns.
func TestKKContainsAnyOnSets(t *testing.T) {
	var lits []string
	for _, w := range kazakhWordList {
		lits = append(lits, w, "the "+w, w+" "+w)
	}
	for _, w := range New().lex.words {
		if kazakhLatin(strings.TrimPrefix(w.pat, "=")) {
			lits = append(lits, strings.TrimPrefix(w.pat, "="))
		}
	}
	for _, l := range lits {
		if kkAccented(l) != kkAccentedRef(l) {
			t.Fatalf("kkAccented(%q)", l)
		}
	}
	texts := append([]string(nil), fastSeeds...)
	texts = append(texts, setTexts(t)...)
	for ti, text := range texts {
		low := lowerText(text)
		pieces := []string{low}
		for _, sp := range sentenceSpans(text, nil) {
			pieces = append(pieces, low[sp.start:sp.end])
		}
		for _, s := range pieces {
			for k := (ti * 7) % 4; k < len(lits); k += 4 * (1 + len(pieces)/8) {
				ws := lits[k:min(k+4, len(lits))]
				if got, want := kkContainsAny(s, ws), kkContainsAnyRef(s, ws); got != want {
					t.Fatalf("kkContainsAny(%.80q, %q) = %v", s, ws, got)
				}
			}
		}
	}
}

// kkApostrophe maps each letter of the 2018 alphabet to its 2017 writing, the apostrophe left out, and
// kkPlain to the plain letter it is typed as without diacritics: the tables kkLetterOf and kkPlainOf
// are written out as switches.
var (
	kkApostrophe = map[rune]string{'á': "a", 'ǵ': "g", 'ı': "i", 'ń': "n", 'ó': "o", 'ú': "u", 'ý': "y"}
	kkPlain      = map[rune]byte{'á': 'a', 'ǵ': 'g', 'ı': 'i', 'ń': 'n', 'ó': 'o', 'ú': 'u', 'ý': 'u'}
)

// TestKKLetterOf compares kkLetterOf and kkPlainOf with the maps they stand for, on every rune.
func TestKKLetterOf(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if kkLetterOf(r) != kkApostrophe[r] {
			t.Fatalf("kkLetterOf(%q)", r)
		}
		l, ok := kkPlainOf(r)
		if l2, ok2 := kkPlain[r]; l != l2 || ok != ok2 {
			t.Fatalf("kkPlainOf(%q)", r)
		}
	}
}

// TestNarrowPeriodsOnSets checks that a period pattern as written in the 2018 alphabet finds what the
// one reading every spelling finds, and is as worth running, in every sentence of the sets without
// Latin letters and apostrophes, where periods takes it (forSentence).
func TestNarrowPeriodsOnSets(t *testing.T) {
	ps := compilePeriods()
	narrow, plain := 0, 0
	for i := range ps {
		if ps[i].wide != nil {
			narrow++
		}
	}
	if narrow < 10 {
		t.Fatalf("only %d period patterns have a narrow form", narrow)
	}
	seen := make(map[string]bool)
	for _, s := range append(append([]string(nil), periodSeeds...), setTexts(t)...) {
		for _, low := range periodTexts(s)[1:] {
			if seen[low] || scriptsOf(low)&scriptLatin != 0 || strings.ContainsAny(low, "'’") {
				continue
			}
			seen[low] = true
			pairs, hasYear := pairsOf(low), containsYear(low)
			for i := range ps {
				if ps[i].wide == nil {
					continue
				}
				q, w := ps[i].forSentence(true), ps[i].wide.get()
				plain++
				if q.worth(low, hasYear, &pairs) != w.worth(low, hasYear, &pairs) {
					t.Fatalf("pattern %d: worth differs in %q", i, low)
				}
				got, want := q.findAll(low), w.re.FindAllStringSubmatchIndex(low, -1)
				if len(got) != len(want) {
					t.Fatalf("pattern %d: %d matches, want %d in %q", i, len(got), len(want), low)
				}
				for k := range got {
					if !slices.Equal(got[k][1:], want[k][1:]) {
						t.Fatalf("pattern %d: match %v, want %v in %q", i, got[k], want[k], low)
					}
				}
			}
		}
	}
	if plain < 10000 {
		t.Fatalf("the narrow patterns were asked only %d times", plain)
	}
}

// kkSpellingsRef is kkSpellings as written first: a strings.Replacer for the digraphs, then a pass for
// the accented letters, for each apostrophe.
func kkSpellingsRef(p string) []string {
	if !kazakhLatin(p) {
		return nil
	}
	var out []string
	for _, ap := range [...]string{"'", "’"} {
		r := strings.NewReplacer("sh", "s"+ap, "ch", "c"+ap)
		var b strings.Builder
		for _, c := range r.Replace(p) {
			if l := kkLetterOf(c); l != "" {
				b.WriteString(l + ap)
			} else {
				b.WriteRune(c)
			}
		}
		out = append(out, b.String())
	}
	if plain := kkStrip(p, 'u'); plain != p {
		out = append(out, plain)
		if y := kkStrip(p, 'y'); y != plain {
			out = append(out, y)
		}
	}
	return out
}

// TestKKSpellingsRef compares kkSpellings with its reference on every pattern of the lexicons, every
// word of the detector, the period patterns' literals and some made up around the digraphs.
func TestKKSpellingsRef(t *testing.T) {
	var pats []string
	for _, list := range [][]lexEntry{countryLexicon(), commodityLexicon(), ruLexicon(), kkLexicon(), enLexicon(), zhLexicon()} {
		for _, e := range list {
			pats = append(pats, strings.TrimPrefix(lowerString(e.pat), "="))
		}
	}
	pats = append(pats, kazakhWordList[:]...)
	for _, p := range periodPatterns {
		pats = append(pats, p.any...)
	}
	pats = append(pats, "sh", "ch", "s", "h", "shh", "chsh", "ssh", "cch", "sháh", "ǵsh", "ıch", "sch", "shý", "ý", "a sh b", "")
	n := 0
	for _, p := range pats {
		got, want := kkSpellings(p), kkSpellingsRef(p)
		if !slices.Equal(got, want) {
			t.Fatalf("kkSpellings(%q) = %q, want %q", p, got, want)
		}
		if len(want) > 0 {
			n++
		}
	}
	if n < 500 {
		t.Fatalf("only %d patterns with other spellings", n)
	}
	t.Logf("%d patterns, %d with other spellings", len(pats), n)
}

// TestKKLatinRef compares kkLatin with the strings.Replacer it was written as, on every rune up to
// U+04FF alone and between letters, and on every case ending kkCountry writes.
func TestKKLatinRef(t *testing.T) {
	ref := strings.NewReplacer("ң", "ń", "ғ", "ǵ", "қ", "q", "ы", "y", "і", "i", "а", "a", "е", "e", "н", "n",
		"д", "d", "т", "t", "л", "l", "м", "m", "б", "b", "п", "p", "г", "g", "к", "k")
	var ss []string
	for r := rune(0); r <= 0x4FF; r++ {
		ss = append(ss, string(r), "қ"+string(r)+"ы", string(r)+"ң")
	}
	for _, a := range []string{"ның", "нің", "ға", "ге", "да", "де", "дан", "ден", "ны", "ні", "мен", "лық", "лік", "нан",
		"нен", "ды", "ді", "дық", "дік", "дың", "дің", "тың", "тің", "қа", "ке", "та", "те", "тан", "тен", "ты", "ті",
		"пен", "бен", "тық", "тік", "ғы", "гі", "дағы", "дегі", "тағы", "тегі", "", "-ға", "\xff\xfe"} {
		ss = append(ss, a)
	}
	for _, s := range ss {
		if got, want := kkLatin(s), ref.Replace(s); got != want {
			t.Fatalf("kkLatin(%q) = %q, want %q", s, got, want)
		}
	}
}
