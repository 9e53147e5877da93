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
	"決决緩缓" + // a border backlog solved or eased: "車皮積壓問題已經解決", "擁堵緩解"
	"騰腾沒没歲岁區区氣气紀纪錄录詢询認认証证鑑鉴參参與与舉举辦办總总規规範范則则簽签屬属應应麵面茲兹別别庫库" +
	"請请儘尽盡尽週周時时間间織织爭争"

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
