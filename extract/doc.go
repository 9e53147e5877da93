// Package extract reads facts out of agricultural news about Kazakhstan and its neighbours, in
// Russian, Kazakh (Cyrillic and the Latin alphabet of 2018), English and Chinese. It is pure: text in,
// agrowatch.Mentions out, no I/O.
//
// New compiles the lexicons once; Extract splits an article into sentences (paragraph breaks, full
// stops that survive "тыс.", "млн.", "U.S.", quotes and decimals), finds every lexicon word in one pass
// over the lowercased text, and runs the rules of a kind only on sentences whose words can make one:
// most sentences of real news mention nothing and cost a scan and a few bit tests.
//
// Kinds and what decides them:
//   - meat_ban: an animal product (or a disease of animals) and a ban, restriction or its end. Status
//     imposed, lifted or pending; by (who bans) and on (whose goods) come from case and prepositions:
//     "ввоз в Республику Казахстан … из КНР" is by KZ on CN, "Китай готов возобновить экспорт мяса … из
//     Казахстана" is by CN on KZ, pending.
//   - inspection: an inspection, audit, visit of inspectors or documentary check, planned or done (two
//     mentions when one clause reports it done and another one still to come). An
//     agency whose name contains the word (Комитет госинспекции, "inspection and quarantine", 检验检疫)
//     is masked.
//   - export_volume: one mention per tonnage figure that is shipped, exported or imported, in metric
//     tonnes. Money, heads, percentages and ratios are never volumes; forecasts carry Forecast; a
//     country's total imports with no exporter named are left out.
//   - border_delay: trains halted, wagons waiting, backlogs, closures or refusals at a crossing, or their
//     end (status "ended"). A negated delay ("no queues", "очередей нет", "кезек жоқ", "没有滞留") is none.
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
// AnimalProducts lists those a meat_ban can concern; a ban on fruit or grain is not a meat ban. A
// mention names the first commodity of its sentence, or for a volume the one nearest its figure.
// Causes lists the disease codes a ban's cause may carry (fmd, avian_influenza, sheep_pox, …).
//
// # Countries
//
// Countries are ISO 3166-1 alpha-2 codes. Only what the text says is filled in: a field is left out
// rather than guessed, with one convention: a Chinese-language report of imports that names no importer
// is China's ("进口" in Chinese customs statistics).
//
// # Periods
//
// An export_volume's period is the time phrase as written ("за январь-октябрь", "в 2023 году",
// "in 2023", "2023 жылы", "2023年"), and its year is set when the phrase names exactly one year.
package extract
