package extract

import (
	"flag"
	"testing"
)

// The r30lex set (testdata/r30lex) holds the sentences of the lexicon sweep of the thirtieth round: short
// news sentences, one head form each (a verb of banning, lifting, inspecting, shipping or waiting, in another
// aspect, tense, participle or person; a noun of the goods or of the plants), written from the languages
// and not from any dev item, in Russian, Kazakh (Cyrillic, the Latin of 2018, of 2017 and without
// diacritics), English and Chinese (simplified and traditional), with a near miss where a form is
// ambiguous. Its files and scoring are the blind sets' (blind3_test.go); TestR30lex prints its scores (-v)
// and its misses (-r30lex.misses), and fails only when a line is malformed.

var r30lexMisses = flag.Bool("r30lex.misses", false, "TestR30lex: print every false positive, false negative and field error")

var r30lexSet = blindSet{dir: "testdata/r30lex", minSentences: 1, minLang: map[string]int{}, misses: r30lexMisses}

func TestR30lex(t *testing.T) { blindScore(t, r30lexSet) }
