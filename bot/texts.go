package bot

import (
	"fmt"

	"agrowatch"
	"agrowatch/notify"
)

// text is one phrase of the bot in ru, kk and en.
type text struct{ ru, kk, en string }

func (t text) in(lang string) string {
	switch lang {
	case notify.LangKK:
		return t.kk
	case notify.LangEN:
		return t.en
	}
	return t.ru
}

// f formats a phrase in lang.
func (t text) f(lang string, args ...any) string { return fmt.Sprintf(t.in(lang), args...) }

var (
	txtWelcome = text{
		"<b>Подписка оформлена.</b>\nВы будете получать новости о запретах на ввоз мяса и скота, инспекциях, объёмах экспорта и задержках на границе — о торговле Казахстана с Китаем, сразу, как только они появятся.\n\nНастроить: /topics — темы, /goods — товары, /countries — страны, /watch — слова, /lang — язык, /digest — одна сводка в день.\n/settings — текущие настройки, /stop — отписаться.",
		"<b>Жазылым рәсімделді.</b>\nСіз ет пен малды әкелуге тыйымдар, тексерулер, экспорт көлемдері және шекарадағы кідірістер туралы — Қазақстан мен Қытай саудасы туралы жаңалықтарды бірден аласыз.\n\nБаптау: /topics — тақырыптар, /goods — тауарлар, /countries — елдер, /watch — сөздер, /lang — тіл, /digest — күніне бір шолу.\n/settings — баптаулар, /stop — жазылымнан шығу.",
		"<b>You are subscribed.</b>\nYou will get news of meat and livestock bans, inspections, export volumes and border delays — about Kazakhstan's trade with China — as soon as it appears.\n\nTo change it: /topics, /goods, /countries, /watch for words, /lang for the language, /digest for one summary a day.\n/settings shows the settings, /stop unsubscribes.",
	}
	txtStopped     = text{"Подписка отменена. Вернуться: /start", "Жазылым тоқтатылды. Қайта жазылу: /start", "Unsubscribed. To come back: /start"}
	txtNotSub      = text{"Сначала подпишитесь: /start", "Алдымен жазылыңыз: /start", "Subscribe first: /start"}
	txtTopics      = text{"<b>Темы</b> — нажмите, чтобы включить или выключить:", "<b>Тақырыптар</b> — қосу не өшіру үшін басыңыз:", "<b>Topics</b> — tap to switch on or off:"}
	txtGoods       = text{"<b>Товары</b> — нажмите, чтобы включить или выключить:", "<b>Тауарлар</b> — қосу не өшіру үшін басыңыз:", "<b>Goods</b> — tap to switch on or off:"}
	txtCountries   = text{"<b>Страны</b>:", "<b>Елдер</b>:", "<b>Countries</b>:"}
	txtLangAsk     = text{"<b>Язык</b>:", "<b>Тіл</b>:", "<b>Language</b>:"}
	txtLangSet     = text{"Язык: русский.", "Тіл: қазақша.", "Language: English."}
	txtWatchUsage  = text{"Слова: /watch мясокомбинат Алашанькоу — пришлю любую новую статью, где есть все эти слова.", "Сөздер: /watch ет комбинаты Алашанькоу — осы сөздердің бәрі бар кез келген жаңа мақаланы жіберемін.", "Words: /watch meat plant Alashankou — I will send any new article that has all these words."}
	txtWatchAdded  = text{"Отслеживаю: «%s».", "Бақылаймын: «%s».", "Watching: “%s”."}
	txtWatchList   = text{"Отслеживаемые слова:\n%s", "Бақыланатын сөздер:\n%s", "Words watched:\n%s"}
	txtWatchNone   = text{"Слов нет.", "Сөздер жоқ.", "No words watched."}
	txtUnwatched   = text{"Больше не отслеживаю: %s.", "Енді бақыламаймын: %s.", "No longer watching: %s."}
	txtTooMany     = text{"Не больше %d наборов слов.", "%d жиыннан артық емес.", "At most %d watches."}
	txtDigestUsage = text{"/digest daily 08:30 — одна сводка в день вместо отдельных сообщений; /digest off — сразу.", "/digest daily 08:30 — жеке хабарлардың орнына күніне бір шолу; /digest off — бірден.", "/digest daily 08:30 — one summary a day instead of each alert; /digest off — at once."}
	txtDigestOn    = text{"Сводка каждый день в %s (%s).", "Шолу күн сайын %s (%s).", "A digest every day at %s (%s)."}
	txtDigestOff   = text{"Новости приходят сразу.", "Жаңалықтар бірден келеді.", "Alerts come at once."}
	txtRecentNone  = text{"Подходящих новостей пока нет.", "Сәйкес жаңалық әзірге жоқ.", "Nothing that matches yet."}
	txtRecent      = text{"<b>Последние новости по вашим настройкам</b>", "<b>Баптауларыңыз бойынша соңғы жаңалықтар</b>", "<b>Latest matching news</b>"}
	txtDigest      = text{"<b>Сводка за %s</b>", "<b>%s шолуы</b>", "<b>Digest for %s</b>"}
	txtDigestAlso  = text{"<b>Об этом же сообщили</b>", "<b>Бұл туралы басқалар да хабарлады</b>", "<b>Also reported</b>"}
	txtFirstBy     = text{"первым: %s", "алғаш: %s", "first: %s"}
	txtAdminsOnly  = text{"В группе настройки меняют только её администраторы.", "Топта баптауды тек әкімшілер өзгертеді.", "In a group only its administrators change the settings."}
	txtPrivate     = text{"Это закрытый бот.", "Бұл жабық бот.", "This bot is private."}
	txtSlowDown    = text{"Слишком часто — подождите немного.", "Тым жиі — сәл күтіңіз.", "Too many commands — wait a moment."}
	txtUnknown     = text{"Не знаю такой команды. /help", "Мұндай команда жоқ. /help", "Unknown command. /help"}
	txtSaved       = text{"Сохранено", "Сақталды", "Saved"}
	txtAll         = text{"Все", "Барлығы", "All"}
	txtKZCN        = text{"🇰🇿 Казахстан ↔ 🇨🇳 Китай", "🇰🇿 Қазақстан ↔ 🇨🇳 Қытай", "🇰🇿 Kazakhstan ↔ 🇨🇳 China"}
	txtAllCountry  = text{"🌍 Все страны", "🌍 Барлық елдер", "🌍 All countries"}
	txtSettings    = text{
		"<b>Настройки</b>\nПодписка: %s\nТемы: %s\nТовары: %s\nСтраны: %s\nСлова: %s\nЯзык: %s\nСводка: %s",
		"<b>Баптаулар</b>\nЖазылым: %s\nТақырыптар: %s\nТауарлар: %s\nЕлдер: %s\nСөздер: %s\nТіл: %s\nШолу: %s",
		"<b>Settings</b>\nSubscribed: %s\nTopics: %s\nGoods: %s\nCountries: %s\nWords: %s\nLanguage: %s\nDigest: %s",
	}
	txtYes      = text{"да", "иә", "yes"}
	txtNo       = text{"нет", "жоқ", "no"}
	txtNone     = text{"—", "—", "—"}
	txtAtOnce   = text{"нет, сразу", "жоқ, бірден", "off, at once"}
	txtHelp     = text{"<b>Команды</b>\n", "<b>Командалар</b>\n", "<b>Commands</b>\n"}
	txtGoneNote = text{"⚠️ Чат %s недоступен боту (%s): сообщения ему не отправляются, пока он снова не станет доступен.", "⚠️ %s чаты ботқа қолжетімсіз (%s): ол қайта қолжетімді болғанша хабар жіберілмейді.", "⚠️ Chat %s is unreachable (%s): nothing is sent to it until it is reachable again."}
	txtBackNote = text{"✅ Чат %s снова доступен.", "✅ %s чаты қайта қолжетімді.", "✅ Chat %s is reachable again."}
)

