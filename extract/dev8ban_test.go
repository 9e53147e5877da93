package extract

import (
	"flag"
	"testing"
)

// The dev8ban set (testdata/dev8ban) holds the sentences written while fixing the meat_ban and
// inspection patterns the eighth development set showed: for each pattern, new lines in other
// languages and scripts than the dev8 item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestDev8Ban prints its scores (-v) and its misses
// (-dev8ban.misses), and fails only when a line is malformed.

var dev8banMisses = flag.Bool("dev8ban.misses", false, "TestDev8Ban: print every false positive, false negative and field error")

var dev8banSet = blindSet{dir: "testdata/dev8ban", minSentences: 1, minLang: map[string]int{}, misses: dev8banMisses}

func TestDev8Ban(t *testing.T) { blindScore(t, dev8banSet) }
