package extract

// Commodities is the fixed list of commodity names a Mention may carry, lowercase English. Read it;
// do not change it. The animal products among them (AnimalProducts) are what makes a ban a meat ban.
var Commodities = [...]string{
	"grain", "wheat", "barley", "corn", "rice", "oats", "flour", "feed",
	"flax", "soybeans", "sunflower seeds", "rapeseed", "safflower", "oilseeds", "vegetable oil",
	"lentils", "pulses", "sugar", "cotton", "fruit", "vegetables",
	"meat", "beef", "mutton", "pork", "poultry", "offal", "hides", "wool",
	"livestock", "dairy", "eggs", "fish", "animal products", "agricultural products",
}

// AnimalProducts are the Commodities a meat_ban can be about: meat, livestock, poultry and other
// animal products. A ban on anything else (fruit, grain) is not a meat ban.
var AnimalProducts = [...]string{
	"meat", "beef", "mutton", "pork", "poultry", "offal", "hides", "wool",
	"livestock", "dairy", "eggs", "fish", "animal products",
}

// meat marks an animal product's words, which make a ban a meat ban.
func meat(code string, pats ...string) []lexEntry { return coded(fCommodity|fMeat, code, pats...) }

// plantGoods marks the words of a plant that name its goods for an inspection only.
func plantGoods(code string, pats ...string) []lexEntry { return coded(fPlantGoods, code, pats...) }

// crop marks a plant product's words.
func crop(code string, pats ...string) []lexEntry { return coded(fCommodity, code, pats...) }

