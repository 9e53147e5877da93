package extract

import (
	"flag"
	"testing"
)

// The r31vb set (testdata/r31vb) holds the sentences written while fixing the export_volume and
// border_delay patterns the thirtieth and twenty-ninth development sets showed in Russian, Kazakh and
// English: a figure read out in words as a compound of scales ("four hundred and twenty thousand
// tonnes", «бір мың екі жүзден астам вагон»); goods of any origin; trade between regions at home; a
// semicolon's clause and a numbered week; a habitual range; buyers named by where they are; a
// newsletter that is text, not chrome; goods awaiting export; a figure supposed in a condition a
// question closes; a minister's "we" with the speech named before the quote; «фура» as traffic and a
// clause of the present typed without diacritics; an end at the crossing a line before names; what
// passed in a day; the goal crossing of a list of stations. For each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestR31VB prints its scores (-v) and its misses
// (-r31vb.misses), and fails only when a line is malformed.

var r31vbMisses = flag.Bool("r31vb.misses", false, "TestR31VB: print every false positive, false negative and field error")

var r31vbSet = blindSet{dir: "testdata/r31vb", minSentences: 1, minLang: map[string]int{}, misses: r31vbMisses}

func TestR31VB(t *testing.T) { blindScore(t, r31vbSet) }
