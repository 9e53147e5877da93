package extract

import (
	"flag"
	"testing"
)

// The r14ban set (testdata/r14ban) holds the sentences written while fixing the meat_ban patterns the
// fourteenth development set showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR14Ban prints its scores (-v) and its misses (-r14ban.misses), and fails
// only when a line is malformed.

var r14banMisses = flag.Bool("r14ban.misses", false, "TestR14Ban: print every false positive, false negative and field error")

var r14banSet = blindSet{dir: "testdata/r14ban", minSentences: 1, minLang: map[string]int{}, misses: r14banMisses}

func TestR14Ban(t *testing.T) { blindScore(t, r14banSet) }
