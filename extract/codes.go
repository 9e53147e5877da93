package extract

import "slices"

// Codes are what the extractor writes into a mention besides Commodities and Causes: the ISO codes
// of the countries it knows (By, On, From, To) and the names of the border crossings (Place and both
// ends of a Route), each once, sorted. Whatever shows a mention to people names each of them.
func Codes() (countries, places []string) {
	for _, lex := range [][]lexEntry{countryLexicon(), ruLexicon(), kkLexicon(), enLexicon(), zhLexicon()} {
		for _, e := range lex {
			switch {
			case e.code == "":
			case e.feat&fCountry != 0:
				countries = append(countries, e.code)
			case e.feat&fPlace != 0:
				places = append(places, e.code)
			}
		}
	}
	slices.Sort(countries)
	slices.Sort(places)
	return slices.Compact(countries), slices.Compact(places)
}
