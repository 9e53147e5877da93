package extract

import (
	"flag"
	"testing"
)

// The dev7border set (testdata/dev7border) holds the sentences written while fixing the border_delay
// patterns the seventh development set showed: for each pattern, new lines in other
// languages and scripts than the dev7 item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestDev7Border prints its scores (-v) and its misses
// (-dev7border.misses), and fails only when a line is malformed.

var dev7borderMisses = flag.Bool("dev7border.misses", false, "TestDev7Border: print every false positive, false negative and field error")

var dev7borderSet = blindSet{dir: "testdata/dev7border", minSentences: 1, minLang: map[string]int{}, misses: dev7borderMisses}

func TestDev7Border(t *testing.T) { blindScore(t, dev7borderSet) }
