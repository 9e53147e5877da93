package extract

import (
	"strings"
	"testing"
)

// TestPhraseSet checks compiled phrase sets against containsAny, their reference, on every sentence of
// the test sets lowercased and on its halves: lists of the lexicon's patterns, taken eight at a time (one in forty of them and every one with a Latin Kazakh
// letter),
// and lists of Latin Kazakh words with diacritics, which kkContainsAny reads without them.
func TestPhraseSet(t *testing.T) {
	x := New()
	var lists [][]string
	var cur []string
	for _, w := range x.lex.words {
		if cur = append(cur, w.pat); len(cur) == 8 {
			if len(lists)%40 == 0 || strings.ContainsAny(strings.Join(cur, ""), "áǵıńóúýşğñū") {
				lists = append(lists, cur) // one in forty, and every list with a Latin Kazakh letter
			}
			cur = nil
		}
	}
	lists = append(lists, cur,
		[]string{"saǵat", "júkter", "taýar", "eksport", "bıdaı", "astyq", "tyıym", "shekara", "kólik", "tıis"},
		[]string{"жүктер", "júkter", "goods", "货物", "a", ""},
		[]string{"ótý", "ǵa", "ý", "qazaqstan"},
	)
	var sents []string
	for _, text := range setTexts(t) {
		low := lowerText(strings.ToValidUTF8(text, "\uFFFD"))
		for _, sp := range sentenceSpans(text, nil) {
			s := low[sp.start:sp.end]
			sents = append(sents, s, s[:len(s)/2], s[len(s)/2:])
		}
	}
	for _, list := range lists {
		set := compilePhrases(list...)
		for _, s := range sents {
			if got, want := set.in(s), containsAny(s, list...); got != want {
				t.Fatalf("in(%q) of %q = %v, containsAny says %v", s, list, got, want)
			}
		}
	}
	// A langWords reads each language's list, compiled once, as containsAny reads it.
	ws := langWords{ru: []string{"пшениц"}, kk: []string{"bıdaı"}, en: []string{"wheat"}}
	for _, c := range []struct {
		lang, low string
		want      bool
	}{{"ru", "экспорт пшеницы", true}, {"en", "экспорт пшеницы", false}, {"kk", "bidai eksporty", true},
		{"en", "wheat exports", true}, {"zh", "wheat exports", false}, {"", "wheat exports", false}} {
		for range 2 {
			if got := ws.in(c.lang, c.low); got != c.want {
				t.Fatalf("langWords.in(%q, %q) = %v, want %v", c.lang, c.low, got, c.want)
			}
		}
	}
}
