package extract

import (
	"encoding/json"
	"testing"

	"agrowatch"
)

// TestExtract runs one sentence per trap of the shared notes through the whole extractor. Each case
// lists the mentions expected, with only the fields that matter to it.
func TestExtract(t *testing.T) {
	x := New()
	type m = agrowatch.Mention
	tests := []struct {
		name, text string
		want       []m
	}{
		{"trap 1: Kazakhstan bans Chinese poultry",
			"Казахстан запретил ввоз мяса птицы из КНР из-за гриппа птиц.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "KZ", On: "CN", Commodity: "poultry", Cause: "avian_influenza"}}},
		{"trap 1: ban into the republic",
			"Введены ограничения на ввоз в Республику Казахстан свинины из Омской области.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "KZ", On: "RU", Commodity: "pork"}}},
		{"trap 2: Russia's export to China",
			"Россия отгрузила в Китай 755 тыс. тонн ячменя за январь-октябрь.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 755000, From: "RU", To: "CN", Commodity: "barley", Period: "за январь-октябрь"}}},
		{"trap 3: potential is a forecast",
			"Kazakhstan could export up to 3.5 million tonnes of wheat to China.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 3500000, From: "KZ", To: "CN", Commodity: "wheat", Forecast: true}}},
		{"trap 4: money is not tonnage",
			"Экспорт говядины в Китай принёс $280,4 млн.",
			nil},
		{"trap 5: not yet lifted keeps the ban",
			"China has not yet lifted its ban on Kazakh mutton.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", On: "KZ", Commodity: "mutton"}}},
		{"a lifting not yet announced is pending",
			"China has not yet announced the lifting of its ban on Kazakh mutton.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "pending", By: "CN", On: "KZ", Commodity: "mutton"}}},
		{"trap 6: heads are not tonnes",
			"Казахстан экспортировал в Узбекистан 85 тыс. голов скота.",
			nil},
		{"trap 7: inverted wording",
			"Китай готов возобновить экспорт баранины из Казахстана.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "pending", By: "CN", On: "KZ", Commodity: "mutton"}}},
		{"trap 9: mistranslated GACC",
			"The State Customs University of China approved imports of Kazakh beef.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Commodity: "beef"}}},
		{"trap 10: another country's total",
			"Out of 9 million tons of barley imported by China, only 300,000 tons came from Kazakhstan.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 300000, From: "KZ", To: "CN", Commodity: "barley"}}},
		{"ratio beside a volume",
			"Экспорт льна в Китай вырос в 5,5 раза и составил 120 тыс. тонн.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 120000, To: "CN", Commodity: "flax"}}},
		{"agency name is not an inspection",
			"Комитет государственной инспекции в АПК сообщил о новых правилах.",
			nil},
		{"inspection planned",
			"Специалисты ГТУ КНР проинспектируют казахстанские мясокомбинаты в марте.",
			[]m{{Kind: agrowatch.KindInspection, Status: "planned", By: "CN", On: "KZ", Commodity: "meat"}}},
		{"inspection done, kazakh",
			"Қытай мамандары қазақстандық кәсіпорындарды тексерді.",
			[]m{{Kind: agrowatch.KindInspection, Status: "done", By: "CN", On: "KZ"}}},
		{"border delay",
			"На станции Достык простаивают более 2 тысяч вагонов с зерном.",
			[]m{{Kind: agrowatch.KindBorderDelay, Place: "Dostyk", Wagons: 2000}}},
		{"border delay ended",
			"Backlog at Khorgos has been cleared and trains are moving again.",
			[]m{{Kind: agrowatch.KindBorderDelay, Place: "Khorgos", Status: "ended"}}},
		{"grain ban is not a meat ban",
			"Узбекистан ввёл запрет на ввоз фруктов из Казахстана.",
			nil},
		{"chinese volume",
			"2023年哈萨克斯坦向中国出口小麦45万吨。",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 450000, From: "KZ", To: "CN", Commodity: "wheat", Period: "2023年", Year: 2023}}},
		{"kazakh declension: ablative source, Latin script",
			"Ózbekstan Qazaqstannan qus etin ákelýge tyıym saldy.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "UZ", On: "KZ", Commodity: "poultry"}}},
		{"kazakh genitive before a region: whose goods",
			"Ресей Қазақстанның Павлодар облысынан құс етін әкелуге тыйым салды.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "RU", On: "KZ", Commodity: "poultry"}}},
		{"not yet lifted, kazakh latin",
			"Qytaı tarapy qazaqstandyq qoı etine salynǵan shekteýdi áli alyp tastaǵan joq.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", On: "KZ", Commodity: "mutton"}}},
		{"no decision is pending",
			"There is still no decision by China on lifting the ban on Kazakh mutton.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "pending", By: "CN", On: "KZ", Commodity: "mutton"}}},
		{"a modal after a past lifting does not make it pending",
			"China lifted the ban on Kazakh beef which will allow exporters to ship again.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Commodity: "beef"}}},
		{"condition in the clause of the lifting",
			"Снятие ограничений на экспорт казахстанской баранины в Китай зависит от решения китайской стороны.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "pending", By: "CN", On: "KZ", Commodity: "mutton"}}},
		{"promise is pending",
			"Таджикская сторона обещала снять запрет на ввоз казахстанской говядины.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "pending", By: "TJ", On: "KZ", Commodity: "beef"}}},
		{"export ban concerns the country's own goods",
			"Казахстан продлил запрет на вывоз маточного поголовья овец.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "KZ", On: "KZ", Commodity: "livestock"}}},
		{"inspection done and planned in two clauses",
			"GACC inspectors audited three Kazakh meat plants in May and will inspect two more in June.",
			[]m{{Kind: agrowatch.KindInspection, Status: "done", By: "CN", On: "KZ", Commodity: "meat"},
				{Kind: agrowatch.KindInspection, Status: "planned", By: "CN", On: "KZ", Commodity: "meat"}}},
		{"no delay is no mention",
			"На станции Достык простоя вагонов нет, движение в штатном режиме.",
			nil},
		{"no delay, english",
			"Trains are moving normally through Khorgos, with no delays reported.",
			nil},
		{"comparison clause is not the exporter",
			"Казахстан экспортировал в Узбекистан 1,2 млн тонн пшеницы, что на 10% больше, чем Россия.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 1200000, From: "KZ", To: "UZ", Commodity: "wheat"}}},
		{"total imports from mostly-named sources are nobody's export",
			"China imported 9 million tons of barley last year, mainly from Australia and France.",
			nil},
		{"a change is no volume",
			"Экспорт пшеницы из Казахстана снизился на 200 тыс. тонн.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 200000, From: "KZ", Commodity: "wheat", Change: "decrease"}}},
		{"a difference in Kazakh",
			"Qazaqstannan Qytaıǵa arpa eksporty 90 myń tonnaǵa azaıdy.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 90000, From: "KZ", To: "CN", Commodity: "barley", Change: "decrease"}}},
		{"part-year period keeps its months",
			"По итогам января-октября 2026 года Казахстан экспортировал 6,1 млн тонн зерна.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 6100000, From: "KZ", Commodity: "grain",
				Period: "По итогам января-октября 2026 года", Year: 2026}}},
		{"part of a year in Chinese",
			"2026年前三季度，哈萨克斯坦对华出口大麦65万吨。",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 650000, From: "KZ", To: "CN", Commodity: "barley",
				Period: "2026年前三季度", Year: 2026}}},
		{"a change is not dated by the period compared with",
			"2026年1-6月，哈萨克斯坦对华出口亚麻籽25.5万吨，较2024年同期增加3.1万吨。",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 255000, From: "KZ", To: "CN", Commodity: "flax",
				Period: "2026年1-6月", Year: 2026},
				{Kind: agrowatch.KindExportVolume, Tonnes: 31000, From: "KZ", To: "CN", Commodity: "flax",
					Period: "2026年1-6月", Year: 2026, Change: "increase"}}},
		{"a list binds each figure to its country",
			"Крупнейшими покупателями казахстанской муки стали Узбекистан – 620 тыс. тонн и Китай – 8,4 тыс. тонн.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 620000, From: "KZ", To: "UZ", Commodity: "flour"},
				{Kind: agrowatch.KindExportVolume, Tonnes: 8400, From: "KZ", To: "CN", Commodity: "flour"}}},
		{"origin by adjective",
			"Китай запретил ввоз бразильской говядины.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", On: "BR", Commodity: "beef"}}},
		{"purchase told from the buyer's side",
			"Қытай 60 мың тонна арпа сатып алды.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 60000, From: "KZ", To: "CN", Commodity: "barley"}}},
		{"several bans in one sentence",
			"China lifted restrictions on Argentine beef and on Uruguayan mutton.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "AR", Commodity: "beef"},
				{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "UY", Commodity: "mutton"}}},
		{"a request for a lifting is pending",
			"Казахстан просит Китай об отмене запрета на ввоз баранины.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "pending", By: "CN", On: "KZ", Commodity: "mutton"}}},
		{"border numbers and route",
			"На участке Алтынколь – Хоргос в очереди стоят 800 вагонов, простой достигает 10 суток.",
			[]m{{Kind: agrowatch.KindBorderDelay, Place: "Altynkol", Route: "Altynkol – Khorgos", Wagons: 800, Days: 10}}},
		{"Kazakh standstill with trucks",
			"Qorǵas ótkizý pýnktinde 250 júk kóligi qozǵalyssyz tur.",
			[]m{{Kind: agrowatch.KindBorderDelay, Place: "Khorgos", Trucks: 250}}},
		{"traditional Chinese",
			"海關總署宣佈解除對哈薩克斯坦牛肉的禁令。",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Commodity: "beef"}}},
		{"page chrome is no fact",
			"Sign up for our newsletter to get the latest on grain exports and meat bans.",
			nil},
		{"region of Kazakhstan as the source",
			"Экспорт зерна из Костанайской области в Китай составил 200 тыс. тонн.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 200000, From: "KZ", To: "CN", Commodity: "grain"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Extract(tt.text, "")
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) = %s, want %d mentions", tt.text, js(got), len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Sentence == "" || g.Lang == "" {
					t.Errorf("mention %d has no sentence or language: %s", i, js(g))
				}
				g.Sentence, g.Lang = "", ""
				if g != w {
					t.Errorf("mention %d = %s, want %s", i, js(g), js(w))
				}
			}
		})
	}
}

