package extract

import (
	"flag"
	"testing"
)

// The r13insp set (testdata/r13insp) holds the sentences written while fixing the inspection and
// border_delay patterns the thirteenth development set showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestR13Insp prints its scores (-v) and its misses
// (-r13insp.misses), and fails only when a line is malformed.

var r13inspMisses = flag.Bool("r13insp.misses", false, "TestR13Insp: print every false positive, false negative and field error")

var r13inspSet = blindSet{dir: "testdata/r13insp", minSentences: 1, minLang: map[string]int{}, misses: r13inspMisses}

func TestR13Insp(t *testing.T) { blindScore(t, r13inspSet) }
