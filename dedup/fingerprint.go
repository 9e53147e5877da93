// Package dedup decides what is new: whether an article's body is a near-duplicate of one already seen,
// and whether a mention repeats a fact already alerted. It is pure: the store keeps what it decides and
// hands it the candidates; watch calls it for each article.
package dedup

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// Size is the number of MinHash values in a Fingerprint.
const Size = 24

// Fingerprint is a MinHash signature of a body's normalised word shingles: the share of its values two
// bodies have in common estimates the share of shingles they have in common (their Jaccard similarity).
type Fingerprint [Size]uint32

// shingle is the number of consecutive tokens hashed together. Three words survive reordered paragraphs
// and an added line (only the shingles across the seams change), while two news items on the same
// subject, written apart, share almost none.
const shingle = 3

// MinSimilarity is the estimated share of shared shingles from which two bodies are one story. Measured
// on pairs written for the purpose (fingerprint_test.go) in ru, kk (Latin), en and zh: a story with
// paragraphs reordered, a "Source: …" line added, its lead rewritten or a few words changed scores 0.75 to
// 1.00; with its last paragraph dropped 0.58 to 0.79; another story on the same subject, and the same
// story in another language, 0.00. A SimHash of 64 bits was tried first: on bodies of 150–400 words
// its distances for light rewrites (up to 16 bits) overlapped those of different stories.
const MinSimilarity = 0.5

// minTokens is the shortest body that gets a fingerprint. Below it a body is a teaser or a one-sentence
// item, and two such items that differ in one name (the same ministry figure to two destinations) share
// most of their shingles: their similarity says nothing about being one story, and the fact layer decides.
const minTokens = 40

// Of computes the fingerprint of a body, and reports false when the body is too short to have one.
// Text is lowercased and split into words of letters and digits (Cyrillic, Latin with Kazakh letters, any
// script); every Han character counts as a word of its own, since Chinese is written without spaces.
// A word's hash (FNV-1a of its lowercased UTF-8) is computed as its letters are read, without copying it.
func Of(text string) (Fingerprint, bool) {
	var m minHash
	for i := range m.f {
		m.f[i] = ^uint32(0)
	}
	h, inWord := uint64(fnvOffset), false
	var buf [utf8.UTFMax]byte
	for _, r := range text {
		lower, class := classify(r)
		switch class {
		case separator:
			if inWord {
				m.add(h)
				h, inWord = fnvOffset, false
			}
			continue
		case han:
			if inWord {
				m.add(h)
				inWord = false
			}
			h = fnvOffset
		}
		if lower < utf8.RuneSelf {
			h = (h ^ uint64(lower)) * fnvPrime
		} else {
			for _, c := range buf[:utf8.EncodeRune(buf[:], lower)] {
				h = (h ^ uint64(c)) * fnvPrime
			}
		}
		if class == han {
			m.add(h)
			h = fnvOffset
			continue
		}
		inWord = true
	}
	if inWord {
		m.add(h)
	}
	if m.n < minTokens {
		return Fingerprint{}, false
	}
	return m.f, true
}

// FNV-1a's 64-bit parameters (hash/fnv), inlined: a body has hundreds of words.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// minHash gathers a fingerprint from token hashes, as they are read.
type minHash struct {
	f    Fingerprint
	ring [shingle]uint64 // hashes of the last tokens
	n    int             // tokens added
}

// add takes one token's hash; from the shingle-th token on, each token closes a shingle.
func (m *minHash) add(tok uint64) {
	m.ring[m.n%shingle] = tok
	m.n++
	if m.n < shingle {
		return
	}
	var s uint64 = 1469598103934665603 // the shingle's hash combines its tokens in order
	for i := m.n - shingle; i < m.n; i++ {
		s = (s ^ m.ring[i%shingle]) * fnvPrime
	}
	for i := range m.f {
		if v := uint32(mix(s ^ seed(i))); v < m.f[i] {
			m.f[i] = v
		}
	}
}

// Classes of a character for tokenising.
const (
	separator = iota // ends a word
	letter           // a letter or digit: part of a word
	han              // a Han character: a word of its own
)

// classify says what a character is to the tokeniser, and gives it lowercased. Latin and Cyrillic,
// nearly every character of a body, are told without the Unicode tables.
func classify(r rune) (rune, int) {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return r, letter
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A', letter
		}
		return r, separator
	case 0x0400 <= r && r <= 0x04FF: // Cyrillic, Kazakh letters included
		switch {
		case 0x0482 <= r && r <= 0x0489: // a thousands sign and combining marks
			return r, separator
		case 0x0410 <= r && r <= 0x042F: // А–Я
			return r + 0x20, letter
		case 0x0430 <= r && r <= 0x045F: // а–я, ѐ–џ
			return r, letter
		case r <= 0x040F: // Ѐ–Џ
			return r + 0x50, letter
		}
		return unicode.ToLower(r), letter
	case r >= 0x2E80 && unicode.Is(unicode.Han, r): // the first Han block is CJK Radicals
		return r, han
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return unicode.ToLower(r), letter
	}
	return r, separator
}

// seed is the i-th of the independent hash functions MinHash needs, as a key mixed into the shingle.
func seed(i int) uint64 { return uint64(i+1) * 0x9e3779b97f4a7c15 }

// mix is the finaliser of SplitMix64: it spreads every input bit over the output.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Similarity estimates the share of shingles two bodies have in common, from 0 to 1.
func Similarity(a, b Fingerprint) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / Size
}

// Near reports whether two fingerprints are close enough for their bodies to be one story.
func Near(a, b Fingerprint) bool { return Similarity(a, b) >= MinSimilarity }

// Bands is the number of parts the store's index splits a fingerprint into (locality-sensitive hashing):
// bodies whose similarity is 0.5 share at least one whole band with probability 1-(1-0.5²)^12 ≈ 0.97,
// bodies at 0.1 with probability 0.11, and only those are compared in full.
const Bands = Size / bandRows

const bandRows = 2

// Band returns the i-th band of the fingerprint (0 ≤ i < Bands), as the key the index stores.
func (f Fingerprint) Band(i int) uint64 {
	var b [4 * bandRows]byte
	for r := range bandRows {
		binary.BigEndian.PutUint32(b[4*r:], f[i*bandRows+r])
	}
	return binary.BigEndian.Uint64(b[:])
}

// Bytes is the fingerprint as the store keeps it: Size big-endian values.
func (f Fingerprint) Bytes() []byte {
	b := make([]byte, 0, 4*Size)
	for _, v := range f {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	return b
}

// FromBytes reads what Bytes wrote; it reports false for a value of the wrong length.
func FromBytes(b []byte) (Fingerprint, bool) {
	var f Fingerprint
	if len(b) != 4*Size {
		return f, false
	}
	for i := range f {
		f[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	return f, true
}
