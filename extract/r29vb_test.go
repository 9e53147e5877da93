package extract

import (
	"flag"
	"testing"
)

// The r29vb set (testdata/r29vb) holds the sentences and articles written while fixing the export_volume
// and border_delay mechanisms the twenty-eighth development set showed in Russian, Kazakh and English: a
// foreign city the goods are sent to, Kazakh months in the possessive, lists of buyers after a total, the
// USDA's calendar years, … For each mechanism, new lines in other languages and scripts than the dev item
// that showed it, a positive and a near miss. Its files and scoring are the blind sets' (blind3_test.go);
// TestR29VB prints its scores (-v) and its misses (-r29vb.misses), and fails only when a line is malformed.

var r29vbMisses = flag.Bool("r29vb.misses", false, "TestR29VB: print every false positive, false negative and field error")

var r29vbSet = blindSet{dir: "testdata/r29vb", minSentences: 1, minLang: map[string]int{}, misses: r29vbMisses}

func TestR29VB(t *testing.T) { blindScore(t, r29vbSet) }
