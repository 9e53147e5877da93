package extract

import (
	"flag"
	"testing"
)

// The r22kk set (testdata/r22kk) holds the sentences written while teaching the extractor Latin Kazakh
// in the three spellings sites print (the 2018 alphabet, the 2017 apostrophe spelling with ASCII and
// typographic apostrophes, and no diacritics), for each pattern a positive and a near miss, and English
// lines that must stay English. Its files and scoring are the blind sets' (blind3_test.go); TestR22KK
// prints its scores (-v) and its misses (-r22kk.misses), and fails only when a line is malformed.

var r22kkMisses = flag.Bool("r22kk.misses", false, "TestR22KK: print every false positive, false negative and field error")

var r22kkSet = blindSet{dir: "testdata/r22kk", minSentences: 1, minLang: map[string]int{}, misses: r22kkMisses}

func TestR22KK(t *testing.T) { blindScore(t, r22kkSet) }
