package extract

import (
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
