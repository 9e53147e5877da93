package extract

import (
	"flag"
	"testing"
)

// The r24ib set (testdata/r24ib) holds the sentences written while fixing the inspection and
// border_delay patterns the twenty-fourth development set (meat_ban, inspection and border_delay on wire news) showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR24IB prints its scores (-v) and its misses (-r24ib.misses), and fails
// only when a line is malformed.

var r24ibMisses = flag.Bool("r24ib.misses", false, "TestR24IB: print every false positive, false negative and field error")

var r24ibSet = blindSet{dir: "testdata/r24ib", minSentences: 1, minLang: map[string]int{}, misses: r24ibMisses}

func TestR24IB(t *testing.T) { blindScore(t, r24ibSet) }