func TestExtractArticle(t *testing.T) {
	text := "Китай снял запрет\n\nГТУ КНР сообщило о снятии запрета на импорт казахстанской говядины. " +
		"Об этом сообщает пресс-служба министерства.\n\nExports of Kazakh beef to China may resume soon, officials said."
	ms := New().Extract(text, "")
	if len(ms) < 2 {
		t.Fatalf("got %s, want a Russian and an English mention", js(ms))
	}
	if ms[0].Lang != "ru" || ms[len(ms)-1].Lang != "en" {
		t.Errorf("languages per sentence: got %s", js(ms))
	}
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestExtractBackReferences reads short articles whose later sentences refer back to the first: the
// ban, the crossing or the shipment they speak of comes from the article.
func TestExtractBackReferences(t *testing.T) {
	x := New()
	type m = agrowatch.Mention
	tests := []struct {
		name, text string
		want       []m
	}{
		{"restrictions no longer apply",
			"In 2019 China banned imports of Kazakh beef after an outbreak of foot-and-mouth disease.\n\n" +
				"As of 1 March the restrictions no longer apply, the ministry said.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd"},
				{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd"}}},
		{"the ban dated in Kazakh",
			"Қытай қазақстандық қой етін әкелуге салынған тыйымды алып тастады. Тыйым 2019 жылы салынған болатын.",
			[]m{{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Commodity: "mutton"},
				{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", On: "KZ", Commodity: "mutton"}}},
		{"a backlog at the crossing named before is one delay with its numbers",
			"На станции Достык образовалась пробка.\n\nПростой достигает 10 суток.",
			[]m{{Kind: agrowatch.KindBorderDelay, Place: "Dostyk", Days: 10}}},
		{"this volume",
			"Kazakhstan exported 6.2 million tonnes of wheat to Uzbekistan. This volume is 300,000 tonnes less than a year earlier.",
			[]m{{Kind: agrowatch.KindExportVolume, Tonnes: 6200000, From: "KZ", To: "UZ", Commodity: "wheat"},
				{Kind: agrowatch.KindExportVolume, Tonnes: 300000, From: "KZ", To: "UZ", Commodity: "wheat", Change: "difference"}}},
		{"a title that repeats the body is one fact",
			"Chinese experts to audit Kazakh plants\nGACC inspectors will audit eight Kazakh meat plants in April.",
			[]m{{Kind: agrowatch.KindInspection, Status: "planned", By: "CN", On: "KZ", Commodity: "meat"}}},
		{"without the article, a back-reference says nothing",
			"Тыйым 2019 жылы салынған болатын.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Extract(tt.text, "")
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) = %s, want %d mentions", tt.text, js(got), len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				g.Sentence, g.Lang = "", ""
				if g != w {
					t.Errorf("mention %d = %s, want %s", i, js(g), js(w))
				}
			}
		})
	}
}
