package extract

import (
	"flag"
	"testing"
)

// The r22vol set (testdata/r22vol) holds the sentences written while fixing the export_volume
// patterns the twenty-second development set showed: for each pattern, new lines in other languages and
// scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the
// blind sets' (blind3_test.go); TestR22Vol prints its scores (-v) and its misses (-r22vol.misses), and fails
// only when a line is malformed.

var r22volMisses = flag.Bool("r22vol.misses", false, "TestR22Vol: print every false positive, false negative and field error")

var r22volSet = blindSet{dir: "testdata/r22vol", minSentences: 1, minLang: map[string]int{}, misses: r22volMisses}

func TestR22Vol(t *testing.T) { blindScore(t, r22volSet) }
