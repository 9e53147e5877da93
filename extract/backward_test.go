package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// prevTokenRef is prevToken decoding every rune.
func prevTokenRef(low string, from, pos int) (string, int) {
	j := pos
	for j > from {
		r, n := utf8.DecodeLastRuneInString(low[from:j])
		if !isSpace(r) {
			break
		}
		j -= n
	}
	if j <= from {
		return "", from
	}
	r, n := utf8.DecodeLastRuneInString(low[from:j])
	if isHan(r) || !isWordRune(r) {
		return low[j-n : j], j - n
	}
	k := j
	for k > from {
		r, n := utf8.DecodeLastRuneInString(low[from:k])
		if !isWordRune(r) || isHan(r) {
			break
		}
		k -= n
	}
	return low[k:j], k
}

// TestPrevToken compares prevToken with prevTokenRef at every rune of the seeds and the test sets.
func TestPrevToken(t *testing.T) {
	texts := append(append([]string(nil), fastSeeds...), setTexts(t)...)
	texts = append(texts, "ab\u0482\u0483й ҁ҂a 中国 x1y2", "\xd2\x83x  ")
	for _, s := range texts {
		low := lowerText(strings.ToValidUTF8(s, "\uFFFD"))
		for pos := 0; pos <= len(low); pos++ {
			if pos < len(low) && !utf8.RuneStart(low[pos]) {
				continue
			}
			for _, from := range []int{0, max(0, pos-7)} {
				if from < len(low) && !utf8.RuneStart(low[from]) {
					continue
				}
				w, k := prevToken(low, from, pos)
				if ww, wk := prevTokenRef(low, from, pos); w != ww || k != wk {
					t.Fatalf("prevToken(%q, %d, %d) = %q, %d, want %q, %d", low, from, pos, w, k, ww, wk)
				}
			}
		}
	}
}
