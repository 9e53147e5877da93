package extract

import (
	"flag"
	"testing"
)

// The r16ban set (testdata/r16ban) holds the sentences written while fixing the meat_ban patterns the
// sixteenth development set showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR16Ban prints its scores (-v) and its misses (-r16ban.misses), and fails
// only when a line is malformed.

var r16banMisses = flag.Bool("r16ban.misses", false, "TestR16Ban: print every false positive, false negative and field error")

var r16banSet = blindSet{dir: "testdata/r16ban", minSentences: 1, minLang: map[string]int{}, misses: r16banMisses}

func TestR16Ban(t *testing.T) { blindScore(t, r16banSet) }
