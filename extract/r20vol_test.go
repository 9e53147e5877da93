package extract

import (
	"flag"
	"testing"
)

// The r20vol set (testdata/r20vol) holds the sentences written while fixing the export_volume patterns the
// twentieth development set showed (dev20): for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR20Vol prints its scores (-v) and its misses (-r20vol.misses), and fails
// only when a line is malformed.

var r20volMisses = flag.Bool("r20vol.misses", false, "TestR20Vol: print every false positive, false negative and field error")

var r20volSet = blindSet{dir: "testdata/r20vol", minSentences: 1, minLang: map[string]int{}, misses: r20volMisses}

func TestR20Vol(t *testing.T) { blindScore(t, r20volSet) }
