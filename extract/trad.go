package extract

// tradPairs lists traditional Chinese characters, each followed by its simplified form: the characters
// of the Chinese lexicon and of the trade news around it (海關總署, 哈薩克斯坦, 萬噸, 暫停進口, 檢查).
// Hong Kong and Taiwan outlets and some GACC reprints write traditional characters; lowerText folds them
// so that one lexicon reads both. Every pair is three bytes each in UTF-8, so offsets stay put.
const tradPairs = "關关總总國国華华對对輸输進进暫暂復复準准許许雞鸡類类產产豬猪檢检驗验審审評评視视頻频實实專专組组" +
	"訪访問问團团員员噸吨萬万億亿個个從从來来將将劃划預预計计據据報报導导稱称發发佈布與与於于這这該该為为" +
	"體体區区東东邊边門门閉闭滯滞積积壓压擁拥隊队車车貨货輛辆節节運运鐵铁廠厂場场業业麥麦糧粮穀谷飼饲薩萨" +
	"烏乌爾尔羅罗蘭兰亞亚聯联歐欧紐纽韓韩內内測测樣样數数統统額额長长減减較较達达兩两議议書书簽签協协證证" +
	"衛卫標标獸兽醫医魚鱼鴨鸭絕绝務务開开結结續续無无條条規规題题雲云線线現现經经過过後后當当農农傳传熱热" +
	"處处圖图貿贸購购買买採采訂订閱阅註注冊册簡简訊讯動动態态況况調调監监質质轉转換换裝装載载機机構构價价" +
	"製制禮礼區区專专級级勢势嚴严隻只頭头鄰邻縣县鎮镇島岛灣湾蘇苏伊伊蘭兰亞亚塔塔吉吉爾尔斯斯齊齐瑪玛納纳" +
	// The meat_ban block: the traditional forms of every character of the Chinese lexicon, the commodity
	// and country names and the ban rules (討論 讨论, 考慮 考虑, 擬 拟, 還 还), found with a converter over
	// their simplified text, and of the common words of ban and outbreak news around them (撲殺 扑杀,
	// 廢除 废除, 頒佈 颁布, 複查 复查, 收穫 收获).
	"義义習习僅仅會会傷伤倫伦養养幾几凱凯芻刍勞劳單单佔占臺台號号籲吁啓启響响圍围壇坛備备奧奥學学寧宁幣币幹干並并" +
	"廣广慶庆張张強强願愿戶户執执擬拟斷断畢毕漲涨滿满潛潜愛爱獵猎電电瘋疯確确種种稅税籌筹紅红約约繼继維维綿绵縮缩" +
	"肅肃膚肤髒脏脫脱薦荐獲获蘿萝蔥葱慮虑見见覽览討讨訓训講讲論论諾诺讀读談谈謠谣輪轮闢辟遼辽還还遠远連连遲迟適适" +
	"鄭郑裏里鈴铃銷销銳锐聞闻階阶陝陕險险隱隐頃顷順顺須须風风饒饶馬马驢驴駝驼驟骤魯鲁鮮鲜麩麸黃黄龍龙撲扑殺杀責责" +
	"廢废頒颁駱骆說说話话試试點点麼么們们讓让給给舊旧診诊綠绿燈灯讚赞莊庄園园鳥鸟鴿鸽鵝鹅鵪鹌鶉鹑騾骡獅狮絨绒絲丝" +
	"繭茧凍冻燻熏臘腊腸肠臟脏頸颈罰罚繳缴燬毁違违蟲虫災灾擴扩滅灭離离鎖锁緊紧臨临終终聲声爲为顯显補补環环寬宽鄉乡" +
	"藥药殘残賓宾敘叙濟济歷历鍾钟匯汇籤签餘余衝冲鬚须複复裡里穫获係系繫系曆历鐘钟彙汇誌志鬆松乾干鷄鸡鑒鉴説说衞卫" +
	"檯台颱台徵征" +
	"決决緩缓" + // a border backlog solved or eased: "車皮積壓問題已經解決", "擁堵緩解"
	"騰腾沒没歲岁區区氣气紀纪錄录詢询認认証证鑑鉴參参與与舉举辦办總总規规範范則则簽签屬属應应麵面茲兹別别庫库" +
	"請请儘尽盡尽週周時时間间織织爭争" +
	"網网" // rumoured online: "網傳霍爾果斯口岸貨車排隊三天"

// tradToSimp maps each traditional character of tradPairs to its simplified form. It is built once and
// only read.
var tradToSimp = func() map[rune]rune {
	m := make(map[rune]rune)
	rs := []rune(tradPairs)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] != rs[i+1] {
			m[rs[i]] = rs[i+1]
		}
	}
	return m
}()

// tradMark marks the traditional characters of tradToSimp among U+4E00–U+9FFF, so that most Han
// characters are read as they are without a map lookup.
var tradMark = func() (m [(0x9FFF - 0x4E00 + 64) / 64]uint64) {
	for r := range tradToSimp {
		if r >= 0x4E00 && r <= 0x9FFF {
			m[(r-0x4E00)/64] |= 1 << ((r - 0x4E00) % 64)
		}
	}
	return m
}()

// simplified returns the simplified form of a traditional character of U+4E00–U+9FFF, or r itself.
func simplified(r rune) rune {
	if tradMark[(r-0x4E00)/64]&(1<<((r-0x4E00)%64)) == 0 {
		return r
	}
	if t, ok := tradToSimp[r]; ok {
		return t
	}
	return r
}
