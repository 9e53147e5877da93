package extract

import (
	"flag"
	"testing"
)

// The r27lang set (testdata/r27lang) holds the lines written while teaching the language detector the
// personal endings of Latin Kazakh typed without diacritics (chat lines in the first person: "turmyz",
// "keldim") against English words that end alike ("victim", "Tim", "interim"), and short headlines of
// articles in each language, which take their article's language. TestLangSets holds every line to its
// language; TestR27Lang prints its scores (-v) and misses (-r27lang.misses), and fails only when a line
// is malformed.

var r27langMisses = flag.Bool("r27lang.misses", false, "TestR27Lang: print every false positive, false negative and field error")

var r27langSet = blindSet{dir: "testdata/r27lang", minSentences: 1, minLang: map[string]int{}, misses: r27langMisses}

func TestR27Lang(t *testing.T) { blindScore(t, r27langSet) }
