package extract

import (
	"flag"
	"testing"
)

// The r26lang set (testdata/r26lang) holds the lines written while fixing the language detector: short
// Latin Kazakh without diacritics and in the apostrophe spelling (chat with no capitals, headlines, three
// to eight words), Kazakh quoting Russian names, Russian naming Kazakh places, English with Chinese names
// and English words that look Kazakh, traditional Chinese. TestLangSets holds every line to its language;
// TestR26Lang prints its scores (-v) and misses (-r26lang.misses), and fails only when a line is malformed.

var r26langMisses = flag.Bool("r26lang.misses", false, "TestR26Lang: print every false positive, false negative and field error")

var r26langSet = blindSet{dir: "testdata/r26lang", minSentences: 1, minLang: map[string]int{}, misses: r26langMisses}

func TestR26Lang(t *testing.T) { blindScore(t, r26langSet) }
