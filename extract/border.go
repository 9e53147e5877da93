package extract

import "agrowatch"

// border reads a delay at a border crossing: trains halted, wagons waiting, unloading backlogged, a
// crossing closed or cargo refused, or the end of one (status "ended").
func (x *Extractor) border(s *sentence) (agrowatch.Mention, bool) {
	if !s.has(fDelay) && !(s.has(fEnded) && s.has(fCargo|fBorder)) {
		return agrowatch.Mention{}, false
	}
	if !s.has(fPlace) && !s.has(fCargo) {
		// "на границе ввели ограничения" is a ban, not a delay: a generic border needs cargo.
		return agrowatch.Mention{}, false
	}
	m := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: s.firstCode(fPlace)}
	if s.has(fEnded) || s.has(fEndedWeak) && s.has(fDelay) {
		m.Status = "ended"
	}
	return m, true
}
