package extract

// kkLexicon holds the Kazakh cue words, in Cyrillic and in the Latin alphabet of 2018. Stems match
// the start of a word; "=" marks a whole word.
func kkLexicon() []lexEntry {
	return join(
		coded(0, codeInvite, "шақыру", "shaqyrý", "шақырды", "shaqyrdy"), // an invitation: its host acts in nothing
		// Bans and restrictions.
		cue(fBanNoun, "тыйым", "шектеу", "tyıym", "shekteý", "tyiym", "shekteu"),
		cue(fBanNoun|fImposed, "шектеді", "шектелді", "shektedi", "shekteldi", "тыйым салды", "tyıym saldy",
			"=шектейді", "=shekteıdi", "=шектемек", "=shektemek"), // will restrict
		cue(fImposed, "енгізіл", "енгізді", "=салды", "салынды", "салынған", "салынады", "қойылды", "шектеу қой",
			"engizil", "engizdi", "salyndy", "salynǵan", "salynady", "qoıyldy"),
		cue(fImposed|fDelay, "тоқтатыл", "тоқтатты", "тоқтату", "toqtatyl", "toqtatty", "toqtatý"),
		cue(fImposed, "тоқтатқан", "toqtatqan"),
		// Stopped for a while, the converb and its auxiliary: "әкелуді уақытша тоқтата тұрды".
		cue(fImposed|fDelay, "тоқтата тұр", "toqtata tur"),
		// Participles of imposing: "Қытайдың … салған тыйымы", "Reseıdiń engizgen shekteýi".
		cue(fImposed, "=салған", "енгізген", "=қойған", "=salǵan", "engizgen", "=qoıǵan"),
		cue(fStandard, "талап", "стандарт", "норма", "talap", "standart", "тәртіб", "tártib"), // тәртібі: its rules
		cue(fResult, "=нәтижелері", "=нәтижесі", "=nátıjeleri", "=nátıjesi", "=қорытындысы", "=qorytyndysy",
			"=нәтижелеріне", "=нәтижелерін", "=нәтижесіне", "=нәтижесін", "=nátıjelerine", "=nátıjelerin",
			"=nátıjesine", "=nátıjesin", "=қорытындысын", "=qorytyndysyn",
			// The inspectors' remarks: "инспекторлардың ескертулері жойылғаннан кейін".
			"=ескертулері", "=ескертулерін", "=ескертпелері", "=ескертпелерін", "=eskertýleri", "=eskertýlerin",
			"=eskertpeleri", "=eskertpelerin"),
		// Trade back after a break: "сегіз айлық үзілістен кейін", "uzaq úzilisten soń".
		cue(fLifted, "үзілістен кейін", "үзілістен соң", "úzilisten keıin", "úzilisten soń"),
		cue(fLifted, "алынып таста", "алып таста", "=алынды", "қайта баста", "қайта жандандыр", "жаңғырт",
			"рұқсат", "=ашты", "күшін жойды", "=жойылды", "alynyp tasta", "alyp tasta", "=alyndy", "qaıta basta",
			"qaıta jandandyr", "ruqsat", "kúshin joıdy", "=ashty", "=joıyldy", "jańǵyrt"), // Latin as Cyrillic
		// The right to export given, as «получили право экспорта»: "экспорттау құқығын алды".
		cue(fLifted|fShip, "экспорттау құқығ", "экспорттауға құқық", "eksporttaý quqyǵ", "eksporttaýǵa quqyq"),
		cue(fLifted, "тізіліміне енгізіл", "реестріне енгізіл", "tizilimine engizil"),
		// So are plants the agency enters itself: "экспорттаушылар тізіліміне енгізді" (енгіз- alone introduces a ban).
		cue(fLifted, "тізіліміне енгіз", "тізілімге енгіз", "реестріне енгіз", "tizilimine engiz", "tizilimge engiz", "reestrine engiz"),
		// A review of a ban is its end awaited, as «пересмотр»: "shekteýin qaıta qaraý týraly usynys jiberdi".
		cue(fLifted|fPending, "қайта қарау", "qaıta qaraý"),
		cue(fAsk, "ұсыныс жіберді", "ұсыныс жолдады", "usynys jiberdi", "usynys joldady"),
		// Plants put in the list of exporters have access, as plants in the register do: "экспорттаушылар
		// тізіміне енгізілді" (енгіз- alone introduces a ban).
		cue(fLifted, "тізіміне енгіз", "тізімге енгіз", "tizimine engiz", "tizimge engiz"),
		// Plants put back in the register: "тізілімге қайта енгізді", "tizilimge qaıta engizdi".
		cue(fLifted|fMarket, "тізілімге қайта енгіз", "тізіліміне қайта енгіз", "реестрге қайта енгіз", "tizilimge qaıta engiz",
			"tizilimine qaıta engiz", "reestrge qaıta engiz"),
		cue(fLifted, "=жойды", "=joıdy"), // abolished: "shekteýdi joıdy"
		// "Take off" a ban: "тыйымды алды", "shekteýdi alýdy surady". Alone "ал-" takes anything, so only the
		// ban in the accusative right before it lifts; negated, the ban stays ("tyıymdy almady").
		cue(fLifted, "мерзімі аяқталды", "merzimi aıaqtaldy"), // the ban's term ran out
		cue(fPending|fLifted, "мерзімі аяқталады", "merzimi aıaqtalady"),
		// Not to be extended, as a term that ends: "тыйым 1 қаңтардан кейін ұзартылмайды".
		cue(fPending|fLifted, "ұзартылмай", "uzartylmaı", "ұзартпай", "uzartpaı", "ұзартпақ емес", "uzartpaq emes",
			"ұзартылмақ емес", "uzartylmaq emes"),
		// A market that stays closed keeps its ban: "Қытай нарығы жабық күйінде қалып отыр".
		cue(fInForce|fImposed|fDelay, "жабық күйінде қал", "jabyq kúıinde qal", "әлі де жабық", "áli de jabyq"),
		// No permission now is a market closed: "Қазір Қытайға шошқа етін жеткізуге рұқсат жоқ".
		cue(fInForce|fImposed, "рұқсат жоқ", "ruqsat joq", "рұқсаты жоқ", "ruqsaty joq"),
		cue(fPending|fLifted, "алып тастаса", "алып тасталса", "alyp tastasa", "alyp tastalsa"), // if … lifts: awaited
		// A lifting something is for is hoped, not done: "шектеуді алып тастау үшін маңызды".
		cue(fPending|fLifted, "алып тастау үшін", "алынып тасталуы үшін", "қайта бастау үшін", "alyp tastaý úshin",
			"alynyp tastalýy úshin", "qaıta bastaý úshin"),
		cue(fBanNoun|fLifted, "=тыйымды алды", "=тыйымды алуды", "=шектеуді алды", "=шектеуді алуды",
			"=шектеулерді алды", "=шектеулерді алуды", "=tyıymdy aldy", "=tyıymdy alýdy", "=shekteýdi aldy",
			"=shekteýdi alýdy", "=shekteýlerdi aldy", "=shekteýlerdi alýdy", "=тыйымды алудан", "=шектеуді алудан",
			"=tyıymdy alýdan", "=shekteýdi alýdan", "=тыйымды алуға", "=шектеуді алуға", "=шектеулерді алуға",
			"=tyıymdy alýǵa", "=shekteýdi alýǵa", "=shekteýlerdi alýǵa", // "alýǵa ázir": ready to lift
			// The verbal noun with its possessive takes a modal after it: "шектеулерді алуы мүмкін" (may lift).
			"=тыйымды алуы", "=шектеуді алуы", "=шектеулерді алуы", "=tyıymdy alýy", "=shekteýdi alýy",
			"=shekteýlerdi alýy"),
		cue(fBanNoun|fInForce, "=тыйымды алмады", "=тыйымды алмайды", "=шектеуді алмады", "=шектеуді алмайды",
			"=tyıymdy almady", "=tyıymdy almaıdy", "=shekteýdi almady", "=shekteýdi almaıdy"),
		cue(fLifted, "жеңілдет", "jeńildet"), // eased
		// Plants entered in the list of exporters, as in a register: "кәсіпорындар тізіміне енгізді".
		cue(fLifted, "тізіміне енгіз", "tizimine engiz"),
		cue(fLifted|fEnded, "=ашылды", "қайта ашыл", "=ashyldy", "qaıta ashyl"),
		cue(fPending, "=дайын", "=daıyn", "жақын арада", "jaqyn arada"),
		cue(fPending|fForecast, "әзір екен", "ázir eken"), // "alýǵa ázir ekenin": ready to
		cue(fPending|fForecast, "мүмкін", "múmkin", "ықтимал", "yqtımal"),
		cue(fPending, "уәде", "ýáde", "=егер", "=eger"),
		// A lifting told in the present-future: "shekteý alynady dep otyr" is awaited.
		cue(fLifted|fPending, "=алынады", "=alynady", "=алынбақ", "=alynbaq"),
		cue(fActNoun, "хабарлама", "habarlama", "шешім", "sheshim", "қаулы", "qaýly", "бұйрық", "buıryq"),
		// "Put a hand" is to sign: "хаттамаға қол қойылды", "hattamaǵa qol qoıdy" impose nothing.
		cue(0, "қол қой", "qol qoı"),
		// Animal husbandry is a sector, not goods: "mal sharýashylyǵynda" names no livestock traded.
		cue(0, "мал шаруашылығ", "mal sharýashylyǵ"),
		// Banned drugs are no ban of trade: "tyıym salynǵan antıbıotıkterdi qoldanbaýy tıis".
		cue(fMask, "тыйым салынған дәрі", "тыйым салынған препарат", "тыйым салынған антибиотик",
			"tyıym salynǵan dári", "tyıym salynǵan preparat", "tyıym salynǵan antıbıotık"),
		cue(fRegion, "облыс", "oblys", "аймақ", "аймағ", "aımaq", "aımaǵ", "өлке", "ólke", "аудан", "aýdan"),
		cue(fMainly, "негізінен", "negizinen"),
		cue(fService, "қызмет", "qyzmet"),
		cue(fInspect, "тәуекелдерді бағала", "тәуекелді бағала", "táýekelderdi baǵala", "táýekeldi baǵala"),
		cue(fMarket, "бағыт", "baǵyt"),
		cue(fPlanned, "дайындал", "daıyndal"), // preparing for an inspection: still to come
		cue(fPendingStrong, "келіссөз", "дайындал", "дайындық", "daıyndyq", "=әлі", "қарастыр", "талқыла", "kelissóz", "daıyndal",
			"=áli", "qarastyr", "talqyla", "мәселесі", "máselesi", "соңғы кезең", "sońǵy kezeń"),
		cue(fDenied, "расталмады", "жоспарламайды", "ешқашан", "eshqashan", "=емес", "=emes", "жалған",
			"шындыққа жанаспайды", "shyndyqqa janaspaıdy", // "is untrue"
			"теріске шығар", "rastalmady", "josparlamaıdy", "teriske shyǵar",
			"жоққа шығар", "joqqa shyǵar", // "… degen aqparatty joqqa shyǵardy": denied the report
			"жоспарланбаған", "josparlanbaǵan", "жоспары жоқ", "jospary joq", // not planned, no plan
			"күн тәртібінде жоқ", "kún tártibinde joq", "күн тәртібінде емес", "kún tártibinde emes", // not on the agenda
			"туралы ақпарат жоқ", "turaly aqparat joq", "туралы мәлімет жоқ", "turaly málimet joq", // no news of it
			"салынбайды", "salynbaıdy", "салынбайтын", "salynbaıtyn", "енгізілмейді", "engizilmeıdi", // will not be
			"енгізілмейтін", "engizilmeıtin", "енгізбейді", "engizbeıdi"),
		// A participle and "жоқ" negate: "шектеу шараларын қабылдаған жоқ", "tyıym salǵan joq".
		cue(fExempt, "=қолданылмайды", "=qoldanylmaıdy", "=таралмайды", "=taralmaıdy", "=қамтымайды", "=qamtymaıdy"),
		cue(fExempt, "=жатпайды", "=jatpaıdy"), // "шектеуге жатпайды": not subject to it
		cue(fExempt, "=қолданылмады", "=qoldanylmady", "=таралмады", "=taralmady", "=қамтымады", "=qamtymady",
			"=жатпады", "=jatpady"), // left out in the past: "тыйым құс етіне қолданылмады"
		cue(fDenied, "=қабылдаған жоқ", "=qabyldaǵan joq", "=енгізген жоқ", "=engizgen joq", "=салған жоқ", "=salǵan joq",
			"=қойған жоқ", "=qoıǵan joq", "=шектеу қойған жоқ", "=шектеу қойылған жоқ", // past "шектеу қой" read first
			"=тоқтатқан жоқ", "=toqtatqan joq", "=тоқтатылған жоқ", "=toqtatylǵan joq"), // trade not stopped: "әкелуді тоқтатқан жоқ"
		// So does the passive participle, and "жоқ" after the ban noun: "шектеу енгізілген жоқ", "shekteý joq".
		cue(fDenied, "=енгізілген жоқ", "=engizilgen joq", "=салынған жоқ", "=salynǵan joq", "=қойылған жоқ",
			"=qoıylǵan joq", "=шектеу жоқ", "=shekteý joq", "=тыйым жоқ", "=tyıym joq"),
		// "Unscheduled": no inspection still to come, whatever the word of plans inside it.
		cue(fMask, "жоспардан тыс", "jospardan tys"),
		cue(fPending|fPlanned|fForecast, "жоспар", "күтіл", "күтеді", "алдағы", "josparla", "jospar", "kútil",
			"kútedi", "aldaǵy"),
		cue(fInForce, "күшінде қал", "әлі де күшінде", "=күшінде", "=kúshinde", "kúshinde qal", "áli de kúshinde", "сақтал", "saqtal",
			"=сақтап", "=saqtap", "=сақтады", "=saqtady"), // kept: "shekteýdi saqtap qaldy"
		// In force as a participle before the ban noun dates its imposition, whatever became of it, as
		// "had been in place" does: "2019 jyldan beri kúshinde bolǵan shekteýdi alyp tastady".
		cue(fImposed, "=күшінде болған", "=kúshinde bolǵan", "=күшінде тұрған", "=kúshinde turǵan"),
		// Kazakh negates in the verb: a lifting refused keeps the ban ("рұқсат бермеді", "alyp tastamaıdy"),
		// an imposition refused is no ban ("тыйым салмайтынын", "shekteý engizbeıdi").
		cue(fInForce, "рұқсат бермеді", "рұқсат бермейді", "рұқсат бермейтін", "ruqsat bermedi", "ruqsat bermeıdi",
			// The perfect negated by жоқ, and its participle, as the past: "әлі рұқсат берген жоқ", "рұқсат бермегенін".
			"рұқсат берген жоқ", "ruqsat bergen joq", "рұқсат бермеген", "ruqsat bermegen",
			"ruqsat bermeıtin", "алып тастамады", "алып тастамайды", "алып тастамайтын", "alyp tastamady",
			"alyp tastamaıdy", "alyp tastamaıtyn", "=алынбады", "=alynbady", "=алынбайды", "=alynbaıdy",
			// Every tense and person of a resumption or an easing refused: "қайта бастамайтынын", "qaıta
			// bastamady", "бастамақ емес". The stems stop before -мақ (the positive intent "бастамақ").
			"қайта бастамады", "қайта бастамай", "қайта бастамақ емес", "қайта жандандырмады", "қайта жандандырмай",
			"qaıta bastamady", "qaıta bastamaı", "qaıta bastamaq emes", "qaıta jandandyrmady", "qaıta jandandyrmaı",
			"алып тастамақ емес", "алынып тасталмады", "алынып тасталмай", "alyp tastamaq emes", "alynyp tastalmady",
			"alynyp tastalmaı", "жеңілдетпеді", "жеңілдетпей", "jeńildetpedi", "jeńildetpeı",
			// The negated perfect participle tells a lifting not done: "шектеудің әлі алынбағанын айтты".
			"алынбаған", "alynbaǵan", "алып тастамаған", "alyp tastamaǵan", "алынып тасталмаған", "alynyp tastalmaǵan"),
		cue(fDenied, "=салмайды", "салмайтын", "=салмады", "=енгізбейді", "енгізбейтін", "=енгізбеді", "=қоймайды",
			"=қоймады", "=salmaıdy", "salmaıtyn", "=salmady", "=engizbeıdi", "engizbeıtin", "=engizbedi",
			"=qoımaıdy", "=qoımady", "=шектемейді", "=shektemeıdi", "=тоқтатпайды", "=toqtatpaıdy"),

		// Inspections.
		cue(fInspect, "инспекц", "бейнеинспекц", "бейнетексер", "beıneınspek", "beıneınspeks", "beınetekser", "тексер", "аудит", "құжаттық бақылау", "ınspek", "inspek", "tekser", "aýdıt",
			"qujattyq baqylaý", "бейнеаудит", "beıneaýdıt"),
		cue(fInspect|fPlanned, "тексеретін", "тексереді", "tekseretin", "tekseredi"),
		cue(fInspect|fDone, "тексерілді", "тексеріліп", "тексерді", "tekserildi", "tekserilip", "tekserdi"),
		// The present-future and the intent of "inspect" ("инспекциялайды", "teksermek") are still to come;
		// "тексеріп шықты" (checked through) is done.
		cue(fInspect|fPlanned, "=инспекциялайды", "=ınspeksıalaıdy", "=инспекцияламақ", "=ınspeksıalamaq",
			"=тексермек", "=teksermek", "=тексермекші", "=teksermekshi", "=инспекцияламақшы", "=ınspeksıalamaqshy",
			// "to inspect", the purpose of an invitation or a visit, as "=to inspect" in English.
			"=тексеруге", "=tekserýge", "=инспекциялауға", "=ınspeksıalaýǵa"),
		// The papers of plants looked through are a documentary check: "кәсіпорынның құжаттарын қарап шықты".
		cue(fInspect, "құжаттарын қарап", "qujattaryn qarap", "құжаттарын қарау", "qujattaryn qaraý",
			// Looked through from afar, as a remote check is: "qujattaryn qashyqtan qarap shyqqan".
			"қашықтан қарап", "qashyqtan qarap"),
		cue(fInspect|fDone, "құжаттарын қарап шықты", "qujattaryn qarap shyqty"),
		// The papers of a cargo are no plant's: "бидай партиясының құжаттарын қарап шықты".
		cue(fSample, "партиясының құжат", "partııasynyń qujat"),
		cue(fInspect|fDone, "инспекциялады", "ınspeksıalady", "тексеріп шықты", "tekserip shyqty",
			"инспекциялап шықты", "ınspeksıalap shyqty"),
		// A state inspection is an agency: "Өзбекстанның Мемлекеттік ветеринариялық инспекциясы … рұқсат берді".
		cue(fMask|fAgency, "мемлекеттік инспекция", "мемлекеттік ветеринариялық инспекция",
			"memlekettik ınspeksıa", "memlekettik veterınarıalyq ınspeksıa"),
		cue(fMask, "инспекция комитеті",
			// A territorial inspection is an agency: "Almaty oblystyq aýmaqtyq ınspektsııasy".
			"аумақтық инспекц", "aýmaqtyq ınspek", "aýmaqtyq inspek", "fıtosanıtarlyq ınspek", "фитосанитариялық инспекц"),
		// Russia's watchdog by its name: "Ресейдің Ветеринариялық және фитосанитариялық қадағалау федералды
		// қызметінің мамандары": the genitive before it names who acts.
		cue(fAgency, "фитосанитариялық қадағалау", "fıtosanıtarlyq qadaǵalaý"),
		cue(fVisit, "сапар", "sapar"),
		cue(fVisit, "екінші кезең", "ekinshi kezeń", "екінші кезеңі", "ekinshi kezeńi"), // "көктемде екінші кезең өтеді"
		// The next stage is still to come: "келесі кезеңі – инспекция".
		cue(fPlanned, "келесі кезең", "kelesi kezeń"),
		// A time still to come dates the inspection planned: "Қазақстан келесі айда … мамандарын қабылдайды".
		cue(fPlanned, "келесі айда", "келесі аптада", "келесі жылы", "kelesi aıda", "kelesi aptada", "kelesi jyly"),
		cue(fVisit|fDone, "=сапар жасады", "=sapar jasady", "=сапармен келді", "=saparmen keldi"),
		// Acquainted with the work of plants: "зертханалардың жұмысымен танысады".
		cue(fVisit|fPlanned, "жұмысымен танысады", "jumysymen tanysady", "жұмысымен таныспақ", "jumysymen tanyspaq"),
		cue(fVisit, "жұмысымен танысу", "jumysymen tanysý", "жұмысымен танысты", "jumysymen tanysty"),
		// Toured: "кәсіпорнын аралап шықты", "kombınattardy aralaıdy".
		cue(fVisit, "=аралап", "=aralap", "=аралау", "=aralaý"),
		cue(fVisit|fDone, "=аралады", "=aralady", "=аралап шықты", "=aralap shyqty", "=аралап көрді", "=aralap kórdi"),
		cue(fVisit|fPlanned, "=аралайды", "=aralaıdy", "=араламақ", "=aralamaq"),
		// Inspectors on their way: "Қазақстандық инспекторлар Бразилияға аттанады".
		cue(fVisit|fPlanned, "=аттанады", "=attanady", "=аттанбақ", "=attanbaq"),
		cue(fVisit|fPlanned, "=келеді", "=keledi"),
		// The present-future of "be" after a participle or a noun is still to come: "бейнеинспекция
		// өткізетін болады", "sapar naýryzda bolady"; the past is "болды".
		cue(fPlanned, "=болады", "=bolady"),
		// The intent in -мақ/-мек/-бақ/-бек/-пақ/-пек of the verbs an inspection takes: "аралап шықпақ",
		// "tekserý júrgizbek".
		cue(fPlanned, "=шықпақ", "=shyqpaq", "=жүргізбек", "=júrgizbek", "=өткізбек", "=ótkizbek", "=жасамақ",
			"=jasamaq"),
		// The intent in -мақшы/-мекші is one too: "тексеру жүргізбекші", "aralap shyqpaqshy".
		cue(fPlanned, "=шықпақшы", "=shyqpaqshy", "=жүргізбекші", "=júrgizbekshi", "=өткізбекші", "=ótkizbekshi",
			"=жасамақшы", "=jasamaqshy"),
		cue(fVisit|fPlanned, "=бармақ", "=barmaq", "=келмек", "=kelmek", "=бармақшы", "=barmaqshy", "=келмекші",
			"=kelmekshi", "=араламақшы", "=aralamaqshy"),
		// The future participle made a noun, the clause a verb of saying reports: "тексеру жүргізетінін
		// хабарлады", "ınspeksııa júrgizetinin habarlady", "келетіні туралы", "аралайтындығын мәлімдеді"
		// (the past, "жүргізгенін", took place).
		cue(fPlanned, "жүргізетіні", "жүргізетіндігі", "өткізетіні", "өткізетіндігі", "жасайтыны", "жасайтындығы",
			"júrgizetini", "júrgizetindigi", "ótkizetini", "ótkizetindigi", "jasaıtyny", "jasaıtyndyǵy"),
		cue(fVisit|fPlanned, "аралайтыны", "аралайтындығы", "баратыны", "баратындығы", "келетіні", "келетіндігі",
			"aralaıtyny", "aralaıtyndyǵy", "baratyny", "baratyndyǵy", "keletini", "keletindigi"),
		cue(fInspect|fPlanned, "инспекциялайтыны", "инспекциялайтындығы", "ınspeksıalaıtyny", "ınspeksıalaıtyndyǵy",
			"tekseretindigi", "тексеретіндігі"),
		// The passive, "will be held": "инспекция өткізілетінін хабарлады", "tekseriletini belgili boldy".
		cue(fPlanned, "жүргізілетіні", "өткізілетіні", "júrgiziletini", "ótkiziletini"),
		cue(fInspect|fPlanned, "тексерілетіні", "tekseriletini"),
		// Inspectors invited are still to come: "мамандарын кәсіпорындарды тексеруге шақырды".
		cue(fPlanned, "=шақырды", "=shaqyrdy"),
		// Inspectors sent are a visit still to come, as «направит инспекторов»: "аудиторлар жібереді".
		cue(fVisit|fPlanned, "=жібереді", "=jiberedi", "=жібермек", "=jibermek", "жіберетіні", "jiberetini"),
		cue(fVisit|fDone, "=келді", "=keldi"),
		// A converb takes its tense from the verb it leads to: "келіп, … аралайды" is still to come.
		cue(fVisit, "=келіп", "=kelip"),
		cue(fInspector, "сарапшылар тоб", "sarapshylar tob"), // a group of experts: GACC's 专家组
		cue(fInspector, "маман", "сарапшы", "делегация", "инспектор", "комиссия", "maman", "sarapshy",
			"delegasıa", "delegatsıa", "komıssıa", "ınspektor", "inspektor", "ветеринар дәрігер", "ветеринарлар", "veterınarlar",
			"=өкілдері", "=ókilderi"), // a veterinary organisation's representatives: "ұйымының өкілдері"
		cue(fTarget, "кәсіпорын", "кәсіпорн", "ветеринар", "мал сою", "сою пункт", "ет комбинат", "ет өңдеу",
			"зертхана", "=ферма", "фермалар", "шаруашылық", "өндіруші", "экспорттаушы", "элеватор", "зауыт",
			"тізілім", "реестр", "kásiporyn", "kásiporn", "veterınar", "zerthana", "ferma", "óndirýshi",
			"eksporttaýshy", "tizilim", "құс фабрика", "qus fabrıka", "et kombınat", "et óńdeý", "mal soıý", "soıý pýnkt",
			"zaýyt", "elevator"),
		cue(fPlanned, "=жасайды", "=jasaıdy", "=өткізеді", "=ótkizedi"), // present-future: "sapar jasaıdy"
		// A visit set for dates is still to come: «сапары 10-14 наурызға белгіленді», «сапары белгіленгені жазылған».
		cue(fPlanned, "=белгіленді", "белгіленгені", "белгіленгенін", "=belgilendi", "belgilengeni", "belgilengenin"),
		cue(fVisit|fPlanned, "=барады", "=barady"), // "mamandary … et kombınattaryna barady": they will go to plants
		cue(fPlanned, "=өтеді", "жүргізіледі", "жүргізеді", "=ótedi", "júrgiziledi", "júrgizedi", "басталады",
			"bastalady", "ауыстырыл", "aýystyryl"),
		// Put off: an inspection still to come, trade stopped ("ımporttaýdy keıinge qaldyrdy").
		cue(fPlanned|fImposed, "кейінге қалдыр", "keıinge qaldyr"),
		cue(fPlanned, "кейінге шегеріл", "keıinge shegeril"), // postponed: "сапары кейінге шегерілді"
		// As planned is no plan: "тексеруі жоспарланғандай өтті" took place.
		cue(fMask, "жоспарланғандай", "josparlanǵandaı"),
		cue(fDone, "жасалды", "жасалып", "=өтті", "жүргізілді", "аяқталды", "нәтиже", "=кейін", "jasaldy",
			"jasalyp", "=ótti", "júrgizildi", "aıaqtaldy", "nátıje", "=keıin"),
		// Completed by its inspectors, as "completed" is: "qujattyq tekserýdi aıaqtady".
		cue(fDone, "=аяқтады", "=aıaqtady"),
		// The past of the verbs an inspection takes, and their converb completed by "болды": "аудит
		// жүргізді", "beıne aýdıt júrgizip boldy", "тексеріп болды".
		cue(fDone, "=жүргізді", "=júrgizdi", "=өткізді", "=ótkizdi", "=жүргізіп болды", "=júrgizip boldy",
			"=өткізіп болды", "=ótkizip boldy", "=тексеріп болды", "=tekserip boldy", "=жасап болды", "=jasap boldy"),

		cue(fAfter, "=кейін", "=keıin", "нәтиже", "nátıje"),
		coded(fAfter|fDone, codeCompleted, "аяқтағаннан кейін", "aıaqtaǵannan keıin", "жүргізгеннен кейін",
			"júrgizgennen keıin", "өткізгеннен кейін", "ótkizgennen keıin"),

		// Trade.
		cue(fExport, "жөнелт", "сыртқа", "шығарыл", "eksport", "jónelt", "syrtqa", "shyǵaryl"),
		cue(fImport, "сатып ал", "әкел", "ımport", "import", "satyp al", "ákel", "=келді", "=keldi"),
		cue(fOnly, "=тек", "=ғана", "=tek", "=ǵana"),
		cue(fAttrib, "хабарла", "мәліметінше", "мәлімдеді", "баспасөз қызметі", "habarla", "málimetinshe",
			"málimdedi", "baspasóz qyzmeti", "=деді", "=dedi"), // a quote's speaker: «…», — деді министр
		cue(fRegionFrom, "облысынан", "облыстарынан", "аймағынан", "oblysynan", "oblystarynan", "aımaǵynan"),
		cue(fShip, "жеткіз", "тасымал", "партия", "жіберіл", "сатыл", "jetkiz", "tasymal", "partıa", "jiberil",
			"satyl"),
		cue(fShip, "=сатты", "=satty"), // sold, active, as «продал» and "sold": "Қазақстан Ауғанстанға … ұн сатты"
		// Sent, active and past, as «отправили»: "Түркияға қанша жасымық жібердіңіздер?", "… un jiberdik".
		cue(fShip, "жібердің", "жібердік", "=жіберді", "жібере алдың", "jiberdiń", "jiberdik", "=jiberdi", "jibere aldyń"),
		cue(fForecast, "келісімшарт", "келісім", "kelisimshart", "kelisim", "тендер", "tender", "мүдделі", "múddeli", "қызығушылық", "qyzyǵýshylyq", "меморандум",
			"=келісті", "=kelisti", "=уағдаласты", "=ýaǵdalasty"),
		// Sent to foreign markets is exported: "сыртқы нарықтарға жөнелтті".
		cue(fExport, "=сыртқы нарықтарға", "=сыртқы нарыққа", "=syrtqy naryqtarǵa", "=syrtqy naryqqa"),
		cue(fExport, "әкет", "áket"),
		cue(fExport, "=шетелге", "=shetelge"),                          // "шетелге сатылды": sold abroad
		coded(fNonTrade, codeTransit, "транзит", "tranzıt", "tranzit"), // goods in transit are no trade of the transit country, nor of the two ends
		// A permit for transit lets goods cross, no market opened: "транзитке рұқсат берді".
		coded(fNonTrade|fMask, codeTransit, "транзитке рұқсат", "tranzıtke ruqsat", "транзиттік рұқсат", "tranzıttik ruqsat"),
		cue(fForecast, "=алады", "=alady", "=ала алады", "=ala alady"),
		// A ranking among exporters lists suppliers: "экспорттаушылар арасында … екінші орында Қазақстан – 2,1 млн тонна".
		cue(fSupplier, "экспорттаушылар арасында", "eksporttaýshylar arasynda"),
		// Readiness, a task set and a hope are forecasts: "жеткізуге дайын", "150 мың тоннаға жеткізу
		// міндеті қойылды", "экспорттауға үміттенеді"; so are an intention, an ability and an interest:
		// "жеткізуге ниетті", "jetkizýge qaýqarly", "қызығушылық танытты".
		cue(fForecast, "=дайын", "=дайынбыз", "=daıyn", "=daıynbyz", "міндет", "mindet", "үміттен", "úmitten"),
		cue(fForecast, "ниет", "nıet", "қауқар", "qaýqar", "қызығушылық", "qyzyǵýshylyq"),
		cue(fForecast, "болжа", "әлеует", "көзде", "=болады", "bolja", "áleýet", "kózde", "=bolady"),
		cue(fNonTrade, "егін", "өндір", "қуат", "=қоры", "=қорлары", "өңде", "жинал", "=жинады", "egin", "óndir",
			"qýat", "óńde", "jınal"),
		cue(fUnit, "=мың", "=myń", "=mln", "=mlrd", "tonna", "тонна"),
		// A food safety authority named in full is one agency: "Saýd Arabıasynyń azyq-túlik jáne dári-dármek basqarmasy".
		cue(fAgency, "азық-түлік және дәрі-дәрмек басқарма", "azyq-túlik jáne dári-dármek basqarma",
			"азық-түлік және дәрі-дәрмек жөніндегі басқарма", "azyq-túlik jáne dári-dármek jónindegi basqarma",
			// So is a food safety agency's: "Ázerbaıjannyń azyq-túlik qaýipsizdigi agenttigi".
			"азық-түлік қауіпсіздігі", "azyq-túlik qaýipsizdigi"),
		cue(fAgency, "ауыл шаруашылығы министрлі", "aýyl sharýashylyǵy mınıstrli", "министрлі", "үкімет", "=тарап", "тарапы", "кеден", "басқарма", "комитет", "=билік",
			"органдар", "елшілі", "mınıstrli", "ministrli", "úkimet", "=tarap", "tarapy", "keden", "basqarma",
			"komıtet", "=bılik", "=әріптестер", "=әріптестеріміз", "=áriptester", "=áriptesterimiz", // "қытайлық әріптестер": the other side
			// "Irannyń veterınarııalyq uıymynyń mamandary": an organisation of a country is its agency.
			"ұйым", "uıym"),
		cue(fMarket, "нарық", "нарығ", "аумағ", "naryq", "naryǵ", "aýmaǵ"),

		cue(fImport|fPurchase, "сатып ал", "satyp al"),
		cue(fSupplier, "жеткізуші", "jetkizýshi"),
		// Buyers named: the countries of the list buy from the exporter ("Irı satyp alýshylar –
		// Ózbekstan (1,4 mln tonna)").
		cue(fMarket|fPurchase, "сатып алушы", "satyp alýshy"),
		cue(fImport, "импорттаушы", "ımporttaýshy"),
		cue(fBanNoun, "сандық шектеу", "квота", "sandyq shekteý", "kvota"),
		cue(fImposed, "салынған болатын", "=енгізді", "=engizdi"),
		// The verbal noun of imposing: "шектеу енгізуді талқылап жатыр" discusses an imposition.
		cue(fImposed, "=енгізуді", "=енгізу", "=engizýdi", "=engizý"),
		cue(fBanRef, "шаралар", "шарасы", "sharalar", "sharasy"),
		cue(fVolume, "көлем", "kólem"),
		cue(fCargo, "қозғалыс", "qozǵalys"),
		cue(fSample, "сынама", "үлгі алы", "synama", "бақылауды күшейт", "baqylaýdy kúsheıt",
			"күшейт", "kúsheıt"), // checks made stricter: "keden tekserýin kúsheıtken"
		cue(fNonTrade, "тауар айналым", "taýar aınalym", "сауда айналым", "saýda aınalym"),
		cue(fDocument, "сертификат", "хаттама", "sertıfıkat", "hattama"),
		cue(fKeepAccess, "жалғастыруға рұқсат", "jalǵastyrýǵa ruqsat", "құқығын сақтап", "quqyǵyn saqtap",
			"құқығын сақтады", "quqyǵyn saqtady"),
		// An expectation that quotes its clause ("Қытай тыйымды алып тастайды деп күтеді") is the
		// speaker's, as a hope is: it asks nothing, but names who is to lift.
		cue(fAsk|fPending|fPlanned|fForecast, "деп күтеді", "деп күтуде", "dep kútedi", "dep kútýde", "деп күтеміз", "dep kútemiz"),
		// A market that will open, its subject before it: "naryq 2026 jyldyń basynda ashylady".
		cue(fPending|fLifted|fWeakLift, "=ашылады", "=ashylady", "=ашылмақ", "=ashylmaq"),
		// The present-future of a lifting is a lifting to come: "1 jeltoqsannan bastap alyp tastaıdy".
		cue(fPending|fLifted, "=алып тастайды", "=alyp tastaıdy", "=алып тастамақ", "=alyp tastamaq",
			"=қайта бастайды", "=qaıta bastaıdy", "=қайта бастамақ", "=qaıta bastamaq"),
		// Asks, in every tense: "алып тастауды сұрайды", "suraıdy", "сұрап отыр", "сұрауда".
		cue(fAsk, "=сұрайды", "=suraıdy", "=сұрауда", "=suraýda", "=сұрамақ", "=suramaq"),
		cue(fAsk, "өтін", "сұрады", "ótin", "surady", "=сұраған", "=suraǵan", "=сұрағанын", "=suraǵanyn", "=сұрап", "=surap", "үміттен", "úmitten", "сұрау сал", "suraý sal"),
		// A call to lift is a request, and names the lifting: "тыйымды алып тастауға шақырды", "joıýǵa shaqyrdy".
		cue(fAsk|fLifted, "алып тастауға шақыр", "alyp tastaýǵa shaqyr", "жоюға шақыр", "joıýǵa shaqyr",
			"қайта бастауға шақыр", "qaıta bastaýǵa shaqyr"),
		// Seeking a lifting asks for it: "тыйымды алып тастауға тырысуда", "shekteýdi alyp tastaýǵa umtylýda".
		cue(fAsk|fLifted, "алып тастауға тырыс", "alyp tastaýǵa tyrys", "қайта бастауға тырыс", "qaıta bastaýǵa tyrys",
			"алып тастауға ұмтыл", "alyp tastaýǵa umtyl", "алып тастауға күш сал", "alyp tastaýǵa kúsh sal"),
		cue(fDomestic, "ел ішінде", "ішкі нарық", "el ishinde", "ishki naryq", "=фермерлерден", "=шаруалардан", "=fermerlerden", "=sharýalardan",
			// Goods sent into storage or to mills at home (storeWords): "элеваторларға жөнелтілді".
			"=элеваторларға", "=элеваторға", "=қоймаларға", "=қоймаға", "=диірмендерге", "=elevatorlarǵa", "=elevatorǵa",
			"=qoımalarǵa", "=qoımaǵa", "=dıirmenderge"),
		cue(fChrome, "жазылыңыз", "жазылу", "jazylyńyz", "jazylý", "cookie",
			// A teaser of another article: its headline is that article's fact, not this one's.
			"=сондай-ақ оқыңыз", "=толығырақ оқыңыз", "=оқи отырыңыз", "=sondaı-aq oqyńyz", "=tolyǵyraq oqyńyz", "=oqı otyryńyz"),
		cue(fVisit|fPlanned, "josparlanǵan", "жоспарланған"),
		// An obligation after the verb is still to come: "tekserýi tıis", "тексеруі керек".
		cue(fPlanned, "=тиіс", "=tıis", "=керек", "=kerek"),
		// An inspection whose dates are not yet set is still to come: "мерзімі әлі белгіленбеген".
		cue(fPlanned, "мерзімі әлі белгіленбеген", "мерзімі белгіленбеген", "merzimi áli belgilenbegen", "merzimi belgilenbegen",
			"мерзімі әлі анықталмаған", "merzimi áli anyqtalmaǵan"),
		cue(fDelay, "баяулады", "baıaýlady", "баяулап", "baıaýlap", "баяулат", "baıaýlat", // slowed, and made slow
			"=жиналды", "=jınaldy", "=jinaldy",
			"жиналып", "jınalyp", "қозғалыссыз", "qozǵalyssyz", "кідіріс", "kidiris",
			// Standing without moving: "Keıbir quramdar 8 táýlik boıy qozǵalmaı tur".
			"қозғалмай тұр", "qozǵalmaı tur", "қозғалмай қалды", "qozǵalmaı qaldy",
			"қабылдауды тоқтат", "qabyldaýdy toqtat", "қабылдауды азайт", "qabyldaýdy azaıt",
			"қабылдауды қысқарт", "qabyldaýdy qysqart", "қабылдауды шектеді", "qabyldaýdy shektedi"),
		cue(fImposed, "тоқтатылды", "toqtatyldy"),
		// "In a row, also": no Qatar in "sonymen qatar", «сонымен қатар».
		cue(0, "=sonymen qatar", "=сонымен қатар", "=osymen qatar", "=осымен қатар"),
		// Shipments in the present-future passive are still to come: "Алғашқы партия … желтоқсанда
		// жөнелтіледі".
		cue(fExport|fForecast, "жөнелтіледі", "jóneltiledi", "экспортталады", "eksporttalady"),
		// The future of intent in -мек/-мақ: "300 тонна ет желтоқсанда жөнелтілмек" is planned.
		cue(fExport|fForecast, "=жөнелтілмек", "=жөнелтпек", "=экспорттамақ", "=экспортталмақ", "=жеткізілмек",
			"=жеткізбек", "=jóneltilmek", "=jóneltpek", "=eksporttamaq", "=eksporttalmaq", "=jetkizilmek", "=jetkizbek"),
		cue(fShip|fForecast, "жеткізіледі", "jetkiziledi"),

		// Borders.
		coded(fPlace, "Dostyk", "достық", "dostyq", "dostyk"), // "dostykta": q typed k, as chats do
		coded(fPlace, "Khorgos", "қорғас", "qorǵas"),
		coded(fPlace, "Altynkol", "алтынкөл", "altynkól"),
		coded(fPlace, "Bakhty", "бақты", "baqty", "bahty", "бахты"),
		coded(fPlace, "Maikapchagai", "майқапшағай", "maıqapshaǵaı"),
		coded(fPlace, "Nur Zholy", "нұр жолы", "nur joly", "nur zholy"),
		coded(fPlace, "Alashankou", "alashankoý", "alashankou", "алашанькоу", "алашаньқоу", "алашаңқой", "алашаңқоу", "alashańqoı", "alashańqoý",
			"alashańkoý", "alashańkoı"), // ń before k, as "Alashańkoýda" is also written
		coded(fPlace, "Kalzhat", "қалжат", "qaljat"),
		// The road crossings to Central Asia and Russia; Nur Zholy also written as one word.
		coded(fPlace, "Nur Zholy", "нұржолы", "nurjoly"),
		coded(fPlace, "Saryagash", "сарыағаш", "saryaǵash", "сарыагаш"),
		coded(fPlace, "Zhaysan", "жайсаң", "жайсан", "jaısań", "jaısan"),
		// "Жібек жолы" is also the Silk Road: the crossing only with its post named.
		coded(fPlace, "Zhibek Zholy", "жібек жолы бекет", "jibek joly beket", "жібек жолы өткізу", "jibek joly ótkizý",
			"жібек жолы өткел", "jibek joly ótkel"), // the crossing named by its noun: «Жібек жолы өткелінде»
		coded(fPlace, "Korday", "қордай", "qordaı"),
		coded(fPlace, "Tazhen", "тәжен", "tájen", "тажен"),
		coded(fPlace, "Kairak", "қайрақ", "qaıraq", "кайрак"),
		cue(fBorder, "шекара", "өткізу пункт", "өткел", "бекет", "shekara", "ótkizý pýnkt", "ótkel", "beket",
			"станция", "stantsı", "stansı"),
		cue(fDelay, "тұрып қал", "кідір", "кептеліс", "күтіп", "жабылды", "=жабық", "қабылдама", "қабылданба",
			"шоғырлан", "жиналып қал", "turyp qal", "kidir", "keptelis", "kútip", "jabyldy", "=jabyq",
			"qabyldama", "qabyldanba", "бас тарт", "bas tart", "кезек", "кезег", "kezek", "kezeg", "тоқтап", "toqtap", "жұмыс істемейді",
			"jumys istemeıdi", "жабылады", "jabylady", "күтуде", "kútýde",
			// Drivers who wait to cross: "шекарадан өту үшін алты тәулік күтеді", "tórt kún kútken".
			"күтеді", "күткен", "kútedi", "kútken", "күтуге", "kútýge", // "төрт күн күтуге мәжбүр"
			"=күтті", "=kútti", // the wait told in the past: "төрт тәулікке дейін күтті"
			// The waiting time: "күту уақыты алты тәулікке жетті", "kútý ýaqyty".
			"күту уақыт", "kútý ýaqyt", "=күту", "=kútý", // "Kútý 4 táýlikke jetti"
			// Idle time, the Russian «простой» put into Kazakh: "Bos turý merzimi 12 táýlikke deıin sozylýda".
			"бос тұру", "бос тұр", "bos turý", "bos tur",
			// The standing time of wagons or trains: "Кейбір құрамдардың тұру мерзімі тоғыз тәулікке жетті".
			"тұру мерзім", "turý merzim",
			// Wagons or trucks that stand, the finite verb after them: "1100-ден астам вагон тұр".
			"=вагон тұр", "=вагондар тұр", "=vagon tur", "=vagondar tur", "=көлігі тұр", "=kóligi tur",
			"=көліктер тұр", "=kólikter tur", "=көлік тұр", "=kólik tur",
			// A driver's own wait: "осында бес күн тұрмын".
			"=тұрмын", "=тұрмыз", "=turmyn", "=turmyz",
			// The same, in the perfect or the past: "онда 1 300 вагон тұрған", "vagondar turdy".
			"=вагон тұрған", "=вагондар тұрған", "=vagon turǵan", "=vagondar turǵan", "=көлігі тұрған", "=kóligi turǵan",
			"=көліктер тұрған", "=kólikter turǵan", "=вагон тұрды", "=вагондар тұрды", "=vagon turdy", "=vagondar turdy",
			"=көлігі тұрды", "=kóligi turdy", "=көліктер тұрды", "=kólikter turdy",
			// A stand at the border, or counted in days right before the verb: "Keıbir vagondar altynshy
			// táýlik shekarada tur", «кейбір вагондар алтыншы тәулік тұр».
			"=шекарада тұр", "=shekarada tur", "=тәулік тұр", "=táýlik tur", "=күн тұр", "=kún tur",
			// A stand counted in days, the verb after the count: "бес тәулік бойы тұр", "úsh kúnnen beri tur".
			"тәулік бойы тұр", "táýlik boıy tur", "күн бойы тұр", "kún boıy tur", "тәуліктен бері тұр",
			"táýlikten beri tur", "күннен бері тұр", "kúnnen beri tur", "аптадан бері тұр", "aptadan beri tur",
			"апта бойы тұр", "apta boıy tur",
			// Closed, unable to cross, not moving: "ótkizý pýnkti jabylyp", "óte almaı turǵan", "qozǵalmaǵan".
			"жабылып", "jabylyp", "өте алмай", "óte almaı", "қозғалмаған", "qozǵalmaǵan",
			// Traffic slowed: "пойыздар баяу жүріп жатыр".
			"баяу жүр", "baıaý júr", "баяулады", "baıaýlady",
			// A station full of traffic: "станция толып кетті".
			"толып кет", "tolyp ket", "лық толы", "lyq toly"),
		cue(fEnded, "қалпына", "қайта басталды", "qalpyna", "qaıta bastaldy", "жойылды", "joıyldy", "азайды", "тарқат", "tarqat", "тарқады", "tarqady",
			"azaıdy", "шешілді", "sheshildi", "жойылып", "joıylyp",
			// Reported solved: "вагондар мәселесі шешілгенін хабарлады"; "шешілген жоқ" is not one.
			"шешілгені", "sheshilgeni",
			// The wagons that waited all handed over: "тұрған 800 вагонның барлығы тапсырылды".
			"барлығы тапсырылды", "barlyǵy tapsyryldy", "барлығы өткізілді", "barlyǵy ótkizildi",
			// "returned to normal" in one entry, so that "келді" (arrived, a word of imports) does not
			// make the end of a delay a resumed trade.
			"қалпына келді", "qalpyna keldi", "қалпына келтірілді", "qalpyna keltirildi",
			// Trains back on their timetable: "пойыздар қайтадан кесте бойынша жүріп тұр".
			"қайтадан кесте бойынша", "qaıtadan keste boıynsha", "қайта кесте бойынша", "qaıta keste boıynsha"),
		cue(fEndedWeak, "қалыпты", "qalypty"),
		// Stable, the adjective: "Алтынкөл – Қорғас бағытында жағдай тұрақты", as «ситуация стабильная».
		cue(fEndedWeak, "=тұрақты", "=turaqty"),
		// A delay told over: "бір аптаға созылған кідіріс аяқталды".
		cue(fEnded, "аяқталды", "aıaqtaldy"),
		// The queue dispersed: "кезек таратылды", "kezegi tolyq taraldy" («таралды» alone also spreads a disease).
		cue(fEnded, "таратыл", "taratyl", "кезек таралды", "кезегі таралды", "кезегі толық таралды", "kezek taraldy",
			"kezegi taraldy", "kezegi tolyq taraldy",
			// … and went its own way: "кезек тарады", "Кезек толық тарады".
			"кезек тарады", "кезегі тарады", "кезек толық тарады", "кезегі толық тарады", "kezek tarady", "kezegi tarady",
			"kezek tolyq tarady", "kezegi tolyq tarady",
			// … told as reported, the verbal noun before the verb of saying: "ҚТЖ Достықтағы кезек толық
			// тарағанын хабарлады".
			"кезек тараған", "кезегі тараған", "кезек толық тараған", "кезегі толық тараған", "kezek taraǵan",
			"kezegi taraǵan", "kezek tolyq taraǵan", "kezegi tolyq taraǵan"),
		// Stable again, passing without delay or freely: an end only after a delay named ("жағдай
		// тұрақталды" alone is news of none). Masked, so that "кідіріссіз" does not inherit the delay of
		// its stem "кідір".
		cue(fEndedWeak|fMask, "тұрақталд", "turaqtald", "кідіріссіз", "kidirissiz", "еркін өт", "erkin ót",
			// The same told as reported: "QTJ jaǵdaı turaqtalǵanyn … habarlady".
			"тұрақталған", "turaqtalǵan"),
		cue(fCargo, "вагон", "полувагон", "poluvagon", "пойыз", "контейнер", "=жүк", "жүктер", "көлік", "vagon", "poıyz", "konteıner",
			"=júk", "kólik",
			// Trains by their consists, in the plural only: «Кейбір құрамдардың тұру мерзімі тоғыз тәулікке жетті»
			// (the singular «құрамы» is a delegation's or a product's make-up).
			"құрамдар", "quramdar",
			// The Russian loan for a lorry, counted as trucks are: "90 фура тұрды", "200 furalar".
			"фура", "fura",
			// Rail traffic, whose restoring ends a delay: "теміржол қатынасы қалпына келді".
			"теміржол қатынас", "темір жол қатынас", "temirjol qatynas", "temir jol qatynas"),
		// A queue system, not a queue: "электрондық кезек енгізілді".
		cue(fMask, "электрондық кезек", "elektrondyq kezek"),

		// Causes.
		coded(fCause, "fmd", "аусыл", "aýsyl"),
		coded(fCause, "avian_influenza", "құс тұмау", "qus tumaý", "құс инфлюэнца", "құс инфлюенца", "qus ınfluenza", "qus influenza"),
		coded(fCause, "sheep_pox", "қой шешег", "qoı shesheg"),
		coded(fCause, "sheep_pox", "оспа ауру", "ospa aýrý"), // the Russian loan, of sheep: "оспа ауруына байланысты"
		coded(fCause, "anthrax", "күйдіргі", "kúıdirgi"),
		coded(fCause, "african_swine_fever", "африкалық шошқа оба", "afrıkalyq shoshqa oba"),
		coded(fCause, "brucellosis", "бруцеллез", "brýtsellez"),
		coded(fCause, "lumpy_skin_disease", "нодулярлық дерматит"),
	)
}
