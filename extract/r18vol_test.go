package extract

import (
	"flag"
	"testing"
)

// The r18vol set (testdata/r18vol) holds the sentences written while fixing the export_volume patterns the
// eighteenth and nineteenth development sets showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR18Vol prints its scores (-v) and its misses (-r18vol.misses), and fails
// only when a line is malformed.

var r18volMisses = flag.Bool("r18vol.misses", false, "TestR18Vol: print every false positive, false negative and field error")

var r18volSet = blindSet{dir: "testdata/r18vol", minSentences: 1, minLang: map[string]int{}, misses: r18volMisses}

func TestR18Vol(t *testing.T) { blindScore(t, r18volSet) }
