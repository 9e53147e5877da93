package crawler

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The "read also" patterns are case-insensitive regexps, slow on the text of every node of every page
// (scripts and JSON-LD included). These literal tests say where they cannot match, so that they run
// only where they might; each is a necessary condition of its pattern, never a substitute for it.
// Letters are compared by foldKey, the case folding (?i) matches by: "s" is also "ſ", "т" also "ᲄ".

var (
	// crossLinkEnds are the last words of crossLinkRe's phrases, before their colon.
	crossLinkEnds = foldKeys("теме", "также", "еще", "ещё", "also", "қатысты")
	// crossLinkStarts are the first words of crossLinkStart's phrases (or their common start).
	crossLinkStarts = foldKeys("чита", "смотрите", "read", "see", "related", "тақырыпқа")
)

// crossLinkHead is how much of a text node's start crossLinkStart needs to see: its longest phrase with
// room for the spaces fold collapses.
const crossLinkHead = 96

// crossLinkText reports whether a text node holds a "read also" phrase. It is asked of every text node
// of every page, so it tries the case-insensitive patterns only where they can match: the mid-paragraph
// one needs its colon, the one at the start needs only the node's first bytes (the two patterns over
// whole nodes were a third of a poll's CPU).
func crossLinkText(s string) bool {
	if mayEndCrossLink(s) && crossLinkRe.MatchString(s) {
		return true
	}
	// mayStartCrossLink trims what unicode.IsSpace trims and the zero-width space: asked of s, it says
	// what it would of the trimmed head, which most nodes then need not be cut to.
	if !mayStartCrossLink(s) {
		return false
	}
	head := strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(head) > crossLinkHead {
		cut := crossLinkHead
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	return crossLinkStart.MatchString(fold(head))
}

// mayEndCrossLink says whether s has a colon after one of crossLinkRe's last words and its white space.
func mayEndCrossLink(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		j := i
		for j > 0 && reSpace(s[j-1]) {
			j--
		}
		// The letter before the colon is decoded and folded once, not once a word: a page's styles
		// and scripts have a colon in every few bytes.
		if j > 0 {
			last := foldKey(lastRune(s[:j]))
			for _, w := range crossLinkEnds {
				if w[len(w)-1] == last && hasSuffixFold(s[:j], w) {
					return true
				}
			}
		}
		k := strings.IndexByte(s[i+1:], ':')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// mayStartCrossLink says whether s, once folded, starts with one of crossLinkStart's first words.
func mayStartCrossLink(s string) bool {
	// Most text nodes are indentation, or start with an ASCII byte that no phrase does (only r and s
	// fold to the first letter of one): both are told here, without a call for each byte.
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] >= '\t' && s[i] <= '\r') { // foldSpace's ASCII
		i++
	}
	if i == len(s) {
		return false
	}
	if c := s[i] | 0x20; s[i] < utf8.RuneSelf && c != 'r' && c != 's' {
		return false
	}
	s = strings.TrimLeftFunc(s[i:], foldSpace)
	if s == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	k := foldKey(first)
	for _, w := range crossLinkStarts {
		if w[0] == k && hasPrefixFold(s, w) {
			return true
		}
	}
	return false
}

// lastRune is the last rune of s, which is not empty.
func lastRune(s string) rune {
	if r := rune(s[len(s)-1]); r < utf8.RuneSelf {
		return r
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// reSpace is \s of Go's regexps, case-insensitive or not.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// hasPrefixFold says whether s starts with the letters of keys under case folding.
func hasPrefixFold(s string, keys []rune) bool {
	for _, k := range keys {
		if s == "" {
			return false
		}
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if foldKey(r) != k {
			return false
		}
		s = s[n:]
	}
	return true
}

// hasSuffixFold says whether s ends with the letters of keys under case folding.
func hasSuffixFold(s string, keys []rune) bool {
	for i := len(keys) - 1; i >= 0; i-- {
		if s == "" {
			return false
		}
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if foldKey(r) != keys[i] {
			return false
		}
		s = s[:len(s)-n]
	}
	return true
}

// foldKey is the smallest rune of r's case orbit (unicode.SimpleFold's), the same for every letter
// (?i) takes for r. ASCII and the Russian alphabet are answered without the tables.
func foldKey(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z' && r != 'k' && r != 's': // "k" and "s" have a third case: K, ſ
		return r - 'a' + 'A'
	case r < utf8.RuneSelf && r != 'K' && r != 'S' && r != 'k' && r != 's':
		return r
	case r >= 'А' && r <= 'Я':
		return r
	case r >= 'а' && r <= 'я':
		return r - 'а' + 'А'
	}
	k := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		k = min(k, f)
	}
	return k
}

// foldKeys are the fold keys of each word's letters.
func foldKeys(words ...string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		for _, r := range w {
			out[i] = append(out[i], foldKey(r))
		}
	}
	return out
}
