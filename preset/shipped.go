package preset

import "time"

// KazakhZone is the offset of Kazakh pages' dates, and of a user's source that names no zone: the whole
// country has kept UTC+5 since March 2024.
const KazakhZone = 5 * time.Hour

const kz = KazakhZone

// All returns the shipped declarations, in the order the documentation lists them. Each call builds
// them afresh: no caller can change what another one reads.
func All() []Preset {
	return []Preset{
		{
			Name:     "eldala",
			About:    "ElDala.kz, the main agri-business outlet (Russian): news cards keyed by numeric id",
			Reader:   ElDala,
			Editions: []Edition{{Lang: "ru", Start: []string{"https://eldala.kz/"}}},
			Interval: 15 * time.Minute,
			Zone:     kz,
			Listing: Listing{
				Items: ".section-news .material_item",
				Link:  ".material_item__link[href]",
				Title: ".material_item__title",
				Date:  "[datetime]",
			},
			Key: `^/novosti/[A-Za-z0-9_-]+/(\d+)-[^/]+?/?$`,
		},
		{
			Name:     "apk-news",
			About:    "the APK news agency, apk-news.kz (Russian): markup unknown, so a feed first, then links",
			Reader:   Feed,
			Editions: []Edition{{Lang: "ru", Start: []string{"https://apk-news.kz/"}}},
			Interval: 30 * time.Minute,
			Zone:     kz,
			Feeds:    []string{"/feed/", "/rss", "/rss.xml"},
		},
		{
			Name:   "govkz",
			About:  "ministries' news on gov.kz through its JSON API (project: moa, mti)",
			Reader: GovKZ,
			Editions: []Edition{
				{Lang: "ru", Start: []string{"https://www.gov.kz/"}},
				{Lang: "kk", Start: []string{"https://www.gov.kz/"}},
				{Lang: "en", Start: []string{"https://www.gov.kz/"}},
			},
			Interval: time.Hour,
			Zone:     kz,
			Projects: []string{"moa", "mti"},
		},
		{
			Name:           "eurasianet",
			About:          "Eurasianet (English): regional agricultural round-ups, by RSS",
			Reader:         Feed,
			Editions:       []Edition{{Lang: "en", Start: []string{"https://eurasianet.org/rss"}}},
			Interval:       time.Hour,
			Zone:           kz,
			Feeds:          []string{"/rss", "/feed", "/rss.xml"},
			NoFeedDegraded: true,
		},
		{
			Name:   "gacc",
			About:  "China's customs (GACC, 海关总署): its announcements and the animal and plant quarantine department's news (Chinese)",
			Reader: HTML,
			Editions: []Edition{{Lang: "zh", Start: []string{
				// 海关总署公告, the announcements.
				"http://www.customs.gov.cn/customs/302249/302266/302267/index.html",
				// 动植物检疫司, the department's pages; which of its columns carries the news was not checked.
				"http://www.customs.gov.cn/dzs/index.html",
			}}},
			Interval: 30 * time.Minute,
			Zone:     8 * time.Hour,
			Charset:  "gb18030", // GBK pages that do not say so decode as GB18030, its superset
			Listing: Listing{
				Items: `[class^="conList_ul"] li`,
				Link:  "a[href]",
				Title: "a[title]",
				Date:  "span",
			},
			Article: Article{Body: ".easysite-news-peruse", Date: ".easysite-news-describe"},
			Key:     `/(\d{5,})/index\.html?$`,
		},
		{
			Name:   "kazinform",
			About:  "Kazinform, inform.kz: the state agency that re-publishes the ministries (Russian, Kazakh, Latin-script Kazakh)",
			Reader: Feed,
			Editions: []Edition{
				{Lang: "ru", Start: []string{"https://www.inform.kz/ru/"}},
				{Lang: "kk", Start: []string{"https://www.inform.kz/kz/"}},
				{Lang: "kk-latn", Text: "kk", Start: []string{"https://lat.inform.kz/"}},
			},
			Interval: 30 * time.Minute,
			Zone:     kz,
			Feeds:    []string{"rss", "/rss", "rss.xml"},
			Listing: Listing{
				Items: ".allNewsCard",
				Title: ".allNewsCard_title",
				Date:  ".allNewsCard_time",
			},
			Article: Article{Body: ".article__description, .article__body-text"},
			Key:     `_a(\d{5,})/?$`,
		},
		{
			Name:   "kazakh-zerno",
			About:  "ИА «Казах-Зерно», kazakh-zerno.net: grain market news (Russian; a Kazakh edition whose address is unknown)",
			Reader: Feed,
			Editions: []Edition{
				{Lang: "ru", Start: []string{"https://kazakh-zerno.net/"}},
				{Lang: "kk"},
			},
			Interval: time.Hour,
			Zone:     kz,
			Feeds:    []string{"/feed/", "/rss", "/rss.xml"},
		},
		{
			Name:     "agroinfo",
			About:    "agroinfo.kz (Russian), a WordPress site: its feed at /feed/, else its entry titles",
			Reader:   Feed,
			Editions: []Edition{{Lang: "ru", Start: []string{"https://agroinfo.kz/"}}},
			Interval: time.Hour,
			Zone:     kz,
			Feeds:    []string{"/feed/"},
			Listing:  Listing{Links: ".entry-title a"},
			Article:  Article{Title: ".entry-title", Body: ".entry-content", Date: "time.entry-date"},
		},
	}
}
