package extract

import (
	"flag"
	"testing"
)

// The r15vol set (testdata/r15vol) holds the sentences written while fixing the export_volume patterns the
// fifteenth development set showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR15Vol prints its scores (-v) and its misses (-r15vol.misses), and fails
// only when a line is malformed.

var r15volMisses = flag.Bool("r15vol.misses", false, "TestR15Vol: print every false positive, false negative and field error")

var r15volSet = blindSet{dir: "testdata/r15vol", minSentences: 1, minLang: map[string]int{}, misses: r15volMisses}

func TestR15Vol(t *testing.T) { blindScore(t, r15volSet) }
