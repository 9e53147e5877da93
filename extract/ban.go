package extract

import "agrowatch"

// Causes are the disease codes a meat_ban mention's cause may carry.
var Causes = [...]string{
	"fmd", "avian_influenza", "sheep_pox", "african_swine_fever", "lumpy_skin_disease", "ppr",
	"brucellosis", "anthrax", "bse", "newcastle_disease", "bluetongue",
}

// pendingReach is how close (in runes) a word of intent must stand to a word of lifting for the
// lifting to count as pending: "готов возобновить", "will lift", "有望解除". A "may" far off in
// the sentence is about something else.
const pendingReach = 40

// ban reads a meat_ban from a sentence that names an animal product and a restriction or its end.
func (x *Extractor) ban(s *sentence) (agrowatch.Mention, bool) {
	if !s.has(fBanNoun) && !s.has(fExport|fImport|fShip|fMarket) {
		// Without the noun "ban", a verb such as "suspended" or "resumed" must be about trade.
		return agrowatch.Mention{}, false
	}
	m := agrowatch.Mention{Kind: agrowatch.KindMeatBan}
	switch {
	case s.has(fInForce):
		m.Status = agrowatch.StatusImposed
	case s.has(fPending) && (s.near(fPending, fLifted, pendingReach) || !s.has(fLifted) && s.pendingOnly()):
		m.Status = agrowatch.StatusPending
	case s.has(fLifted):
		m.Status = agrowatch.StatusLifted
	default:
		m.Status = agrowatch.StatusImposed
	}
	m.By, m.On = banParties(s)
	m.Commodity = s.firstCode(fMeat)
	m.Cause = s.firstCode(fCause)
	return m, true
}

// pendingOnly reports a sentence whose only news is an intent with no imposing verb: "ведутся
// переговоры о доступе казахстанской говядины на рынок Китая".
func (s *sentence) pendingOnly() bool {
	return !s.has(fImposed) && s.has(fMarket|fExport|fImport)
}

// banParties reads who bans or lifts (by) and whose goods are concerned (on).
func banParties(s *sentence) (by, on string) {
	cs := s.cs
	on = pick(cs, "", roleSource, roleOrigin)
	by = pick(cs, on, roleAgent)
	if on == "" && s.has(fExport) && !s.has(fImport) && hasRole(cs, roleDest) {
		// "Казахстан возобновил экспорт говядины в Китай": the exporter's goods are concerned and the
		// destination decides.
		if a := pick(cs, "", roleAgent); a != "" {
			on = a
			by = pick(cs, on, roleDest)
		}
	}
	if by == "" {
		by = pick(cs, on, roleDest, roleLoc)
	}
	if on == "" {
		on = pick(cs, by, roleObject)
	}
	return by, on
}