// kindNames are the topics as the keyboard and the digest name them.
var kindNames = map[agrowatch.Kind]text{
	agrowatch.KindMeatBan:      {"🚫 Запреты", "🚫 Тыйымдар", "🚫 Bans"},
	agrowatch.KindInspection:   {"🔍 Инспекции", "🔍 Тексерулер", "🔍 Inspections"},
	agrowatch.KindExportVolume: {"📦 Объёмы экспорта", "📦 Экспорт көлемі", "📦 Export volumes"},
	agrowatch.KindBorderDelay:  {"🚂 Задержки на границе", "🚂 Шекарадағы кідірістер", "🚂 Border delays"},
}

var goodsNames = map[string]text{
	"meat":     {"🥩 Мясо и скот", "🥩 Ет және мал", "🥩 Meat and livestock"},
	"poultry":  {"🐔 Птица", "🐔 Құс", "🐔 Poultry"},
	"grain":    {"🌾 Зерно", "🌾 Астық", "🌾 Grain"},
	"oilseeds": {"🌻 Масличные", "🌻 Майлы дақылдар", "🌻 Oilseeds"},
}

var langNames = map[string]string{notify.LangRU: "Русский", notify.LangKK: "Қазақша", notify.LangEN: "English"}

// command is one bot command: its name, whether it changes settings (group admins only), whether it is
// for agrowatch's admins only, and its description per language.
type command struct {
	name    string
	changes bool
	admin   bool
	desc    text
}

var commands = []command{
	{"start", true, false, text{"подписаться", "жазылу", "subscribe"}},
	{"stop", true, false, text{"отписаться", "жазылымнан шығу", "unsubscribe"}},
	{"topics", true, false, text{"темы: запреты, инспекции, экспорт, граница", "тақырыптар", "topics: bans, inspections, exports, border"}},
	{"goods", true, false, text{"товары: мясо, птица, зерно, масличные", "тауарлар", "goods: meat, poultry, grain, oilseeds"}},
	{"countries", true, false, text{"Казахстан–Китай или все страны", "Қазақстан–Қытай не барлық елдер", "Kazakhstan–China or all countries"}},
	{"watch", true, false, text{"отслеживать слова в новостях", "жаңалықтардағы сөздерді бақылау", "watch words in the news"}},
	{"unwatch", true, false, text{"перестать отслеживать слова", "сөздерді бақылауды тоқтату", "stop watching words"}},
	{"lang", true, false, text{"язык: ru, kk, en", "тіл: ru, kk, en", "language: ru, kk, en"}},
	{"digest", true, false, text{"сводка раз в день: daily 08:30 или off", "күніне бір шолу: daily 08:30 не off", "daily digest: daily 08:30 or off"}},
	{"recent", false, false, text{"последние новости по настройкам", "соңғы жаңалықтар", "latest matching news"}},
	{"settings", false, false, text{"текущие настройки", "баптаулар", "current settings"}},
	{"help", false, false, text{"помощь", "көмек", "help"}},
	{"status", false, true, text{"состояние источников и очереди", "көздер мен кезек күйі", "sources and outbox health"}},
	{"sources", false, true, text{"источники", "көздер", "sources"}},
}

func findCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}
