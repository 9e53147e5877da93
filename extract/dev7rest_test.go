package extract

import (
	"flag"
	"testing"
)

// The dev7rest set (testdata/dev7rest) holds the sentences written while fixing the meat_ban,
// inspection and export_volume patterns the seventh development set showed: for each pattern, new
// lines in other languages and scripts than the dev7 item that showed it, a positive and a near miss.
// Its files and scoring are the blind sets' (blind3_test.go); TestDev7Rest prints its scores (-v) and
// its misses (-dev7rest.misses), and fails only when a line is malformed.

var dev7restMisses = flag.Bool("dev7rest.misses", false, "TestDev7Rest: print every false positive, false negative and field error")

var dev7restSet = blindSet{dir: "testdata/dev7rest", minSentences: 1, minLang: map[string]int{}, misses: dev7restMisses}

func TestDev7Rest(t *testing.T) { blindScore(t, dev7restSet) }
