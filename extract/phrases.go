package extract

import "strings"

// phraseSet is a list of the rules' phrases compiled once: containsAny's answer without the work
// containsAny does on every call. Each phrase keeps the byte it is looked for by, the rarest in text
// (byteFreq) of all its bytes rather than of three, and the phrases kkContainsAny would read in Latin
// Kazakh without diacritics are listed with their fixed runs, so that the fallback reads only them.
//
// A rule adopts it file by file: a list it passes to containsAny again and again becomes
// `var xs = compilePhrases(…)` and `xs.in(low)`; a langWords compiles its lists on first use, into
// itself (langSets).
type phraseSet struct {
	ps []phrase
	kk []kkPhrase // the phrases kkContainsAny tries, in order
}

// phrase is one phrase and where in it the byte it is looked for by is.
type phrase struct {
	w    string
	k    int  // the byte of w looked for
	b    byte // w[k]
	last byte // w[len(w)-1]
}

// kkPhrase is a phrase kkContainsAny reads, with its run that every spelling writes alike (kkFixedRun).
type kkPhrase struct{ w, run string }

// compilePhrases compiles words, in order, for phraseSet.in.
func compilePhrases(words ...string) *phraseSet {
	p := &phraseSet{}
	for _, w := range words {
		ph := phrase{w: w}
		if len(w) > 0 {
			for k := 1; k < len(w); k++ {
				if byteFreq[w[k]] < byteFreq[w[ph.k]] {
					ph.k = k
				}
			}
			ph.b, ph.last = w[ph.k], w[len(w)-1]
		}
		p.ps = append(p.ps, ph)
		if w != "" && w[0] < 0xD0 && kkAccented(w) {
			p.kk = append(p.kk, kkPhrase{w: w, run: kkFixedRun(w)})
		}
	}
	return p
}

// in reports whether s contains one of the set's phrases: containsAny(s, words...).
func (p *phraseSet) in(s string) bool {
	for i := range p.ps {
		if p.ps[i].in(s) {
			return true
		}
	}
	return p.kkIn(s)
}

// in reports whether s contains the phrase: strings.Contains, looking for its rarest byte. A short text
// or phrase is left to strings.Contains, which compares at every position at once.
func (ph *phrase) in(s string) bool {
	w := ph.w
	if len(w) < 2 || len(s) <= 64 {
		return strings.Contains(s, w)
	}
	k, n := ph.k, len(w)
	for i := k; i+n-k <= len(s); {
		j := strings.IndexByte(s[i:len(s)-(n-1-k)], ph.b)
		if j < 0 {
			return false
		}
		if p := i + j - k; s[p+n-1] == ph.last && s[p:p+n] == w {
			return true
		}
		i += j + 1
	}
	return false
}

// kkIn is kkContainsAny(s, words) for the set's words: only the phrases it would try are tried.
func (p *phraseSet) kkIn(s string) bool {
	if len(p.kk) == 0 || !latinHead(s) {
		return false
	}
	latin := -1 // not yet known
	for i := range p.kk {
		kp := &p.kk[i]
		if len(kp.run) >= 2 && !strings.Contains(s, kp.run) {
			continue // kkRunIn, told before s is read whole for its script
		}
		if latin < 0 {
			latin = boolInt(latinText(s))
		}
		if latin == 0 {
			return false
		}
		if kkContainsStarts(s, kp.w) {
			return true
		}
	}
	return false
}
