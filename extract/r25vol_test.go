package extract

import (
	"flag"
	"testing"
)

// The r25vol set (testdata/r25vol) holds the sentences written while fixing the export_volume
// patterns the twenty-fifth development set (export_volume in Russian, English and Kazakh) showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR25Vol prints its scores (-v) and its misses (-r25vol.misses), and fails
// only when a line is malformed.

var r25volMisses = flag.Bool("r25vol.misses", false, "TestR25Vol: print every false positive, false negative and field error")

var r25volSet = blindSet{dir: "testdata/r25vol", minSentences: 1, minLang: map[string]int{}, misses: r25volMisses}

func TestR25Vol(t *testing.T) { blindScore(t, r25volSet) }
