package extract

import (
	"flag"
	"testing"
)

// The dev6vol set (testdata/dev6vol) holds the sentences written while fixing the export_volume and
// border_delay patterns the sixth development set showed: for each pattern, new lines in other
// languages and scripts than the dev6 item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestDev6Vol prints its scores (-v) and its misses
// (-dev6vol.misses), and fails only when a line is malformed.

var dev6volMisses = flag.Bool("dev6vol.misses", false, "TestDev6Vol: print every false positive, false negative and field error")

var dev6volSet = blindSet{dir: "testdata/dev6vol", minSentences: 1, minLang: map[string]int{}, misses: dev6volMisses}

func TestDev6Vol(t *testing.T) { blindScore(t, dev6volSet) }
