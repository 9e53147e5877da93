package extract

import (
	"flag"
	"testing"
)

// The r10vol set (testdata/r10vol) holds the sentences written while fixing the export_volume patterns
// the tenth development set (and the ninth) showed: for each pattern, new lines in other languages and
// scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the
// blind sets' (blind3_test.go); TestR10Vol prints its scores (-v) and its misses (-r10vol.misses), and
// fails only when a line is malformed.

var r10volMisses = flag.Bool("r10vol.misses", false, "TestR10Vol: print every false positive, false negative and field error")

var r10volSet = blindSet{dir: "testdata/r10vol", minSentences: 1, minLang: map[string]int{}, misses: r10volMisses}

func TestR10Vol(t *testing.T) { blindScore(t, r10volSet) }
