package extract

// fearedDelay reports a delay that is only feared or warned of: "Перевозчики опасаются, что … вновь
// образуются очереди", "Hauliers fear long queues at Nur Zholy", "кезек пайда болады деп алаңдайды",
// "物流企业担心…会再次出现拥堵". Nothing waits yet, so it is no delay.
func (s *sentence) fearedDelay() bool {
	return fearWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

var fearWords = langWords{
	ru: []string{"опасают", "опасается", "опасаются", "опасения", "опасениям", "боятся", "опасаясь"},
	kk: []string{"алаңда", "қауіптен", "қорқад", "alańda", "qaýiptene", "qorqad"},
	en: []string{"fear ", "fears ", "feared ", "worried that", "worry that", "worried about", "concern that", "concerned that"},
	zh: []string{"担心", "担忧", "忧虑", "恐将", "或将出现"},
}
