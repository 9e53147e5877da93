// Package extract reads facts out of agricultural news about Kazakhstan and its neighbours, in
// Russian, Kazakh (Cyrillic and the Latin alphabet of 2018), English and Chinese. It is pure: text in,
// agrowatch.Mentions out, no I/O.
//
// Latin Kazakh is written in the lexicons and rules in the 2018 alphabet only (á ǵ ı ń ó ú ý, sh, ch);
// the two other spellings sites print are generated from it in spelling.go: the 2017 apostrophe
// spelling (a' g' i' n' o' u' y' s' c') and the one without diacritics (ý typed u or y). A Kazakh text
// in ASCII apostrophes (of several words: "Xi'an" named twice is English) is read as the 2018 alphabet
// before the scan, byte for byte; typographic
// apostrophes and plain letters are matched by lexicon variants, rewritten period patterns, folded
// word tables (withKKKeys) and the spelling-tolerant hasAnyPrefix, hasAnySuffix, containsAny and kkIs.
// A new Latin literal is written once, in the 2018 alphabet, and routed through one of them. Plain
// variants shorter than four bytes are left out (no "ali", "jun") but for scale words, cargo and
// country abbreviations.
//
// New compiles the lexicons once; Extract splits an article into sentences (paragraph breaks, full
// stops that survive "тыс.", "млн.", "U.S.", quotes and decimals, and a headline line without a full
// stop; a Chinese quote closed by 。” keeps the short clause after it that says who speaks: "“…检查过两次。”
// 哈萨克斯坦一家肉联厂的负责人说。"), tells each sentence's language when the caller gives none (script; Kazakh letters, or the
// shapes of Kazakh words, case and tense endings and a q English does not write, against English and
// Russian function words), finds every lexicon word in one pass over the lowercased text (traditional
// Chinese characters read as simplified), and runs the rules of a kind only on sentences whose words
// can make one: most sentences of real news mention nothing and cost a scan and a few bit tests. An
// emoji's variation selector is no letter ("❗️Китай"). Page chrome that reached the text (a newsletter
// box, a cookie banner, "sign up") is skipped. Text as published is read as a reader sees it
// (repair.go): a soft hyphen or zero-width space inside a word, a Unicode hyphen, a letter and its
// combining mark, Chinese full-width digits, and the other alphabet's lookalikes in a word («запрeтил»
// with a Latin e, «Kитай», "Kazakhstаn" with a Cyrillic а) are repaired before the rest, where the
// lowercasing or the scan saw one; the mention quotes the repaired sentence.
//
// # The article as a whole
//
// Extract reads an article in order and keeps its topic: the ban under discussion (who, on whom, the
// goods, the cause), the crossing where a delay was reported, the last shipment and the last inspection.
// A sentence that refers back takes from the topic what it does not say: "As of 1 March the restrictions
// no longer apply" after a ban on Kazakh beef lifts that ban, «ограничения действовали с 2016 года» and
// «тыйым 2019 жылы салынған болатын» date its imposition, "Простой достигает 10 суток" is a delay at the
// crossing named before, "Данный объем на 40 тыс. тонн меньше" is a change of the shipment before it; wagons
// named back by a pronoun of part ("Part of them have been standing for more than six days", «Олардың бір
// бөлігі сегізінші тәулік бойы қозғалыссыз тұр», «Часть из них», 其中部分) wait the days of the count
// before them, and so do the days a writer among the traffic spends here ("Friday: fifth day here",
// «бесінші күн осында»); the route a sentence names, a headline's too ("KTZ operational summary: Dostyk
// – Alashankou"), is the route of the delays told after it at its ends; after a delay, a question of a
// crossing or of its traffic ("— А на Алтынколе?", "— Aldyńyzda qansha kólik bar?") is answered by a
// count of wagons or trucks that names no crossing, the wait there (not the wagons of goods a question of
// trade asks after); an end that names no crossing, told after a cut that counted nothing, ends the
// backlog counted ("积压原因是阿拉山口站每日接车数量大幅减少。目前该方向通关已恢复正常" is Dostyk's); the one
// country a back-reference to the ban is asked of ("asked Moscow to narrow the restrictions") is its
// holder; an inspection by a ban's holder of whose goods it banned checks those goods ("Russian
// inspectors are due to visit the region's farms" after Russia's ban on Kazakh pork is of pork). A
// purchase told from the buyer's side is an export from the country the article is about. Trade stopped to
// a country named back («в эту страну», "to that country", 向该国, "бұл елге") is that country's ban: the one
// named before the word, in its sentence or before it («С Ираном история сложилась иначе: поставки живых
// овец из Казахстана в эту страну были остановлены» is Iran's, not the Chinese ban told before). The answer to
// a question of trade ("— Какой объем вы отправили в Иран? — За четыре месяца сезона около 40 тысяч тонн")
// ships its figure by the question's verb to the question's destination, also the Kazakh active past of
// sending ("— Түркияға қанша жасымық жібердіңіздер? — … 36 мың тонна"). A question states no fact
// ("Dostyqta qazir kezek bar ma?", a headline's "…: ne ózgerdi?", 是否將開放…？; in a chat it ends before a
// lowercase word, "…alyp tastady ma? kim biledi", or with the Kazakh particle and no mark, "Qorǵasta kezek bar ma"), but what it asks about is the topic its answer refers back
// to ("Q: Did Saudi Arabia reopen its market to Kazakh poultry? A: Not yet, the restrictions remain in
// place" keeps Saudi Arabia's ban on Kazakh poultry, and so does "问：俄方是否已解除对哈萨克斯坦禽肉的限制？答：禁令仍未解除" Russia's), and so does a question reported with no answer in its
// sentence («Депутат Сената поинтересовался сроками открытия китайского рынка», "asked when China would lift",
// "asked the government what it would take to reopen", «спросил у министра, когда», 询问; not "asked Russia to lift", a request). A fact stated
// twice (a title that repeats the lead, a crossing named in one sentence and its wagons counted in the
// next, the wagons or trucks counted and then told standing or waiting some days in a sentence that names
// no crossing: "Часть составов ожидает более 12 суток", "Keıbir vagondar altynshy táýlik shekarada tur",
// 部分车皮已停留八天以上) is listed once, with what each sentence adds, quoting the sentence that says most (a ban that names no
// holder is the one a later sentence names the holder of only in a headline or the lead: «Ввоз казахстанской
// говядины в Китай возобновлён. Решение … принял ГТУ КНР»; further on, «в районе введен карантин: запрещен
// вывоз птицы» is a measure of its own beside the neighbour's ban told after it); a headline's
// time that shortens the lead's ("on aıda" over "qańtar-qazan aılarynda") is the lead's, and so is a
// headline's inspection that names no inspector or its goods more broadly ("Video audit of Kazakh mutton
// plants completed"), while a check told as before the one reported («Ранее», "Buǵan deıin", "Saparǵa
// deıin", "Before the visit") is a step of its own. A figure quoted as a
// claim its sentence calls wrong ("本报昨日报道中“…214万吨”有误，应为124万吨", «цифра «… 1,2 млн тонн» неверна»,
// 'The line "…520,000 tonnes…" in yesterday's story was wrong', also unquoted in the clause of a claim: "A
// viral claim that Kazakhstan shipped five million tons … is false", «Утверждение о том, что …, не
// соответствует действительности», "… жөнелтті деген ақпарат қате") is none, and so is one a correction negates
// ("…, not 387,000 tonnes as stated in an earlier version", «а не 387 тыс. тонн, как сообщалось», 而非此前报道的…,
// "бұрын хабарланғандай 387 мың тонна емес"); the corrected one is the fact. A delay named back
// only to explain it ("Тасымалдаушылар кідірісті … жөндеу жұмыстарымен байланыстырады", "KTZ blamed the delay
// on repairs") is the one reported, and a crossing of another clause with no delay of its own, or a
// negated one («…, ал Алтынкөл – Қорғас бағытында жағдай тұрақты», "while at Altynkol there is no queue"), has
// none.
//
// Kinds and what decides them:
//   - meat_ban: an animal product (or a disease of animals) and a ban, restriction or its end. Status
//     imposed, lifted or pending; by (who bans) and on (whose goods) come from case and prepositions:
//     "ввоз в Республику Казахстан … из КНР" is by KZ on CN, "Китай готов возобновить экспорт мяса … из
//     Казахстана" is by CN on KZ, pending. Whose goods may be named by an adjective ("бразильской
//     говядины", "Argentine beef", "бразилиялық сиыр еті") or called ours: the one other country named, or
//     with none the home country («закрыл рынок для нашей говядины», "our pork", "біздің шошқа етімізге");
//     in Kazakh a genitive country right before an ablative one is the subject of a verbal noun, the
//     ablative whose goods ("Qazaqstannyń Grýzııadan shoshqa etin ákelýge tyıym salǵany" is by KZ on GE, and so is
//     another country's region in the ablative: «Ресейдің Қостанай облысынан құс етін әкелуге қойған шектеуі» is by
//     RU on KZ); a ban whose origin is not stated has no
//     On. Stopped trade is a ban ("shipments … halted", "экспорт … тоқтатылды", "暂停…进口"), and so is
//     trade put off or no longer received ("postponed imports", «отложил ввоз», 推迟进口, 暂缓进口, 停止接收); quotas
//     are restrictions (a quota and a ban told in two sentences are two measures, not one fact), a request for a lifting is pending, and so is one hoped for (希望, 盼, "hopes"), but
//     not one told done (已, 已经, 了) before a clause that expects what follows it ("上述禁令已经解除，首批货物预计于月底发运"), "abolished", «отменить», «снимает», 废止, 撤销 lift. A
//     sentence that lists several goods with their own origins or ban words gives one mention each, and
//     so do goods from several countries joined by "and" (also in a series of commas a conjunction closes, «из
//     Казахстана, Польши и Бразилии», and beside goods of an origin of their own, «мяса птицы из Венгрии и Чехии,
//     а также говядины из Бразилии»), each with the cause its own clause names when they name two ("poultry …
//     because of bird flu, and of beef … because of FMD"), and a lifting and a ban kept in two clauses
//     ("lifted its ban on Kazakh lamb but kept restrictions on beef", also after a bare Chinese comma: "…其余地区禽肉恢复输华，
//     北哈州禽肉继续暂停进口"), a clause with a subject of its own
//     holding its own («…, ал Ресей … шектеуді алып тастады»). A signed certificate or protocol
//     is no ban, nor are traders who stop their own buying ("部分中国进口商已暂停采购哈萨克斯坦牛肉"); a lifting refused or not even considered keeps the ban ("will not resume", «рұқсат
//     бермеді», its perfect negated by жоқ «әлі рұқсат берген жоқ», 暂不考虑解除, a lifting not done, its own verb negated ("has not yet lifted", "have not
//     been lifted", «пока не сняла», «до сих пор не отменён», "áli alyp tastaǵan joq", «алынбағанын»)
//     unless talks or a hope beside it await the end, while a lifting not yet announced («пока не сообщил
//     о снятии», "no announcement about lifting") awaits it, a Chinese modal negated before any verb of lifting, 不会开放, 暂不恢复, while 尚未 awaits it,
//     «не рассматривают вопрос о снятии»), and so does a market that stays closed
//     ("remains closed to Kazakh pork", «по-прежнему закрыт»), held by the market's country, not by those
//     acting in another clause ("leaving Russia and Kyrgyzstan as the only outlets"); a permit not
//     extended («не продлила разрешения», «рұқсатын ұзартпады») is a ban imposed; a ban not to be extended ("will not
//     extend", «не будет продлен», "ұзартылмайды", 不再延长) ends at its term: pending, while one that
//     lasts until the outbreak is over («до ликвидации вспышки», 持续至疫情解除) holds: imposed; a
//     ban named only to date something else ("before the ban", «до введения запрета», 解除禁令后, "before the
//     introduction of the Iranian restrictions"), also in a clause of time with a subject of its own
//     ("since Tehran opened its market", «с тех пор как Китай снял», «прежде чем снять», "тыйымды алып
//     тастағаннан бері"; not "after", which reports it), is none, and so is one named only as the cause of a figure ("blaming the FMD restrictions", «из-за
//     ограничений», its holder and disease between: "blamed the Russian bird flu restrictions for a 25% fall"), and so is one
//     named only as the rule a trade broke ("fined … for exporting 86 bulls in breach of the temporary ban",
//     «в нарушение временного запрета», "тыйымды бұзып"); a restriction on no one's goods not yet decided («данных о введении ограничений
//     нет», 尚未采取限制措施) is no ban, nor is one with no plan made (暂无…的计划), nor goods left out of a
//     ban («не распространяется на», "does not cover"); a ban "pending a review" is imposed; a list of
//     approved plants published lifts nothing (a register as much as a list, and a count of its plants,
//     "which now includes 11 enterprises", 已有15家…企业获准, "now has eight plants approved", admits no one), plants given access do (entered in a register or in the list
//     of approved exporters, however far the verb stands: «включило … в список предприятий», «включило еще
//     три мясокомбината в реестр предприятий», "added … to the list of approved exporters", "added four
//     plants to its list of approved exporters", "тізіміне енгізді", "экспорттаушылар тізіліміне енгізді", 列入准许输华企业名单, "批准…企业进入其准入名单" (not "更新了…准入名单", nor "须先进入准入名单"); a 将 before its object and such a verb is the disposal
//     marker, as 把, no future: 日前将…企业列入…名单); a request to "both countries"
//     asks each holder, and so does one to two countries joined («просит Узбекистан и Кыргызстан снять»,
//     "asked Russia and Belarus to lift"); a request to narrow a ban to a region («бүкіл елге емес, тек
//     Жамбыл облысына қолдануды сұрады») awaits its partial end: pending, with or without a word of lifting
//     («просит применять ограничения только к Карасайскому району», "shekteýdi tek Abaı oblysynyń aýmaǵyna
//     qatysty qaldyrýdy ótindi"), and is no ban asked for; a later sentence recalls a ban by its holder ("the Russian ban").
//     The right to export given («получили право экспорта», "granted the right to export") is access, as
//     plants put into a register are, however far the verb stands ("included four plants in register");
//     access plants wish for («предприятия, желающие получить право экспорта», "plants wishing to obtain",
//     "құқығын алғысы келетін кәсіпорындар") or must first get ("must first be entered in the register",
//     «должны быть включены в реестр», "тізіліміне енгізілуі тиіс") is a condition of trade, no lifting. A
//     ban threatened, told possible or rumoured («пригрозил ввести ограничения», «грозит запрет», "the
//     threat of a ban", "тыйым саламыз деп қорқытты", «слухи о том, что Китай приостановит») is none, and so is one reported and
//     denied ("denied reports that China had banned", "dismissed media reports", «опроверг сообщения о том,
//     что … запретил», "…tyıym saldy degen habardy teriske shyǵardy"), while a participle of denial after
//     the ban, in a clause of its own, denies something else ("Russia suspended imports …, the ministry
//     said, denying that the move was political", "…的禁令已於去年解除，當時並未影響本港供應");
//     while the threat of a disease is a ban's cause («из-за угрозы распространения ящура»). A genitive
//     names the agency whose long name it closes or opens («Департамент ветеринарной и фитосанитарной
//     безопасности Кыргызстана», "Qyrǵyzstannyń Veterınarııa jáne fıtosanıtarııa qaýipsizdigi
//     departamenti", a name listed with a comma and «және»: "Qorshaǵan orta, sý jáne aýyl sharýashylyǵy
//     mınıstrliginiń"), and an English possessive is read with either apostrophe ("Tajikistan’s").
//     A preposition governs a region and its country: «из провинции Юньнань КНР» is China's goods, and plants
//     of a region are its country's («с предприятий Павлодарской области», "Қостанай облысындағы құс
//     фабрикасын"); a
//     possessive before its country's own agency ("Russia's watchdog Rosselkhoznadzor") is who acts; a ban
//     named by its year only ("before the 2020 ban") dates something else, and so does a lifting a
//     decision after "before" weighs, its subject between ("before Tehran decides whether to reopen"), or that is to be decided "after
//     which" («после чего будет принято решение о снятии», «по итогам которой», "following which"), the tense of
//     «по итогам» there dating the decision, not the inspection, or agreed to after it ("before agreeing to
//     resume imports"); a lifting asked about in a Chinese question ("是否將開放…？", "何时解除…？")
//     or the basis an inspection gives a decision on opening ("作為評估是否開放輸台的依據") is none; a
//     lifting named as a possibility ("the possibility of lifting", «возможность
//     снятия», "алып тастау мүмкіндігі", "解除…限制的可能性") is never done: none when discussed, pending otherwise; a review
//     of a ban («пересмотр», «қайта қарау») awaits its end; an
//     export ban in an article that names no country at all is on Kazakhstan's goods; a Chinese sentence is
//     read by its clauses (zhclause.go): the subject of the verb's clause holds the ban, carried from the
//     clause before when that clause opens with adverbs only ("…委员会决定，自即日起暂停…"; a country
//     before an office's name that ends in 局, 署, 部 or 委员会 is that office's, whatever domain the name
//     names between: "吉尔吉斯斯坦兽医和植物检疫安全局宣布，暂停…"), not from one of
//     cause, purpose, source or concession (因, 为, 据, 尽管); the country 对, 自, 从 govern is whose goods,
//     and so is the one right after 进口 ("暂停进口巴西某州禽肉，哈萨克斯坦…" is on BR), and 该国, 上述地区,
//     当地, 这4家企业 after them are the country named before; a restriction told absent ("本港目前並無對
//     哈薩克斯坦牛肉實施任何進口限制", 尚无, 暂无) is none, while a market still not reopened and goods
//     still not allowed (仍未重新开放, 仍未恢复, 仍不得輸台), and any lifting still not done (至今仍未取消,
//     依然没有撤销) keep the ban, as does one until an outbreak is over, its place and disease between ("暂缓进口…，直至当地禽流感疫情解除"); a lifting asked for
//     (致函X，请求解除) is held by the one addressed; and the region an
//     outbreak's districts border («граничащих с Актюбинской областью») is not where the outbreak is, so
//     the cause stays the ban's. A market that opens of itself, its subject before the verb, is a lifting,
//     pending while still to come («рынок королевства откроется для нашей баранины», "expect the Chinese
//     market to open"; not «участники рынка открыли цех»), the kingdom's market the one kingdom's the article
//     names; no permission to ship is a market closed ("Қазір Қытайға шошқа етін жеткізуге рұқсат жоқ",
//     «нет разрешения на экспорт», "have no permission to export"), and a permit for transit opens none
//     («разрешение на транзит», "transit permit"). A ban or lifting told only in a question whether or when
//     states none («Снял ли Китай запрет…?», "tyıymdy alyp tastady ma?", "Will Iran lift…?", 是否將開放…？),
//     while one asked why is told; a lifting supposed in a clause of condition after what it conditions
//     ("exports could double if access is granted", «вырастет, если будет снят запрет») is none, while one
//     itself conditioned ("could be lifted if the audit finds no problems") awaits its end. Restrictions withdrawn and a ban ended are lifted ("have been withdrawn",
//     "ending the ban on Kazakh lamb"; not a request withdrawn), a ban that "stays in place" or "in effect"
//     is held, and one not to be extended is so in either order («продлеваться не будет», "ұзартылмақ
//     емес"). A ban told wholly in the clause after a contrast is on that clause's goods ("Qazir BAÁ naryǵyna
//     tek qoı eti jetkiziledi, al sıyr etine … tyıym bar" is beef), and a second holder told with its verb
//     left out, its goods after a dash, holds the same measure on them («Китай возобновил импорт
//     казахстанской говядины, а Иран — баранины»). A speaker's own ban to come, quoted, is a warning
//     ("тыйым саламыз деп ескертті"), as one warned of is («предупредил о возможном введении»); two
//     countries joined in the Kazakh dative that a lifting is asked of are each a holder ("Өзбекстан мен
//     Қырғызстанға … алып тастауды сұрап"), and the plants of a region named after "in the" are its
//     country's ("from a plant in the Atyrau region").
//   - inspection: an inspection, audit, visit of inspectors or documentary check (the papers of plants studied
//     or looked through: «изучили документы этих предприятий», "құжаттарын қарауды", "qashyqtan qarap
//     shyqqan"), with the goods of what it checks («молочные предприятия» dairy, "Kazakh poultry plants", a plant named
//     in one word or a compound, «мясокомбинатов» meat, «свинокомплексов» pork, "ет комбинаттарын", whose word
//     names no ban's goods, and never a food safety agency's name,
//     «требований к экспортному ячменю» barley), planned or done (an
//     inspection requested, «запрос о проведении видеоаудита», "a request for an audit", is planned (so is one
//     asked of inspectors with no tense of its own: "мамандардан … қашықтан тексеруді сұрады"), as is one proposed ("proposed a video inspection", "usyndy", whatever tense another clause tells: «прошла
//     встреча, на которой … сторона предложила провести видеоинспекцию»), and
//     who requests it with no inspectors named is the side inspected, not the inspector, while the side it
//     is asked of or proposed to inspects («направила в ГТУ КНР запрос», "Вьетнам тарапына … сұрау
//     жолдады", "requested a video audit … by China's customs service", also an agency named at length, its
//     country closing or opening the name: «направила в Министерство окружающей среды, водных ресурсов и
//     сельского хозяйства Саудовской Аравии запрос», "sent the Veterinary Department of Vietnam a request", "proposed a video inspection of its beef plants to
//     Jordan's veterinary authorities",
//     "Вьетнам ветеринария департаментіне … сұрау жолдады", in Chinese the one 请求 or a letter before it
//     addresses: "哈方已正式请求中方对其…企业开展视频审核", its 已 the request's; the asker when the plants are the
//     addressee's; no one for a joint check); a ban's holder
//     named by its adjective, "the Russian restrictions", takes no side in it; two mentions when one
//     clause reports it done and another one still to come, as "the next stage", «следующий этап»,
//     下一阶段 is, also in a part after a semicolon; a long subject's predicate dates its clause, «Проверка …
//     специалистами завершена»; a time still to come, «келесі айда», «в следующем месяце», plans it, one past, 日前, 早前, reports it done). An agency whose name contains the word (Комитет госинспекции, "inspection and quarantine", 检验检疫, 检查委员会, "Phytosanitary
//     Inspection") is masked, and so are the words of a Chinese document's title (《符合评估审查要求的…名单》) and the writer's own
//     checking of a claim ("经核查，海关总署曾…暂停…", 经核实, 经调查).
//     A visit of a country's inspectors is an inspection («приезд инспекторов
//     ГТУ КНР», "toured Kazakh meat plants", "sapar", "专家组访哈"); inspection requirements (also named before it: "the requirements for the inspection of"), samples
//     taken from a cargo, a cargo's papers checked, tighter border controls and an announcement of
//     results are not, nor is an inspection plants must pass ("must pass", «должно пройти», 须…接受检查, also as the second
//     object of that verb: «должны пройти регистрацию в реестре и инспекцию»), nor one a side is given the
//     right to hold ("the Chinese side may inspect exporting plants", «вправе провести инспекцию», «имеет
//     право проводить проверки», "is entitled to carry out an audit", its active verb with the holder between: "entitles the Iranian
//     Veterinary Organization to audit", «дает право китайской стороне проводить инспекцию», "тексеру жүргізуге құқылы"), nor a visit to an expo or to
//     promote goods ("visited the Expo to promote local beef", «для продвижения», an expo's pavilion or a tasting:
//     "visited the Kazakh pavilion at Gulfood to taste"), nor inspectors at a seminar
//     or workshop with no plant named («посетили семинар по диагностике ящура», "attended a training workshop"),
//     one named only as possible («возможного визита», "no date for the audit", its verb between: "No date
//     has yet been set for the audit"), one that only names plants
//     by an audit told before or inspectors by results to come ("their conclusions on the audited plants"),
//     nor one named only as what a hoped lifting waits for (also inspectors of its clause of condition: "once
//     Chinese inspectors are satisfied", «как только … инспекторы убедятся», "kóz jetkizse"), or a country's supervision of its own farms
//     («проверок хозяйств Алматинской области», 对国内农场开展检查). The host who invited (应…邀请, по приглашению, шақыруымен) neither inspects nor
//     is inspected; the host of an inspection or of its inspectors ("will host a GACC video audit",
//     «примет инспекторов ГТУ КНР») is inspected. The service's specialists («специалисты службы») are the
//     article's authority, as the ministry's are, and plants named back («этих предприятий») are those of its ban. A headline's infinitive ("Kazakh meat plants to face
//     Saudi audit") is still to come. A service that an inspection noun governs is the side inspected («аудит
//     ветеринарной службы Казахстана со стороны ЕАЭС», "the audit of the veterinary service of
//     Kyrgyzstan", a Kazakh service in the dative or accusative: «қызметіне аудит жүргізді»); its own
//     auditors inspect, and so does the country of the service whose experts come ("experts of Egypt's
//     veterinary services") and a Russian genitive after the inspection noun when the plants are another
//     country's («Казахстанским мясокомбинатам предстоит аудит Саудовской Аравии»). The plants a speaker
//     calls "ours" («нашей линии», "bizdiń kásipornymyzdy") are the home country's unless the article
//     names another exporter, and so is the plant a foreign inspector visits with no country named
//     ("Өткен жылы кәсіпорынды Сауд Арабиясының … инспекторлары тексерді"): never a buyer of the article's
//     shipments, however often it is named. A veterinary organisation or committee (兽医组织, "the delegation of
//     Iran veterinary organization"), and an office or committee whose long name opens with 兽医
//     ("吉尔吉斯斯坦兽医和植物检疫安全监督局"), is an authority, and a source before a comma ("哈萨克斯坦农业部消息，") only reports.
//     In Chinese the subject of the inspecting verb's clause inspects (…说，中国海关总署专家组完成了对…的视频检查), an
//     authority that speaks is the subject of the clauses after it that open with their tense (…表示，已完成…，下一步将…),
//     an assessment in a clause of ground before a decision (经风险评估，…决定; in the other languages «Согласно
//     результатам оценки рисков, …», "Based on the results of a risk assessment, …", "бағалау нәтижесінде") with no
//     inspectors or plants named is none,
//     a subject that passed or underwent another's check (已通过…的评估, 接受) is inspected by that other, and the clause
//     after 希望 has a subject of its own; a count of plants after 对 (对哈萨克斯坦7家企业) is no share. An inspection that names neither side, even from the article, is not reported.
//   - export_volume: one mention per tonnage figure that is shipped, exported or imported, in metric
//     tonnes. Money, heads, percentages and ratios are never volumes; forecasts (plans, contracts,
//     potential, interest) carry Forecast; a country's total imports with no exporter named are left
//     out ("China's total oilseed imports", «импорт ячменя Китая», 我国粮食进口总量: the owner of imports
//     receives them, whatever verb of volume tells them, "Uzbekistan's total wheat imports amounted to",
//     "China's barley imports totalled 11.2 million tonnes, with Australia, France and Canada supplying most of it";
//     suppliers named in a clause of their own with no figure, "with Australia and Canada supplying the
//     bulk", "negizgi jetkizýshiler – Avstralııa men Kanada", name no exporter of it), while a part of it after "of which", «из них» reaches that importer
//     ("…, of which only 520,000 tonnes came from Kazakhstan"), and so are shipments at home, China's own exports that name no destination, port
//     or region ("China exported 2.3 million tonnes of rice"; a port named before and referred back to is one:
//     "China's exports of vegetables … through the port reached 530,000 tonnes", «через этот пункт пропуска»), and a harvest or milling beside an
//     export («из собранных 17,1 млн тонн», "mills ground 1.2 million tonnes"). A figure that says how
//     much a volume moved ("снизился на 200 тыс. тонн", "fell by", "-ға артты", "减少8万吨") or how much
//     more or less it is than another ("на 150 тыс. тонн больше", "300,000 tonnes less than", the calque
//     "on 95 thousand tons less than", and in every Kazakh spelling "60 myn' tonnag'a ko'p", "90 myn tonnaga kem") carries
//     Change and is no shipped tonnage. In a list ("Узбекистан – 620 тыс. тонн, Афганистан – 480 тыс.
//     тонн") each figure has its own country (a day of a month after a country is a date, no item of a list: «Жаңалық:
//     Қазақстан 1 желтоқсаннан бастап … тыйым салады» is KZ's ban); buyers listed («больше всего закупил Китай – 1,6 млн
//     тонн, Иран – 310 тыс. тонн», "China took 510,000 tonnes", «еще 97 тысяч тонн получил Узбекистан», its buyers or processors from it («Еще 74 тыс. тонн получили переработчики из Узбекистана»: processors who receive measure no processing), «на втором месте Узбекистан с 540 тыс. тонн», "乌兹别克斯坦以280万吨居首", the parts after 其中 that name only their buyer, "其中阿富汗63.5万吨、乌兹别克斯坦41.2万吨", "China came first with 2.1 million tonnes",
//     "Uzbekistan with 540,000 tonnes", "remained the main destination with 410,000 tonnes", «с 236 тысячами тонн», "阿富汗仍是最大买家…，其次是乌兹别克斯坦", the last item after "and" with the list's unit written once:
//     "Tajikistan 870,000 and Afghanistan 640,000 tonnes", «900 тыс. и Таджикистан 400 тыс. тонн»; the head
//     of a bracketed list, "led by Turkey (96,000 tonnes)", «во главе с Турцией (…)»; a share in a list of
//     buyers, "while Kyrgyzstan accounted for 2,200 tonnes") buy from the exporter the article
//     named, and the parts of a dated total take its period and exporter (not those of the base it is compared with:
//     "较2024年的28.3万吨"), of a list of totals the one of
//     their goods ("China took 12,600 tonnes of the beef" after beef, mutton and horse meat) (so do the buyers after a total
//     opened by "Of the 4.9 million tonnes … the country sold abroad", which itself names no buyer) ("sold 420,000 tonnes abroad,
//     including 160,000 tonnes to Tajikistan"; so do the buyers a head of their own lists after the total:
//     «…ұн экспорттады; негізгі сатып алушылар – Ауғанстан (1,1 млн тонна), …», "the main buyers were …", and
//     a list after a colon whose total the home country ships: "elden 6,1 mln tonna bıdaı shyǵaryldy:
//     Ózbekstan 2 mln 310 myń tonna, …"), as does a figure beside the main part of the shipment
//     before ("Most of the grain moved by rail, while 140,000 tonnes went by sea"), and a list item with no
//     verb of its own ships for the first item's exporter («республика вывезла в Таджикистан 1,1 млн тонн, а
//     в Туркменистан — 260 тыс.», "and to Tajikistan another 210,000 tonnes"), also after a mere comma when it
//     names only its destination, first ("respýblıka Tájikstanǵa 1,1 mln tonna, Aýǵanstanǵa 870 myń tonna",
//     «…, в Афганистан 870 тыс. тонн», ", to Afghanistan 640,000 tonnes"; not «…, Россия — 1,2 млн тонн», a
//     second exporter); a destination after the figure's dash is that figure's («27,1 тыс. тонн — в КНР и
//     9,8 тыс. тонн — в Узбекистан», "25,000 tonnes – to Afghanistan"); the home country named as such («из республики
//     вывезено», "елден") or as the subject ("The country sold …", «республика намерена довести экспорт»,
//     «ел экспорттады») is Kazakhstan unless the article named another exporter. The exporter of a
//     figure after a contrast ("…, а Узбекистан поставил") is its own clause's, and so are the sides
//     and goods of a contrast after the last figure ("…, while Russia's shipments to Uzbekistan
//     doubled"), of a share of it ("a third of it to China") and of a rival's bracketed figure
//     («опередив Узбекистан (420 тыс. тонн)»); a buyer's adjective ("as Afghan mills switched", "if Afghan demand holds") is no
//     exporter; goods named by their country's one-character name (哈小麦, 俄葵花籽, and wheat as 哈麦, 俄麦) are its goods, and a
//     report's 该国 (the said country) is the country named before it, the buyer of "该国从哈萨克斯坦采购"; a destination named back («туда», «в соседнюю республику», "to that country", 向该国) is
//     the one named before, "the kingdom" («в королевство») the one kingdom the article names, and a Chinese
//     city or province the goods go to or enter by ("left … for Xi'an", "left Almaty for Shanghai", "cleared customs in Xi'an", «прибыл в сухой порт Сиань», «в провинцию Ганьсу», "Шыңжаңға", "抵达西安") China, and so does a crossing whose Chinese name is China's side ("运抵阿拉山口", "经巴克图口岸入境", the crossing
//     where goods arrive, 向 a foreign city as 往: "阿拉山口口岸共到达…", "向迪拜运送"), also for the change told after the figure;
//     so does a foreign port or city (Dubai, Bandar Abbas, Riga, Novorossiysk, Baku, Poti: "for Dubai",
//     «в Бендер-Аббас», "Бакуге"), and a region after its country's genitive («Ресейдің Орынбор облысына»,
//     "to Russia's Orenburg region") is that country's as the destination, no origin: a city the goods are sent
//     to («Бендер-Аббас портына жөнелтілмек», "Dýbaıǵa … jóneltildi») never ships them as a region that exports does. A country's adjective
//     on the ports the goods are sent for ("Kazakh barley for Iranian ports", «в иранские порты») or
//     on the buyers ("to Chinese crushers", "for Iranian buyers", «китайским переработчикам», "қытайлық өңдеушілерге", "to an
//     Italian pasta maker") names the destination, so does the partner of a Kazakh deal named by its country's
//     adjective or locative («түркиялық серіктесімен», "Túrkııadaǵy seriktesimen", «қытайлық серіктеспен») as
//     «Қытай компаниясымен» does, and so does one on buyers or importers as the subject ("Iranian buyers had booked", "the Afghan importer … awarded",
//     also after "Traders said"; "Qytaılyq satyp alýshylar … alýǵa qyzyǵýshylyq tanytyp otyr") or on
//     processors with a verb of buying after them («китайские переработчики рассчитывают закупить в
//     Казахстане»; "Kazakh millers shipped", "Kazakh traders sold" name the seller); a booking or a tender is a
//     contract, a forecast ("booked", «законтрактовали», "awarded a tender for", «объявила тендер на закупку»),
//     unless the goods are told gone or arrived under it ("bought … under a state tender", «по итогам тендера …
//     отгружено», "the first 800 tonnes … under the new contract arrived", «по контракту … прибыли»); its
//     term of delivery ("for shipment by rail in January", «с поставкой в январе–марте», «с отгрузкой в
//     декабре») is no period of the figure; a market in the predicate instrumental names
//     the destination as a buyer does («Основным рынком остался Китай, куда ушло 11,2 тыс. тонн»); a relative clause on the subject («Узбекистан, который … покупателем казахстанской муки,
//     сам отправил») names no side of the figure, whose subject ships. Beside the home country as the
//     subject and a destination named, the country after a contrast is a second exporter («республика
//     отправила в Узбекистан …, а Россия — 1,2 млн тонн»), with its own destination after its figure if it
//     names one («а Узбекистан – 240 тыс. тонн муки в Афганистан»); a bare country after a mere comma does the
//     same when the clause before told its destination by a preposition or the dative («Россия … отгрузила
//     в Китай 1,2 млн тонн ячменя, Казахстан — 1,6 млн тонн», "Қытайға …, Қазақстан – 1,6 млн тонна"). A forecast told after the figure's
//     source ("…, the akimat said, adding that deliveries could begin") is not the figure's.
//     A modal, a forecast word or a time phrase of a coordinate clause with its own verb ("…, and the union
//     warned that the backlog could cut…", «…, при этом в ноябре ожидается рост») is that clause's, not the
//     figure's; Chinese opens such a clause with a comma and a subject of its own ("…1.5万吨，中方专家组还将…"), or
//     with none after a figure whose clause tells its goods came ("…昨日經空運抵港，將供應本地酒樓").
//     Two figures joined by "and" as objects of one verb share its forecast, on
//     whichever side the verb stands ("plans to export 200,000 tonnes of wheat and 15,000 tonnes of sunflower
//     oil", "… 300 мың тонна арпа және 50 мың тонна жасымық экспорттауды жоспарлап отыр").
//     A part of a planned total in a clause of its own ("计划出口…1000万吨，其中对华出口约200万吨", "plans to export
//     10 Mt, of which 2 Mt to China") is planned too, unless its own verb says it shipped ("已", "already").
//     向 before a verb of buying names the seller ("向哈萨克斯坦供应商采购"), as 从 does; before one of shipping, the
//     destination. A country's suppliers or exporters sell and its importers or buyers buy, whatever preposition
//     governs them ("与哈萨克斯坦供应商签订合同", "阿富汗面粉进口商…采购"), not the buyers of its goods (的买家). Readiness, ability or hope to ship («готова поставить», "ready to", 有能力,
//     希望), room or scope for more ("room for another 30,000"), what a harvest "will allow"
//     («позволит») and the Kazakh future of intent ("жөнелтілмек", "jetkizilmek") are forecasts; goods
//     moved between regions of one country («Маңғыстаудан Алматыға», from a city to the capital: «из
//     Алматы в Астану», also the capital named so: "Pavlodar oblysynan elordaǵa", «в столицу», "to the capital") or sent into elevators, stores and mills («элеваторларға жөнелтілді»), goods in
//     transit, goods seized or held without papers, goods that stayed unshipped («жөнелтілмей қалған», «так
//     и не были отгружены», "could not be shipped"), goods brought for sowing («Көктемгі егіс науқанына … 180
//     тонна қант қызылшасының тұқымы … әкелінді», «для посевной», "for the spring sowing"; not sunflower seed
//     exported), a batch sampled and stocks named beside shipments are no trade. A speaker's «у нас» ("бізде") names the home country as the exporter, so does a minister's first person
//     plural ("… josparlap otyrmyz, dedi ministr", «мы планируем …, — сказал министр»; not a company's "we"), and so does
//     the country a verb of enabling lets act («урожай позволит республике довести экспорт»). A country's
//     adjective after «с», "with" that qualifies goods names their origin («поезда с казахстанским
//     зерном», "wagons loaded with Kazakh barley"), not a partner. The source after a figure, from the
//     comma before its verb ("…, the oilseed processors' union said", «подсчитали аналитики ИА «Казах-Зерно»»),
//     names no goods of it.
//   - border_delay: trains halted, late or held ready to leave (出现延误, 在站待发; not "延误理赔"), wagons waiting, backlogs, slowdowns, reduced acceptance (限量受理), closures or
//     refusals at a crossing, or their end (status "ended"): a delay told over, a queue dispersed, a
//     backlog solved or dissolved (化解), and traffic told normal, free or stable again after the delay it names ("queues
//     formed, but traffic is now normal", «машины проходят свободно», "кідіріссіз өтуде", 目前通关正常);
//     traffic normal or stable with no delay named is news of none. A counted delay and its end set against it
//     by a contrast in a clause of its own ("…900 wagons were held at Altynkol, but the backlog has now been
//     cleared", «…, однако сейчас затор ликвидирован»), or by a clause of the present after a comma («Вчера
//     … стояли 180 фур, сегодня ситуация стабилизировалась», "…, today traffic is moving freely", «…, бүгін
//     кезек таратылды»; Chinese keeps 目前 one ended delay), are two mentions, the end with no numbers; a
//     queue told gone ("update - queue gone", «кезек тарады») is an end, the count told in the past after it in
//     its own sentence its count («Қалжат бекетіндегі кезек тарады, ал кеше мұнда 140 жүк көлігі тұрған еді»). A negated delay ("no queues", "очередей
//     нет", "кезек жоқ", "没有滞留") is none, and so is one told absent («очередь отсутствует», "the queue is
//     absent"), as is a crossing whose own clause negates its queue beside a delay explained in another
//     («…түсіндірді, ал Бақты бекетінде кезек жоқ»; the delay is another crossing's when its clause names one,
//     and traffic counted now waits at the crossing: «Былтыр Бақтыда кезек жоқ еді, қазір онда 250 жүк
//     көлігі тұр»), or only asked after in a question of yes or no ("Dostyqta qazir kezek bar ma?", «Есть ли
//     очередь на Бахты?», "Is there a queue at Dostyk?"; not a question of why: "Why are 400 wagons stuck at
//     Dostyk?"). A run of days counts the wait ("for a third straight day", "the fifth consecutive day", 连续第五天; not 第二天, a date),
//     also an ordinal in digits and a chat's day («стоим уже 4й день», "3rd day now", "4-shi kún", "day 5 at
//     khorgos"; not "on the 3rd day", "day 3 of the talks"), and a stand counted in days is a wait with no
//     traffic named ("qorǵasta úshinshi kún turmyz", «Стоим на Бахты пятые сутки»; a speaker's bare
//     «тұрмыз» and demand that «скапливается» are none); the traffic ahead of the writer is a queue ("about
//     300 trucks ahead of me", «впереди фур 400», "aldymyzda 300 fura", 前面还有两百多辆车; not a terminal
//     «впереди … на 300 фур»), traffic "awaiting handover" or "transfer" waits, and days drivers spent at a
//     crossing named beside them are a wait ("Drivers say they spent up to four days at Kalzhat"; not two
//     days at a hotel before a fair at Khorgos), and
//     the Russian «простой» put into English counts when told how long it lasts ("the downtime is reaching
//     5 days"), as into Kazakh ("bos turý merzimi 12 táýlikke deıin"). Wagons, Trucks and Days carry the numbers the sentence
//     states ("более 1200 вагонов", railcars of any kind «700 полувагонов», "300 júk kóligi", "простой достигает 10 суток", "1200节车皮", wagons waiting to be handled, 待交接, 待换装), Route
//     both ends of a route ("Алтынколь – Хоргос" is "Altynkol – Khorgos"); a day of the month is no wait ("哈铁16日通报", "于20日"), nor is a rate per day a count ("taking 180 wagons a day",
//     «тәулігіне 150 көлікке»);
//     approximate counts and numerals count ("1200多节", "两天", "двухсот фур", "200+ wagons", "forty trucks",
//     the Russian noun before its number: «впереди фур 400», not «очередь фур 5 км»; not a measure word
//     doubled, "车一辆辆往外走"), a queue told in speech counts ("已经排第4天", "排了整整五天", "憋了五天"; not
//     安排, 排名), the open crossing ends it ("终于通了", "恢复放行"), a wait that reached a week is seven
//     days («простой достигает недели», "bir aptaǵa jetti"), a range of days counts its upper bound, in
//     words as in digits («по три-четыре дня», "төрт-бес күн", "3–4 дня" are 4, 5, 4), a week is seven days, 昼夜 (days and nights) a day,
//     ("на неделю", "two weeks", "waiting a week", "关闭一周", "快一个礼拜"; not "two weeks ago", nor 礼拜天, a Sunday), days spent at a crossing are a wait ("spent up to five
//     days at Bakhty"), and of two crossings the count's own clause names its place, not one named as the way round it ("建议改走霍尔果斯")
//     nor the one the traffic goes to («Алтынкөл станциясында Қорғасқа өтуді күткен 900 вагон», "bound for
//     Khorgos", «передачи на станцию Хоргос»). A delay denied by
//     a verb of observing («не наблюдается», "not observed", «не было зафиксировано простоя») is none, and so is one reported and denied
//     («опровергли сообщения об очередях», "denied reports of a backlog", "dismissed social media claims that the
//     Kalzhat crossing had been closed", "rejected reports of a backlog"; not a person dismissed). The wait told after the end
//     of a delay counted with its wagons or trucks is that delay's days («Часть составов ожидает более 12 суток»,
//     "Keıbir vagondar altynshy táýlik shekarada tur"; not people awaiting an answer: «Министерство ожидает ответа
//     … в течение двух недель»), and the wagons or trucks told in
//     the past after an end that counted none («Накануне там простаивали 520 вагонов», "at its peak",
//     "此前…一度达到1300节"), whatever goods they carry ("many carrying frozen meat"), are its count, listed once, with the wait a relative clause on them tells («часть из которых ожидала
//     передачи на станцию Хоргос более пяти суток», "some of which had waited four days"), the crossing
//     they go to being no place of its own; the road crossings to Uzbekistan and Kyrgyzstan (Zhibek Zholy, Korday)
//     are crossings as the rail ones are (by the noun of a crossing, «Жібек жолы өткелінде», not the Silk Road), and goods held there without their papers are no delay, counted in tonnes or in trucks, the papers
//     told missing too ("because their phytosanitary certificates were missing", «из-за отсутствия
//     сертификатов»); under a headline's end they are the lead's own delay, unless the lead tells the end too (the merged end
//     then quoting the headline that counts its days), and a count in the Kazakh perfect ("540 жүк көлігі
//     тұрған") is the end's as the past is. A first clause that counts the wait and names no crossing ("The wait has reached 12
//     days, and … at Alashankou") is the wait at the crossing reported before, and a wait of the wagons after
//     a cut that counted nothing is where they were counted. Traffic told normal, stable or free with no
//     delay of the sentence's own («Сейчас всё нормализовалось, поезда проходят без задержек», "the crossing
//     operates as normal", "qazir jaǵdaı turaqtaldy") ends the delay the article reported, unless it names
//     another crossing («Алтынколь – Хоргос, где ситуация стабильная», «ал Алтынкөл – Қорғас бағытында жағдай тұрақты» are none). A count and its end after a
//     contrast ("900 wagons were held at Altynkol, but the backlog has now been cleared") are two facts, and
//     so are two crossings each with a delay in a clause of its own ("Alashankou accepted only nine trains a
//     day instead of 14, leaving 700 wagons waiting at Dostyk", "With Alashankou taking only eight trains a
//     day, the number of wagons idling at Dostyk has climbed past 1,100": a number climbed past or risen above
//     is the count now; in Chinese each at its clause's head, not in one of cause: "阿拉山口站每日接车由16列降至10列，
//     多斯特克站待交接车皮已超过1300节"), and a list of three or four crossings each counted in a clause of its own («Нур Жолы — 320 фур,
//     Бахты — 140 фур, Калжат — 60 фур») is one delay each, none unless each has its count;
//     not a count compared ("up from 410 … when Altynkol was closed"; "more than 600
//     wagons" is a bound, no comparison).
//
// # Commodities
//
// A Mention's commodity is one of Commodities, lowercase English:
//
//	grain, wheat, barley, corn, rice, oats, flour, feed (bran, oilcake and mixed feed), flax, soybeans,
//	sunflower seeds, rapeseed, safflower, oilseeds, vegetable oil, lentils, pulses, sugar, cotton, fruit,
//	vegetables, meat (including horse meat), beef, mutton, pork, poultry, offal, hides, wool, livestock,
//	dairy, eggs, fish, animal products, agricultural products.
//
// Live animals («живых животных», "тірі жануарлар", the Kazakh «мал» in every case: «тірі малға», "malǵa"),
// cloven-hoofed animals and animals named by sex or age ("breeding ewes", «овцематки») are livestock; a
// skin or meat named with its animal is a hide or that meat ("cattle hides", «мал терісін», "sheep meat"), but the
// animal before "animal products" leaves them animal products.
// AnimalProducts lists those a meat_ban can concern; a ban on fruit or grain is not a meat ban. A
// mention names the first commodity of its sentence (for a ban, past goods that name plants' trade,
// "肉类加工企业", unless only they stand in the verb's clause), or for a volume the one nearest its figure, its head
// noun rather than the share after "mostly" ("12,4 тыс. тонн мяса, преимущественно говядины" is meat;
// so are all the shares it lists: «масличных культур, прежде всего подсолнечника и льна» are oilseeds, and a
// Chinese importer's goods with their share, "饲料（主要为麸皮和油渣）", name no sources, nor does 主要 before
// what the goods are for or where they go on: "…1.2万吨，主要用于饲料", "主要流向甘肃的饲料企业"; 主要来自 and
// 主要是 with a country do), a list's category after 等
// ("小麦、面粉等粮食产品" are grain)
// or after "of which" with a fraction and no figure, a pair of goods joined by "and" named by its first
// ("vegetables and fruit", «астық пен ұн», «мяса и субпродуктов»; not a longer list, nor goods given respectively; 蔬菜水果 and «овощей и фруктов» are vegetables, 偶蹄动物产品 animal products) ("180万吨，其中三分之一为大麦", «из них треть — ячмень»),
// and a word of goods in general before another commodity only qualifies it ("feed barley",
// «продовольственной пшеницы» are barley and wheat); goods before a noun of people name their trade, not a
// ban's goods ("Good news for our livestock farmers: Vietnam has added two Kazakh beef plants" is beef). A
// word of harvest after "new" names the crop the goods are of, it measures no harvest ("300,000 tonnes of
// Kazakh durum wheat from the new crop", «пшеницы нового урожая», "new-crop wheat", «жаңа егіннен»). Goods
// counted in the equivalent of one of them are that one ("小麦及面粉（折合小麦）", "粮食和面粉（折算为粮食）"),
// and so are the parts of their total.
// Causes lists the disease codes a ban's cause may carry (fmd, avian_influenza, sheep_pox, …).
//
// # Countries
//
// Countries are ISO 3166-1 alpha-2 codes. Only what the text says is filled in: a field is left out
// rather than guessed, with one convention: a Chinese-language report of imports that names no importer
// is China's ("进口" in Chinese customs statistics). Hong Kong names itself 本港 and its government 港府, goods to it 輸港,
// as the mainland writes 我国, and Taiwan's customs (关务署) count Taiwan's imports ("據台灣財政部關務署統計，
// …自哈薩克進口小麥" is TW's). A neighbour named by one character after 对 or 向 is the destination, also
// beside a named exporter ("哈萨克斯坦对俄出口牛肉", 对吉, 對港), but not a place of China that begins so
// (塔城, 吉木乃, 吉林).
//
// # Periods
//
// An export_volume's period is the time phrase as written ("за январь-октябрь", "По итогам
// января-октября 2026 года", "in 2023", "2023 жылы", "2023年1-10月", Hong Kong's "今年首三季", "首十個月",
// the calque "In result of 2025 year" and its months "In result of January-March of 2026 year", the USDA's
// "In CY 2025"; a Kazakh month keeps its softened stem before the possessive: "2026 жылдың
// қаңтар-қыркүйегінде", "2025 jyldyń qańtar-qyrkúıegindegi"),
// months kept, and its year is set when the phrase names exactly one year; a bracket that glosses it by its
// months ("2025/26市场年度前四个月（9-12月）") is no period of its own, and a month of a part after 其中
// takes the year of its total ("2025年1-10月…；其中10月单月进口21.3万吨", also in the next sentence). (A Kazakh
// change is told by its verb after the dative amount, also as a verbal noun: «тағы 150 мың тоннаға артуы
// мүмкін», "азаюы ықтимал".) A change is not dated by the
// period it is compared with ("较2024年同期", "по сравнению с прошлым годом", «по сравнению с сентябрем», the
// Kazakh ablative «былтырғыдан»), nor is the level it moved to by the month it moved from ("fell by 40,000
// tonnes from December to 85,000 tonnes", «с августа до 310 тыс. тонн»). Of two figures compared, each keeps its own year
// ("由2022年的61.5万吨增至2023年的223万吨"; the parts told after them, «Из них …», "Of this, …", 其中…, are of the
// later year's figure, not of the base it was compared with: "41.7万吨，较2024年的28.3万吨增长47%。其中葵花籽
// 26.1万吨" is of 2025), a part dated by a month alone takes the year of the shipment it is part of
// ("2026年1至5月 … 83.5萬噸。其中，5月單月進口15.2萬噸", «Из них в мае — 152 тыс. тонн», also in the total's own
// sentence: "…126.4万吨；其中10月单月进口21.3万吨", ", of which 98,000 tonnes in June"), and one placed a year from the other ("to 131,900 tons a
// year later", "с 80,4 тыс. тонн годом ранее", "一年后增至13.19万吨", and a bracket or a clause of contrast it
// opens: «(годом ранее – 41,2 тыс. тонн)», "whereas a year earlier it shipped 29,000 tonnes", «бірақ бір жыл
// бұрын … 80 мың тонна», and the Kazakh phrase right before its figure: "62,3 мың тоннадан бір жыл өткен соң
// 118,6 мың тоннаға") takes the other's year moved by one. A Kazakh period in the attributive dates only the
// figure beside it, as «жылғы» does ("2025 jyldyń qańtar-qyrkúıegindegi 12 myń tonnadan bıyl 31 myń
// tonnaǵa"), and the same period of a year in the locative is a contrast's own («…, ал 2025 жылдың сәйкес
// кезеңінде бұл көрсеткіш 97 мың тонна болған»; the ablative «кезеңінен» compares).
// Relative phrases are periods too ("next year", «за год», "ағымдағы маусымда", "келесі маркетингтік
// жылы", 上一年度); "that year"
// («в том же году», "sol jyly") after a dated shipment takes its year. So are spans that name no date
// («за сезон», "over the year", "over the period July–October"), counted quarters («по итогам трёх
// кварталов», "үш тоқсанда", with their year: "2025 jyldyń úsh toqsanynda"), halves ("2025 жылдың бірінші
// жартысында", "ekinshi jartysynda"), the year in its short ordinal form («в 2025-м», «в 2024-м году»), the months of a season in the genitive («за первые четыре месяца сезона», "2025/26年度前四个月",
// "2025/26 marketıngtik jylynyń alǵashqy bes aıynda", «2025/26 маркетингтік жылдың алғашқы төрт айында», one
// phrase with no year), months counted of a year named relatively ("In the first ten months of this year"),
// a part of a year with no article ("in first half of the year"), a date a total runs to
// (截至10月底, over the bare 今年 beside it), years still to come counted ("over the next three years", «в ближайшие пять лет», "алдағы
// үш жылда", 未来五年), the span a plan is set for («план на месяц»), the year a contract covers in the Kazakh dative («2026 жылға»), and rates («в год», "annually",
// "jyl saıyn", 每年, and "a year", "a month" after what they count, not "within a year" or "a year
// earlier"); a rate dates a figure only when no
// other phrase of its sentence does ("в ноябре–декабре … 700 тыс. тонн в месяц" is November–December's).
//
// # Numbers
//
// Figures are read with thousands grouped by spaces, commas or (in Cyrillic text) dots, decimals by a
// comma or a dot (a dot in Chinese is always a decimal: "25.310吨" is 25.31 t), scale words in every
// language ("тыс.", "million", "мың", "万"), numbers written as words ("four million tons") and in
// Chinese numerals ("五百万吨"), a Chinese "more than" kept as the figure written ("40多吨", "12余万吨", also after the scale: "3.6万余吨") and ten
// thousand with no digit ("逾万吨", "近万吨"), and the units written after the thousands («5 тысяч 400 тонн», "3 мың 200
// тонна"; not «3 тысячи тонн пшеницы и 200 тонн ячменя»). A unit written once serves the list it ends ("400 and 250 thousand tonnes", "分别为26.4万、18.9万和7.2万吨",
// its items' buyers between, no contrast: «в Таджикистан 1,05 млн, в Афганистан 870 тыс. и в Туркменистан 260 тыс. тонн»)
// or a bare figure that ends its clause after it («210 тысяч тонн пшеницы, а в Азербайджан — ещё 90
// тысяч», "room for another 30,000"), unless money is named between. A figure told as not the one ("287,000
// tonnes …, not 387,000 tonnes as stated in an earlier version", «а не 2,1 млн тонн», «540 мың тонна емес») is
// withdrawn, no volume; a bound negated («не менее», "кем емес") keeps its figure.
package extract
