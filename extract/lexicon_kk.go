package extract

// kkLexicon holds the Kazakh cue words, in Cyrillic and in the Latin alphabet of 2018. Stems match
// the start of a word; "=" marks a whole word.
func kkLexicon() []lexEntry {
	return join(
		// Bans and restrictions.
		cue(fBanNoun, "тыйым", "шектеу", "tyıym", "shekteý", "tyiym", "shekteu"),
		cue(fImposed, "енгізіл", "енгізді", "=салды", "салынды", "салынған", "салынады", "қойылды", "шектеу қой",
			"engizil", "engizdi", "salyndy", "salynǵan", "salynady", "qoıyldy"),
		cue(fImposed|fDelay, "тоқтатыл", "тоқтатты", "тоқтату", "toqtatyl", "toqtatty", "toqtatý"),
		cue(fLifted, "алынып таста", "алып таста", "=алынды", "қайта баста", "қайта жандандыр", "жаңғырт",
			"рұқсат", "=ашты", "күшін жойды", "=жойылды", "alynyp tasta", "alyp tasta", "=alyndy", "qaıta basta",
			"qaıta jandandyr", "ruqsat", "kúshin joıdy"),
		cue(fLifted|fEnded, "=ашылды", "қайта ашыл", "=ashyldy", "qaıta ashyl"),
		cue(fPending, "келіссөз", "дайындал", "=дайын", "мүмкін", "=әлі", "қарастыр", "талқыла", "жақын арада",
			"kelissóz", "daıyndal", "múmkin", "=áli", "qarastyr", "talqyla", "jaqyn arada"),
		cue(fPending|fPlanned|fForecast, "жоспар", "күтіл", "күтеді", "алдағы", "josparla", "jospar", "kútil",
			"kútedi", "aldaǵy"),
		cue(fInForce, "күшінде қал", "әлі де күшінде", "=күшінде", "kúshinde"),

		// Inspections.
		cue(fInspect, "инспекц", "тексер", "аудит", "құжаттық бақылау", "ınspeksı", "inspeksı", "ınspeksi",
			"inspeksi", "tekser", "aýdıt", "qujattyq baqylaý"),
		cue(fInspect|fPlanned, "тексеретін", "тексереді", "tekseretin", "tekseredi"),
		cue(fInspect|fDone, "тексерілді", "тексеріліп", "тексерді", "tekserildi", "tekserilip", "tekserdi"),
		cue(fMask, "мемлекеттік инспекция", "инспекция комитеті", "memlekettik ınspeksıa"),
		cue(fVisit, "сапар", "sapar"),
		cue(fVisit|fPlanned, "=келеді", "=keledi"),
		cue(fVisit|fDone, "=келді", "=keldi", "=келіп"),
		cue(fInspector, "маман", "сарапшы", "делегация", "инспекторлар", "комиссия", "maman", "sarapshy",
			"delegasıa", "komıssıa"),
		cue(fTarget, "кәсіпорын", "кәсіпорн", "ветеринар", "мал сою", "сою пункт", "ет комбинат", "ет өңдеу",
			"зертхана", "=ферма", "фермалар", "шаруашылық", "өндіруші", "экспорттаушы", "элеватор", "зауыт",
			"тізілім", "реестр", "kásiporyn", "kásiporn", "veterınar", "zerthana", "ferma", "óndirýshi",
			"eksporttaýshy", "tizilim"),
		cue(fPlanned, "=өтеді", "жүргізіледі", "жүргізеді", "=ótedi", "júrgiziledi", "júrgizedi"),
		cue(fDone, "жасалды", "жасалып", "=өтті", "жүргізілді", "аяқталды", "нәтиже", "=кейін", "jasaldy",
			"jasalyp", "=ótti", "júrgizildi", "aıaqtaldy", "nátıje", "=keıin"),

		// Trade.
		cue(fExport, "жөнелт", "сыртқа", "шығарыл", "eksport", "jónelt", "syrtqa", "shyǵaryl"),
		cue(fImport, "сатып ал", "әкелін", "әкелді", "ımport", "import", "satyp al", "ákelin", "ákeldi"),
		cue(fShip, "жеткіз", "тасымал", "партия", "жіберіл", "сатыл", "jetkiz", "tasymal", "partıa", "jiberil",
			"satyl"),
		cue(fForecast, "болжам", "әлеует", "көздел", "=болады", "boljam", "áleýet", "kózdel", "=bolady"),
		cue(fNonTrade, "егін", "өндір", "қуат", "=қоры", "=қорлары", "өңде", "жинал", "=жинады", "egin", "óndir",
			"qýat", "óńde", "jınal"),
		cue(fUnit, "=мың", "=myń", "=mln", "=mlrd", "=tonna", "tonnaǵa", "tonnadan", "=tonnany"),
		cue(fAgency, "министрлі", "үкімет", "=тарап", "тарапы", "кеден", "басқарма", "комитет", "=билік",
			"органдар", "елшілі", "mınıstrli", "ministrli", "úkimet", "=tarap", "tarapy", "keden", "basqarma",
			"komıtet", "=bılik"),
		cue(fMarket, "нарық", "нарығ", "аумағ", "naryq", "naryǵ", "aýmaǵ"),

		// Borders.
		coded(fPlace, "Dostyk", "достық", "dostyq"),
		coded(fPlace, "Khorgos", "қорғас", "qorǵas"),
		coded(fPlace, "Altynkol", "алтынкөл", "altynkól"),
		coded(fPlace, "Bakhty", "бақты", "baqty"),
		coded(fPlace, "Maikapchagai", "майқапшағай", "maıqapshaǵaı"),
		coded(fPlace, "Nur Zholy", "нұр жолы", "nur joly"),
		coded(fPlace, "Kalzhat", "қалжат", "qaljat"),
		cue(fBorder, "шекара", "өткізу пункт", "өткел", "бекет", "shekara", "ótkizý pýnkt", "ótkel", "beket"),
		cue(fDelay, "тұрып қал", "=тұр", "кідір", "кептеліс", "күтіп", "жабылды", "=жабық", "қабылдамай",
			"қабылданбай", "шоғырлан", "жиналып қал", "turyp qal", "kidir", "keptelis", "kútip", "jabyldy",
			"=jabyq", "qabyldamaı", "qabyldanbaı"),
		cue(fEnded, "қалпына", "қайта басталды", "қалыпты", "qalpyna", "qaıta bastaldy", "qalypty"),
		cue(fCargo, "вагон", "пойыз", "контейнер", "=жүк", "жүктер", "көлік", "vagon", "poıyz", "konteıner",
			"=júk", "kólik"),

		// Causes.
		coded(fCause, "fmd", "аусыл", "aýsyl"),
		coded(fCause, "avian_influenza", "құс тұмау", "qus tumaý"),
		coded(fCause, "sheep_pox", "қой шешег", "qoı shesheg"),
		coded(fCause, "anthrax", "күйдіргі", "kúıdirgi"),
		coded(fCause, "lumpy_skin_disease", "нодулярлық дерматит"),
	)
}
