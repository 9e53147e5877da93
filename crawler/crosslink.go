package crawler

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The "read also" patterns are case-insensitive regexps, slow on the text of every node of every page
// (scripts and JSON-LD included). These literal tests say where they cannot match, so that they run
// only where they might; each is a necessary condition of its pattern, never a substitute for it.

// crossLinkEnds are the last words of crossLinkRe's phrases, before their colon.
var crossLinkEnds = []string{"теме", "также", "еще", "ещё", "also", "қатысты"}

// crossLinkStarts are the first words of crossLinkStart's phrases (or their common start).
var crossLinkStarts = []string{"чита", "смотрите", "read", "see", "related", "тақырыпқа"}

// mayEndCrossLink says whether s has a colon after one of crossLinkRe's last words and its white space.
func mayEndCrossLink(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		j := i
		for j > 0 && reSpace(s[j-1]) {
			j--
		}
		for _, w := range crossLinkEnds {
			if hasSuffixFold(s[:j], w) {
				return true
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
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' })
	for _, w := range crossLinkStarts {
		if hasPrefixFold(s, w) {
			return true
		}
	}
	return false
}

// reSpace is \s of Go's regexps, case-insensitive or not.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// hasPrefixFold is strings.HasPrefix under the simple case folding of (?i).
func hasPrefixFold(s, prefix string) bool {
	for _, p := range prefix {
		if s == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(s)
		if !equalFold(r, p) {
			return false
		}
		s = s[n:]
	}
	return true
}

// hasSuffixFold is strings.HasSuffix under the simple case folding of (?i).
func hasSuffixFold(s, suffix string) bool {
	for suffix != "" {
		if s == "" {
			return false
		}
		p, m := utf8.DecodeLastRuneInString(suffix)
		r, n := utf8.DecodeLastRuneInString(s)
		if !equalFold(r, p) {
			return false
		}
		s, suffix = s[:len(s)-n], suffix[:len(suffix)-m]
	}
	return true
}

// equalFold says whether r is p or one of its case variants (unicode.SimpleFold's orbit, which
// (?i) matches: "s" is also "ſ", "т" also "ᲄ").
func equalFold(r, p rune) bool {
	if r == p {
		return true
	}
	for f := unicode.SimpleFold(p); f != p; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}
