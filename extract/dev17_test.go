package extract

import (
	"flag"
	"testing"
)

// The seventeenth development set (testdata/dev17) was written apart from the rules, with two kinds only:
// meat_ban and inspection, in Russian, English, Kazakh (Cyrillic and Latin) and Chinese (a few lines in
// traditional characters), as ministry and committee releases, GACC notices, Rosselkhoznadzor statements,
// interviews, wire stories, regional news and terse posts, plus short articles with back-references.
// About two in five sentences are hard negatives (bans on crops, fuel or fertiliser, certificates and
// protocols, approved lists, outbreaks without a ban, domestic checks, cargo papers and samples, bans
// denied or only proposed, inspections plants must pass, results announced). TestDev17 scores it as the
// blind sets are scored and fails only when the set is incomplete or a line is malformed.

var dev17Misses = flag.Bool("dev17.misses", false, "TestDev17: print every false positive, false negative and field error")

var dev17Set = blindSet{dir: "testdata/dev17", minSentences: 280, minArticles: 0, // two kinds only: judged on its lines, not on the make-up of a full set
	minLang: map[string]int{"ru": 70, "en": 68, "kk": 80, "zh": 60}, minScript: 40, misses: dev17Misses}

func TestDev17(t *testing.T) { blindScore(t, dev17Set) }
