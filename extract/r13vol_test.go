package extract

import (
	"flag"
	"testing"
)

// The r13vol set (testdata/r13vol) holds the sentences written while fixing the export_volume patterns
// the thirteenth development set showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR13Vol prints its scores (-v) and its misses (-r13vol.misses), and fails
// only when a line is malformed.

var r13volMisses = flag.Bool("r13vol.misses", false, "TestR13Vol: print every false positive, false negative and field error")

var r13volSet = blindSet{dir: "testdata/r13vol", minSentences: 1, minLang: map[string]int{}, misses: r13volMisses}

func TestR13Vol(t *testing.T) { blindScore(t, r13volSet) }
