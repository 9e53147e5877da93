package extract

import (
	"flag"
	"testing"
)

// The r24vol set (testdata/r24vol) holds the sentences written while fixing the export_volume patterns
// the twenty-fourth development set showed: for each pattern, new lines in other words and languages
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR24Vol prints its scores (-v) and its misses (-r24vol.misses), and fails
// only when a line is malformed.

var r24volMisses = flag.Bool("r24vol.misses", false, "TestR24Vol: print every false positive, false negative and field error")

var r24volSet = blindSet{dir: "testdata/r24vol", minSentences: 1, minLang: map[string]int{}, misses: r24volMisses}

func TestR24Vol(t *testing.T) { blindScore(t, r24volSet) }
