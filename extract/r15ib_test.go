package extract

import (
	"flag"
	"testing"
)

// The r15ib set (testdata/r15ib) holds the sentences written while fixing the inspection and
// border_delay patterns the fifteenth development set showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR15IB prints its scores (-v) and its misses (-r15ib.misses), and fails
// only when a line is malformed.

var r15ibMisses = flag.Bool("r15ib.misses", false, "TestR15IB: print every false positive, false negative and field error")

var r15ibSet = blindSet{dir: "testdata/r15ib", minSentences: 1, minLang: map[string]int{}, misses: r15ibMisses}

func TestR15IB(t *testing.T) { blindScore(t, r15ibSet) }
