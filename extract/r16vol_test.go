package extract

import (
	"flag"
	"testing"
)

// The r16vol set (testdata/r16vol) holds the sentences written while fixing the export_volume patterns the
// sixteenth development set showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR16Vol prints its scores (-v) and its misses (-r16vol.misses), and fails
// only when a line is malformed.

var r16volMisses = flag.Bool("r16vol.misses", false, "TestR16Vol: print every false positive, false negative and field error")

var r16volSet = blindSet{dir: "testdata/r16vol", minSentences: 1, minLang: map[string]int{}, misses: r16volMisses}

func TestR16Vol(t *testing.T) { blindScore(t, r16volSet) }
