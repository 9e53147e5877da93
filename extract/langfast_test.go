package extract

import (
	"strings"
	"testing"
	"unicode"
)

// kazakhWordsRef is kazakhWords splitting the text into words of letters rune by rune.
func kazakhWordsRef(text, low string, enough int, foreign bool) (kk, en int) {
	src := low
	if src == "" {
		src = text
	}
	n := 0
	for _, w := range strings.FieldsFunc(src, func(r rune) bool { return !isLetter(r) && r != '\'' && r != '’' }) {
		if n-2*en >= enough {
			break
		}
		if w = strings.TrimLeft(w, "'’"); w == "" {
			continue // apostrophes continue a word but start none
		}
		if len(w) <= 24 {
			if low == "" {
				w = strings.ToLower(w)
			}
			if kazakhWord(w) {
				n++
			} else if foreign && (w[0] < 0x80 && englishWord(w) || w[0] >= 0xD0 && len(w) <= 16 && russianWord(w)) {
				en++
			}
		}
	}
	return n, en
}

func pair(a, b int) [2]int { return [2]int{a, b} }

// TestKazakhWords compares kazakhWords with kazakhWordsRef on every text of the test sets and the
// seeds, and on their sentences.
func TestKazakhWords(t *testing.T) {
	texts := append(append([]string(nil), fastSeeds...), setTexts(t)...)
	texts = append(texts, "Қазақстан жылы 2023 mal astyq,jyly.Tonna ҂жылы ӘЛИ арқылы-туралы")
	for _, s := range texts {
		s = strings.ToValidUTF8(s, "\uFFFD")
		low := lowerText(s)
		parts := []string{s}
		for _, sp := range sentenceSpans(s, nil) {
			parts = append(parts, s[sp.start:sp.end])
		}
		for _, p := range parts {
			for _, l := range []string{"", lowerText(p)} {
				for _, f := range []bool{false, true} {
					if got, want := pair(kazakhWords(p, l, 1<<30, f)), pair(kazakhWordsRef(p, l, 1<<30, f)); got != want {
						t.Fatalf("kazakhWords(%.80q, %v) = %v, want %v", p, f, got, want)
					}
				}
			}
		}
		if got, want := pair(kazakhWords(s, low, 2, true)), pair(kazakhWordsRef(s, low, 2, true)); got != want {
			t.Fatalf("kazakhWords(%.80q, 2) = %v, want %v", s, got, want)
		}
	}
}

// TestNumberWord compares numberWord with looking every word up, on the words of the test sets and
// every number word (and tens word) written in three cases.
func TestNumberWord(t *testing.T) {
	var words []string
	for w := range numberWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], "x"+w, w[:len(w)/2])
	}
	for _, s := range setTexts(t) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		for i := 0; i < len(s); i++ {
			if w, _ := token(s, i); w != "" {
				words = append(words, w)
			}
		}
	}
	lookup := func(w string) (float64, bool) {
		if v, ok := numberWords[w]; ok {
			return v, ok
		}
		v, ok := tensWords[w]
		return v, ok
	}
	for w := range tensWords {
		words = append(words, w, strings.ToUpper(w), "x"+w)
	}
	for _, w := range words {
		want, wok := lookup(w)
		if !wok && unicode.IsUpper(firstRune(w)) {
			want, wok = lookup(strings.ToLower(w))
		}
		if got, ok := numberWord(w); got != want || ok != wok {
			t.Fatalf("numberWord(%q) = %v, %v, want %v, %v", w, got, ok, want, wok)
		}
	}
}
