package extract

import (
	"flag"
	"testing"
)

// The r21ib set (testdata/r21ib) holds the sentences written while fixing the inspection and
// border_delay patterns the twenty-first development set showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR21IB prints its scores (-v) and its misses (-r21ib.misses), and fails
// only when a line is malformed.

var r21ibMisses = flag.Bool("r21ib.misses", false, "TestR21IB: print every false positive, false negative and field error")

var r21ibSet = blindSet{dir: "testdata/r21ib", minSentences: 1, minLang: map[string]int{}, misses: r21ibMisses}

func TestR21IB(t *testing.T) { blindScore(t, r21ibSet) }
