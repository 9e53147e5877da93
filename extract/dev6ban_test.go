package extract

import (
	"flag"
	"testing"
)

// The dev6ban set (testdata/dev6ban) holds the sentences written while fixing the meat_ban and
// inspection patterns the sixth development set showed: for each pattern, new lines in the other
// languages and scripts than the dev6 item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestDev6Ban prints its scores (-v) and its misses
// (-dev6ban.misses), and fails only when a line is malformed.

var dev6banMisses = flag.Bool("dev6ban.misses", false, "TestDev6Ban: print every false positive, false negative and field error")

var dev6banSet = blindSet{dir: "testdata/dev6ban", minSentences: 1, minLang: map[string]int{}, misses: dev6banMisses}

func TestDev6Ban(t *testing.T) { blindScore(t, dev6banSet) }