// commodityLexicon lists the words of each commodity in every language. Longer phrases win over the
// stems inside them: "мясо птицы" is poultry, not meat.
func commodityLexicon() []lexEntry {
	return join(
		meat("poultry", "мясо птиц", "мяса птиц", "мясу птиц", "мясом птиц", "мясе птиц", "птицеводческ",
			"=птица", "=птицы", "=птицу", "бройлер", "куриц", "курин", "курятин", "индейк", "мяса кур", "мясо кур",
			"poultry", "chicken", "broiler", "=turkey meat", "poultry meat", "chicken meat",
			"құс ет", "құс шаруашылығы өнім", "құс өнім", "qus et", "qus sharýashylyǵy ónim", "qus ónim",
			"тауық ет", "taýyq et", "тірі құс", "tiri qus",
			"禽肉", "禽类", "家禽", "鸡肉", "禽产品", "活禽"),
		meat("poultry", "продукции птицеводств", "продукция птицеводств", "продукцию птицеводств", "продукцией птицеводств"),
		// A poultry plant names its product, as "poultry farms" does in English: «продукцию трёх казахстанских
		// птицефабрик», "құс фабрикаларының өнімі", "养禽场".
		meat("poultry", "птицефабрик", "птицекомбинат", "птицекомплекс", "құс фабрика", "qus fabrıka", "құс кешен", "qus keshen",
			"养禽场", "禽肉加工厂"),
		// The plant of meat, pork or milk named in one word or a compound names the goods an inspection of it
		// checks, as "meat plants" and "dairy plants" do by their adjective («мясокомбинатов»,
		// «мясоперерабатывающих», "ет комбинаттарын", «свинокомплексов», «молокозавода»), but no ban's goods:
		// «включило три мясокомбината в реестр» lifts the ban on the goods its clause names.
		plantGoods("meat", "мясокомбинат", "мясоперерабатыва", "ет комбинат", "et kombınat", "ет өңдеу", "et óńdeý",
			"ет өңдейтін", "et óńdeıtin", "meatpacking", "meat-packing"),
		plantGoods("pork", "свинокомплекс", "свиноферм", "шошқа ферма", "shoshqa ferma", "шошқа кешен", "shoshqa keshen",
			"pig farm", "hog farm"),
		plantGoods("dairy", "молокозавод", "молзавод", "молкомбинат"),
		meat("beef", "мясо крупного рогатого", "мяса крупного рогатого", "мясом крупного рогатого", "говядин", "мясо крс", "мяса крс", "мясом крс", "=beef", "cattle meat", "bovine meat", "meat of cattle", "сиыр ет", "сиыр мал ет", "sıyr et",
			"сиыр және қой ет", "сиыр мен қой ет", "sıyr jáne qoı et", "sıyr men qoı et", "牛肉", "牛羊肉"), // beef and mutton: the first named
		meat("mutton", "мясо мелкого рогатого", "мяса мелкого рогатого", "баранин", "ягнятин", "мясо мрс", "мяса мрс", "=mutton", "=lamb", "sheep meat", "ovine meat", "meat of sheep", "meat of small cattle", "қой ет", "qoı et", "羊肉"),
		meat("pork", "свинин", "=pork", "шошқа ет", "shoshqa et", "猪肉"),
		meat("meat", "конин", "horse meat", "horsemeat", "жылқы ет", "jylqy et", "马肉", "буйволятин", "buffalo meat", "буйвол ет", "býıvol et", "水牛肉"),
		meat("offal", "субпродукт", "=offal", "by-products", "ішек-қарын", "ishek-qaryn", "субөнім", "sýbónim", "subónim", "内脏", "副产品"),
		meat("hides", "шкур", "кожевенн", "=hides", "=skins", "=тері", "=терісі", "=teri", "=терісін", "=terisi", "=terisin",
			"=терілер", "=терілерін", "=teriler", "=terilerin", "皮张", "皮革"),
		meat("hides", "驴皮", "牛皮", "羊皮"),
		// A skin named with its animal is a hide, the head noun: "cattle hides", "sheepskins", «овчина».
		meat("hides", "ірі қара мал тері", "iri qara mal teri", "ірі қара тері", "iri qara teri", "мал тері", "mal teri",
			"cattle hides", "cattle skins", "sheep skins", "sheep hides", "goat skins", "horse hides",
			"sheepskin", "goatskin", "cowhide", "calfskin", "овчин", "қой терісі", "qoı terisi"),
		// Meat named with its animal is that meat: "cattle meat" is beef, "sheep meat" mutton.
		meat("beef", "cattle meat"),
		meat("mutton", "sheep meat", "sheepmeat"),
		meat("wool", "шерст", "=wool", "жүн", "=jún", "羊毛"),
		meat("meat", "=мясо", "=мяса", "=мясу", "=мясом", "=мясе", "мясн", "мясопродукц", "=meat", "meat products", "=et",
			"=ет", "=еті", "=етін", "=етіне", "=етінің", "=етке", "ет өнім", "=eti", "et ónim",
			// The Latin cases of et as the Cyrillic ones: "sıyr etine", "qoı etin".
			"=еттен", "=етінен", "=etin", "=etine", "=etiniń", "=etke", "=etten", "=etinen",
			"肉类", "肉"),
		meat("livestock", "скот", "=крс", "=мрс", "=овец", "=овцы", "=овцам", "=коз", "=лошадей", "поголов", "=коров",
			"=быков", "бычк", "крупного рогатого скота", "крупный рогатый скот", "мелкого рогатого скота",
			"livestock", "cattle", "=sheep", "=goats", "=мал", "=малы", "=малды", "=малдың",
			"=малын", "ірі қара", "ұсақ мал",
			// Live animals: "тірі қой әкелуді тоқтатты", "tiri qoılardy ákelýge" (қой alone is also "put").
			"тірі қой", "тірі ешкі", "тірі жылқы", "тірі сиыр", "тірі түйе", "tiri qoı", "tiri eshki", "tiri jylqy",
			"tiri sıyr", "tiri túıe", "=live animals",
			// The cases of мал the lexicon named only in part: "малға", "малдан", "малдарды".
			"=малға", "=малдан", "=малдар", "=малдарды", "=малдарын", "=malǵa", "=maldan", "=maldar", "=maldardy", "=maldaryn", "=бұқа", "=бұқалар", "=бұқаларды", "=бұқаларын", "=buqa", "=buqalar", "=buqalardy", "живых животных", "живые животные", "тірі жануарлар", "tiri janýarlar", "тірі жануарлар", "tiri janýarlar",
			"=mal", "iri qara", "=maly", "=maldy", "=maldyń", "=malyn", "usaq mal", "牲畜", "活畜", "活牛", "活羊", "活马", "活驼", "活猪", "马匹", "偶蹄动物", "羊", "牛",
			// Cloven-hoofed animals are the livestock an FMD ban names: «ввоз парнокопытных животных»,
			// "cloven-hoofed animals", "жұп тұяқты жануарлар", 偶蹄动物 (above).
			// The English and Kazakh put the animal before the goods made of it ("cloven-hoofed animal
			// products" are animal products): only the animals named as such.
			"парнокопытн", "=cloven-hoofed animals", "=cloven-hoofed livestock", "=cloven hoofed animals",
			"жұп тұяқты жануар", "жұп тұяқты мал", "jup tuıaqty janýar", "jup tuıaqty mal",
			// Animals named by sex or age are livestock too: "breeding ewes", "heifers", «овцематок», "аналық мал".
			"=ewe", "=ewes", "=rams", "=heifers", "=bulls", "=calves", "=steers", "=cows", "=horses", "=camels",
			"breeding stock", "овцемат", "=тёлок", "=телок", "=нетелей", "аналық мал", "analyq mal"),
		meat("dairy", "молоч", "=молоко", "=молока", "dairy", "=milk", "сүт", "sút", "乳制品", "奶", "乳企", "乳品"), // 乳企: dairy plants, their goods named
		// Dairy named by its products: butter (not the vegetable oil «масло» alone), cheese, curd, whey.
		meat("dairy", "сливочного масла", "сливочное масло", "сливочным маслом", "=сыр", "=сыра", "=сыры", "=сыров", "=сыром",
			"творог", "кефир", "=butter", "=cheese", "=whey", "ірімшік", "irimshik", "сары май", "sary maı", "黄油", "乳清"),
		// Animals the list above did not name: «верблюдов», «свиней», «ягнят», "pigs".
		meat("poultry", "=кур", "=куры", "=курами"), // hens: «ввоз казахстанских кур»
		meat("livestock", "верблюд", "=свиней", "=свиньи", "=ягнят", "=телят", "=баранов", "=pigs", "=lambs"),
		meat("eggs", "=яйца", "=яиц", "=яйцо", "=яйцами", "=eggs", "=egg", "=жұмыртқа", "жұмыртқа", "=jumyrtqa", "jumyrtqa",
			"鸡蛋", "禽蛋", "种蛋",
			// The bird's adjective before eggs names the eggs' kind, not poultry meat.
			"куриных яиц", "куриные яйца", "куриного яйца", "куриное яйцо", "перепелиных яиц", "chicken eggs",
			"тауық жұмыртқа", "taýyq jumyrtqa"),
		meat("fish", "=рыба", "=рыбы", "=рыбу", "рыбн", "=fish", "=балық", "балық өнім", "=balyq", "balyq ónim", "鱼", "水产品"),
		meat("animal products", "продукции животноводства", "продукция животноводства", "животноводческ",
			"животного происхождения", "подконтрольн", "animal products", "animal-origin", "animal origin",
			"livestock products", "мал шаруашылығы өнім", "жануарлардан алынатын", "mal sharýashylyǵy ónim",
			"мал өнім", "mal ónim", // "mal ónimderin ákelýge": livestock products, not live animals
			"动物产品", "动物源性",
			// The animal before the products leaves them animal products: "偶蹄动物产品", as "cloven-hoofed animal products".
			"偶蹄动物产品", "偶蹄类动物产品"),

		crop("grain", "зерн", "=grain", "=grains", "астық", "astyq", "астығ", "astyǵ", "粮食", "谷物",
			"гречих", "гречк", "=buckwheat", "қарақұмық", "qaraqumyq", "荞麦"), // buckwheat: a grain of no crop of its own
		crop("wheat", "пшениц", "=wheat", "=durum", "бидай", "bıdaı", "小麦"),
		// Wheat by its country's one-character name and 麦 alone, as trade news writes it: "哈麦", "俄麦".
		crop("wheat", "哈麦", "俄麦", "澳麦", "加麦", "美麦"),
		crop("barley", "ячмен", "=barley", "арпа", "arpa", "大麦"), // arpany, arpanyń, arpaǵa: the Latin stem takes its cases as «арпа» does
		crop("corn", "кукуруз", "=corn", "=maize", "жүгері", "júgeri", "玉米"),
		crop("rice", "=рис", "=риса", "=rice", "күріш", "kúrish", "大米"),
		crop("oats", "=овес", "=овса", "=oats", "сұлы", "=suly", "=sulyny", "燕麦"),
		crop("flour", "wheat flour", "пшеничной муки", "пшеничная мука", "пшеничную муку", "бидай ұн", "bıdaı un",
			"=мука", "=муки", "=муку", "мукой", "=flour", "=ұн", "=ұны", "=ұнын", "=ұнының", "=unynyń", "=ұнды", "=ұнның", "=ұнға", "=ұннан", "=un", "=unnyń", "=unǵa", "=unnan",
			"=uny", "面粉", "小麦粉"),
		crop("feed", "комбикорм", "=корма", "=кормов", "=feed", "жем-шөп", "jem-shóp", "饲料", "=отруби", "=отрубей",
			"=bran", "кебек", "麸皮", "жмых", "шрот", "oilcake", "=meal", "күнжара", "kúnjara",
			// An oilseed's meal is feed, its head noun: "sunflower meal", 葵花籽粕, «подсолнечный шрот».
			"sunflower meal", "sunflower seed meal", "soybean meal", "soya meal", "rapeseed meal", "canola meal",
			"sunflower cake", "подсолнечный шрот", "подсолнечного шрота", "подсолнечным шротом", "соевый шрот",
			"соевого шрота", "葵花籽粕", "葵花粕", "豆粕", "菜籽粕", "棉籽粕"),
		crop("flax", "=лен", "=льна", "льнян", "льносем", "=flax", "flaxseed", "linseed", "зығыр", "zyǵyr", "亚麻"),
		crop("soybeans", "=соя", "=сои", "=сою", "соев", "=soy", "soybean", "soya", "=соя бұршағы", "=сояны", "=сояға", "=соядан", "soıa", "соевых бобов", "соевые бобы", "соевыми бобами", "大豆"),
		crop("sunflower seeds", "подсолнечник", "семян подсолнечника", "семена подсолнечника", "sunflower seed",
			"=sunflower", "күнбағыс", "kúnbaǵys", "葵花籽",
			// Oil sunflower, as the trade press names the seed crop: "油葵", "油用向日葵"; "葵花子" as "葵花籽".
			"油葵", "油用向日葵", "向日葵籽", "葵花子"),
		crop("rapeseed", "=рапс", "=рапса", "рапсов", "rapeseed", "canola", "油菜籽", "菜籽", "=raps"),
		crop("safflower", "сафлор", "safflower", "мақсары", "maqsary", "红花籽"),
		crop("oilseeds", "масличн", "маслосемян", "oilseed", "oil-bearing crop", "oil crops", "майлы дақыл", "maıly daqyl", "油籽", "油料作物", "油料"),
		crop("vegetable oil", "растительного масла", "растительное масло", "растительным маслом",
			"подсолнечного масла", "подсолнечное масло", "льняного масла", "льняное масло", "vegetable oil",
			"sunflower oil", "linseed oil", "өсімдік май", "күнбағыс май", "ósimdik maı", "kúnbaǵys maı", "植物油", "食用油", "葵花油",
			"亚麻籽油", "菜籽油", "葵花籽油", "sunflower seed oil", "sunflower-seed oil", "күнбағыс майы", "kúnbaǵys maıy"),
		crop("lentils", "чечевиц", "lentil", "жасымық", "jasymyq", "扁豆"),
		crop("pulses", "бобов", "=нут", "=нута", "pulses", "chickpea", "бұршақ", "burshaq", "豆类"),
		// Peas are pulses: «гороха», "yellow peas", "асбұршақ", 豌豆, chickpeas 鹰嘴豆.
		crop("pulses", "горох", "=peas", "асбұршақ", "asburshaq", "豌豆", "鹰嘴豆"),
		crop("sugar", "=сахар", "=сахара", "=sugar", "қант", "qant", "白糖", "食糖", "糖"),
		crop("cotton", "хлоп", "=cotton", "мақта", "=maqta", "maqta talshyǵ", "棉花"),
		// Two goods named as one pair are the first of them, whichever stands nearer the figure: "fruit and
		// vegetables" is fruit, "蔬菜水果" and «овощей и фруктов» vegetables.
		crop("fruit", "фрукт", "=плоды", "=плодов", "яблок", "=fruit", "=fruits", "apples", "жеміс", "jemis", "水果", "果蔬",
			"fruit and vegetables", "fruits and vegetables", "фруктов и овощ", "фрукты и овощ", "фруктами и овощ",
			"жеміс-көкөніс", "жеміс пен көкөніс", "jemis-kókónis", "jemis pen kókónis", "水果蔬菜", "水果和蔬菜", "水果及蔬菜", "水果与蔬菜"),
		crop("vegetables", "овощ", "=vegetables", "көкөніс", "kókónis", "蔬菜",
			"vegetables and fruit", "овощей и фрукт", "овощи и фрукт", "овощами и фрукт", "көкөніс-жеміс", "көкөніс пен жеміс",
			"kókónis-jemis", "kókónis pen jemis", "蔬菜水果", "蔬菜和水果", "蔬菜及水果", "蔬菜与水果", "蔬果",
			"томат", "помидор", "огурц", "картофел", "морков", "капуст", "tomato", "potato", "cucumber",
			"=onion", "=onions", "carrot", "cabbage", "қызанақ", "qyzanaq", "картоп", "kartop", "қияр", "qıar",
			"番茄", "西红柿", "土豆", "马铃薯", "洋葱", "胡萝卜", "黄瓜", "白菜"),
		// Unions of producers are named after their goods but are who reports, not what is traded or
		// banned: "according to the Grain Union", «Мясной союз Казахстана».
		cue(fMask, "зерновой союз", "зернового союза", "зерновым союзом", "зерновому союзу", "мясной союз",
			"мясного союза", "мясным союзом", "grain union", "meat union", "астық одағы", "astyq odaǵy",
			"ет одағы", "et odaǵy", "粮食联盟", "肉类联盟", "union of grain", "grain processors", "союз зернопереработчиков"),
		crop("agricultural products", "сельхозпродукц", "продукции апк", "продукция апк", "продукцию апк",
			"продукции агропромышленного", "агроөнеркәсіп", "agro-industrial products", "products of the agro-industrial", "сельскохозяйственной продукции",
			"сельскохозяйственная продукция", "сельскохозяйственную продукцию", "агропродукц", "продовольств",
			"agricultural products", "agricultural goods", "agri-food", "agrifood", "farm products", "food products",
			"farm goods", "agro-products", "agricultural produce", "agro products",
			"ауыл шаруашылығы өнім", "aýyl sharýashylyǵy ónim", "азық-түлік", "azyq-túlik", "农产品", "农副产品"),
	)
}
