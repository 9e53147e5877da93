package extract

import (
	"flag"
	"testing"
)

// The r22ib set (testdata/r22ib) holds the sentences written while fixing the meat_ban, inspection and
// border_delay patterns the twenty-second development set showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR22IB prints its scores (-v) and its misses (-r22ib.misses), and fails
// only when a line is malformed.

var r22ibMisses = flag.Bool("r22ib.misses", false, "TestR22IB: print every false positive, false negative and field error")

var r22ibSet = blindSet{dir: "testdata/r22ib", minSentences: 1, minLang: map[string]int{}, misses: r22ibMisses}

func TestR22IB(t *testing.T) { blindScore(t, r22ibSet) }
