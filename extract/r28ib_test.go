package extract

import (
	"flag"
	"testing"
)

// The r28ib set (testdata/r28ib) holds the sentences written while fixing the meat_ban and inspection
// patterns the twenty-seventh and twenty-sixth development sets showed in Russian, Kazakh (both alphabets)
// and English (a lifting not done, its verb negated, that keeps the ban; plants a verb puts in a register or list of exporters however far it stands, and an entry only named or owed that admits no one): for each pattern, new lines in
// other languages and scripts than the dev item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestR28IB prints its scores (-v) and its misses
// (-r28ib.misses), and fails only when a line is malformed.

var r28ibMisses = flag.Bool("r28ib.misses", false, "TestR28IB: print every false positive, false negative and field error")

var r28ibSet = blindSet{dir: "testdata/r28ib", minSentences: 1, minLang: map[string]int{}, misses: r28ibMisses}

func TestR28IB(t *testing.T) { blindScore(t, r28ibSet) }
