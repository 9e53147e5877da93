package extract

import (
	"flag"
	"testing"
)

// The r14insp set (testdata/r14insp) holds the sentences written while fixing the inspection
// patterns the fourteenth development set showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestR14Insp prints its scores (-v) and its misses
// (-r14insp.misses), and fails only when a line is malformed.

var r14inspMisses = flag.Bool("r14insp.misses", false, "TestR14Insp: print every false positive, false negative and field error")

var r14inspSet = blindSet{dir: "testdata/r14insp", minSentences: 1, minLang: map[string]int{}, misses: r14inspMisses}

func TestR14Insp(t *testing.T) { blindScore(t, r14inspSet) }
