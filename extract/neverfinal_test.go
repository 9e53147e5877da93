package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestShrinksLower checks what neverFinal's length test rests on: every rune whose lowercase is shorter
// than itself is one shrinksLower looks for.
func TestShrinksLower(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if s := string(r); len(strings.ToLower(s)) < len(s) && !shrinksLower(s) {
			t.Fatalf("%U lowercases to %q", r, strings.ToLower(s))
		}
	}
}

// neverFinalRef is neverFinal lowercasing every word it is asked about.
func neverFinalRef(w string) bool {
	if w == "" {
		return false
	}
	if r, m := utf8.DecodeRuneInString(w); m == len(w) && isUpper(r) {
		return true
	}
	switch strings.ToLower(w) {
	case "тыс", "млн", "млрд", "трлн", "т.е", "т.к", "т.н", "т.ч", "u.s", "u.k", "e.g", "i.e", "mr", "mrs",
		"ms", "dr", "prof", "vs", "no", "nos", "approx", "им", "ул", "проф", "акад", "г-н", "г-жа", "см",
		"ст", "д", "пр", "тел", "ж", "жж", "бб", "млн.", "тыс.":
		return true
	}
	return false
}

// TestNeverFinalOnSets compares neverFinal with neverFinalRef on the word before every dot of the test
// sets and on every cut of the seeds.
func TestNeverFinalOnSets(t *testing.T) {
	texts := append(append([]string(nil), fastSeeds...), setTexts(t)...)
	texts = append(texts, "ТЫС. МЛН. PROF. Approx. ПРОФ. Акад. ТЫС.Т. KELVIN\u212a. \u212aм. İİİİİ. ẞẞẞ.")
	n := 0
	for _, s := range texts {
		s = strings.ToValidUTF8(s, "\uFFFD")
		for i := 0; i < len(s); i++ {
			if s[i] != '.' {
				continue
			}
			w := wordBefore(s, 0, i)
			n++
			if neverFinal(w) != neverFinalRef(w) {
				t.Fatalf("neverFinal(%q) = %v", w, neverFinal(w))
			}
		}
	}
	for _, s := range fastSeeds {
		for i := 0; i < len(s); i++ {
			for j := i; j <= len(s) && j <= i+14; j++ {
				if w := s[i:j]; neverFinal(w) != neverFinalRef(w) {
					t.Fatalf("neverFinal(%q) = %v", w, neverFinal(w))
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d dots in the test sets", n)
	}
}

// wordBeforeRef is wordBefore decoding every rune.
func wordBeforeRef(text string, start, i int) string {
	j := i
	for j > start && i-j < 12 {
		r, m := utf8.DecodeLastRuneInString(text[start:j])
		if !(isLetter(r) || r == '.') {
			break
		}
		j -= m
	}
	return text[j:i]
}

// TestWordBefore compares wordBefore with wordBeforeRef at every end and start of the seeds and before
// every dot of the test sets.
func TestWordBefore(t *testing.T) {
	for _, s := range append(fastSeeds, "\u0482\u0483й.ҁ҂a.", "ab\xd0", "\xd2\x83x.") {
		for i := 0; i <= len(s); i++ {
			for start := max(0, i-16); start <= i; start++ {
				if got, want := wordBefore(s, start, i), wordBeforeRef(s, start, i); got != want {
					t.Fatalf("wordBefore(%q, %d, %d) = %q, want %q", s, start, i, got, want)
				}
			}
		}
	}
	for _, s := range setTexts(t) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		for i := 0; i < len(s); i++ {
			if s[i] == '.' {
				if got, want := wordBefore(s, 0, i), wordBeforeRef(s, 0, i); got != want {
					t.Fatalf("wordBefore(%q) = %q, want %q", s[max(0, i-20):i], got, want)
				}
			}
		}
	}
}
