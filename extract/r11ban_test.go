package extract

import (
	"flag"
	"testing"
)

// The r11ban set (testdata/r11ban) holds the sentences written while fixing the meat_ban patterns the
// eleventh development set showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR11Ban prints its scores (-v) and its misses (-r11ban.misses), and fails
// only when a line is malformed.

var r11banMisses = flag.Bool("r11ban.misses", false, "TestR11Ban: print every false positive, false negative and field error")

var r11banSet = blindSet{dir: "testdata/r11ban", minSentences: 1, minLang: map[string]int{}, misses: r11banMisses}

func TestR11Ban(t *testing.T) { blindScore(t, r11banSet) }
