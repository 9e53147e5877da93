package extract

// enLexicon holds the English cue words. Stems match the start of a word; "=" marks a whole word.
func enLexicon() []lexEntry {
	return join(
		coded(0, codeInvite, "=invitation of", "=invited by", "=at the invitation", "=invited"), // an invitation: its host acts in nothing
		// Bans and restrictions.
		cue(fMask, "=banned substances", "=banned drugs", "=banned antibiotics", "=prohibited substances",
			"=prohibited drugs", "=banned veterinary drugs"), // drugs banned in farming, no ban of trade
		cue(fBanNoun, "=ban", "=bans", "restriction", "embargo", "moratorium", "=curbs", "=curb on", "=curbs on"),
		cue(fBanNoun|fImposed, "=banned", "=banning", "prohibit", "=restricted", "=restricts", "=restrict",
			"=restricting"),
		cue(fImposed, "=imposed", "=impose", "=imposes", "=imposing", "=introduced", "=introduces", "=extended",
			"=tightened", "=blocked", "=in force"),
		// Curbs are restrictions: "China curbed imports of Kazakh mutton", "curbs on Kazakh beef".
		cue(fImposed, "=curbed", "=curbing"), cue(fBanNoun|fImposed, "=curbs"),
		cue(fBanNoun|fImposed, "=barred", "=bars", "=barring"), // "Russia has barred beef from two Kazakh plants"
		// The verb of stopping carries the trade it stops: "Kazakhstan stopped exporting live sheep".
		cue(fImposed|fExport, "=stopped exporting", "=stops exporting", "=has stopped exporting", "=halted exports"),
		cue(fImposed|fImport, "=stopped importing", "=stops importing", "=halted imports"),
		cue(fBanNoun|fImposed|fDelay, "suspension"),
		cue(fImposed|fDelay, "suspend", "=stopped", "=stops", "=halted", "=halts", "=closed"),
		cue(fLifted, "=lifted", "=lifts", "=lifting", "=lift", "=removed", "=removes", "=remove", "=removal", "=revoke",
			"=revoked", "=revokes", "=resumption", "=resume", "=resuming", "market access", "=access to", "=approved",
			"=allowed", "=allows", "=to allow", "=permitted", "=granted", "=cancelled", "=canceled", "=unblocked",
			"=two-year break", "=after a break", "=re-entry",
			// Trade back after a break of some length: "returns to Iran after eight-month break".
			"month break", "year break", "week break", "=after a hiatus", "=after a pause", "=received permission", "=got permission",
			"=obtained permission", "=permission to export"), // "received permission to export wool": access given
		// The right to ship given, as «получили право экспорта»: "three plants were granted the right to export".
		cue(fLifted|fShip, "=right to export", "=rights to export", "=right to supply", "=right to ship"),
		// A lifting something is for is hoped, not done: "the visit is important for lifting the restrictions".
		cue(fPending|fLifted, "=for lifting", "=for the lifting", "=towards lifting", "=toward lifting",
			"=towards the lifting", "=toward the lifting"),
		cue(fLifted|fWeakLift, "=open", "=opens", "=opening", "=open up", "=opening up", "=opened up", "=opened"),
		cue(fStandard, "=standards", "=standard", "=requirements", "=requirement", "=norms", "=regulations",
			"=rules", "=procedures", "=regime"),
		cue(fResult, "=results", "=result", "=results of", "=findings", "=outcome", "=outcomes", "=team's report",
			"=report", "=reports",
			// The inspectors' remarks and conclusions: "once the inspectors' remarks are addressed".
			"=remarks", "=conclusions", "=conclusion", "=shortcomings"),
		cue(fPending, "=possible", "=possibly", "=paving the way", "=pave the way", "=paves the way",
			"=depends on", "=depend on", "=hinges on", "=conditional", "=if", "=once", "=promised", "=promises",
			"=pledged", "=likely", "=prospect"),
		cue(fActNoun, "=word", "=announcement", "=decision", "=statement", "=notice", "=decree", "=order", "=notification"),
		cue(fRegion, "=region", "=regions", "=province", "=oblast", "=krai", "=district", "=prefecture"),
		cue(fMainly, "=mostly", "=mainly", "=primarily", "=largely", "=chiefly", "=predominantly", "=principally"),
		cue(fMask, "territorial inspection"),
		// An inspectorate is an agency: "its veterinary inspectorate said", "Uzbekistan's State Veterinary
		// Inspectorate allowed imports": the country before it acts.
		cue(fMask|fAgency, "=inspectorate", "=inspectorates"),
		cue(fService, "=veterinary service", "=veterinary services"),
		cue(fLifted|fEnded, "=resumed", "=resumes", "=reopened", "=reopens", "=reopening"),
		// Restrictions resumed are imposed again, as "reinstated" is: "resumed restrictions on Kazakh beef",
		// "a possible resumption of the ban" (a ban told possible); masked, they inherit no lifting.
		cue(fMask|fBanNoun|fImposed, "resumed restrictions", "resumed its restrictions", "resumed the restrictions",
			"resumed its ban", "resumed the ban", "resumption of restrictions", "resumption of the restrictions",
			"resumption of the ban", "resume restrictions", "resume the ban", "resume its ban"),
		cue(fPending|fLifted, "=may lift", "=may resume", "=could lift", "=could resume"),
		// The passive hedged is a lifting awaited too, not "could be" a forecast: "could be lifted".
		cue(fPending|fLifted, "=could be lifted", "=may be lifted", "=might be lifted", "=could be removed",
			"=may be removed", "=might be removed"),
		cue(fPending, "=might", "=ready to", "=is set to", "=are set to", "=intends",
			"=intend", "=shall", "=hopes", "=seeks", "=seeking"),
		// An inspection not yet held, or prepared for, is still to come.
		cue(fPlanned, "=not yet", "=yet to", "prepar"),
		cue(fPendingStrong, "prepar", "negotiat", "=talks", "consider", "=not yet", "=pending", "=final stage",
			"=working on", "=in the process", "=no official announcement", "=no official", "=no announcement",
			"=decide", "=decision on", "=whether to",
			"=no decision", "=still no", "=yet to", "=has yet to", "=have yet to", "=not been decided"),
		// Plants put into a register, however many words the verb stands from it: "included four Kazakh
		// plants in register", "entered three plants into the register" (a register named alone, "the plants
		// listed in the register", enters no one).
		cue(fLifted, "=into the register", "=into register", "=in register", "=to the register"),
		// Restrictions withdrawn or ended are lifted: "the restrictions … have been withdrawn", "ending the ban
		// on Kazakh lamb". A request withdrawn ("withdrew its request") lifts nothing.
		cue(fLifted, "=have been withdrawn", "=has been withdrawn", "=were withdrawn", "=was withdrawn"),
		cue(fLifted|fBanNoun, "=withdrew the restrictions", "=withdrew its restrictions", "=withdrew the ban", "=withdrew its ban",
			"=ending the ban", "=ended the ban", "=end the ban", "=ending its ban", "=ended its ban", "=end its ban",
			"=ending the restrictions", "=ended the restrictions", "=ending its restrictions", "=ended its restrictions",
			"=an end to the ban", "=an end to the restrictions"),
		cue(fLifted, "added to the register", "included in the register", "=registered", "=no longer apply", "=will no longer apply", "=no longer in force", "=no longer be applied",
			"=will no longer"),
		// A permission that continues is no news of a ban or its end: "Imports from Turkey remain allowed".
		cue(fDenied, "=remain allowed", "=remains allowed", "=still allowed", "=remain permitted", "=remains permitted"),
		cue(fDenied, "=deny", "=denies", "=denied reports", "=dismissed reports", "=refuted", "=refutes",
			// The participle beside a statement: "…, denying reports of a backlog at Bakhty".
			"=denying", "=refuting", "=dismissing reports", "=dismissed media reports", "=denied media reports",
			"=dismissed the reports", "=denied the reports", "=dismissing media reports",
			// Claims dismissed or rejected as reports are: "dismissed social media claims that the Kalzhat
			// crossing had been closed".
			"=dismissed claims", "=dismissed social media claims", "=dismissed media claims", "=dismissed online claims",
			"=dismissing claims", "=rejected claims", "=rejected reports", "=rejecting claims", "=rejecting reports"),
		cue(fExempt, "=does not apply to", "=do not apply to", "=does not cover", "=do not cover", "=is exempt",
			"=are exempt", "=exempted", "=not covered by", "=not subject to", "=spared from", "=was spared", "=were spared",
			// Left out in the past too: "The ban did not cover Brazilian poultry".
			"=did not cover", "=didn't cover", "=did not apply to", "=didn't apply to", "=does not extend to",
			"=did not extend to", "=was exempt", "=were exempt"),
		cue(fDenied, "=allegedly", "=false reports"), // "reports that China allegedly banned … were false"
		// A report unconfirmed tells no ban: "reports that Russia halted imports … have not been confirmed".
		cue(fDenied, "=not been confirmed", "=unconfirmed", "=no official confirmation"),
		// No plan made: "the question of restricting meat imports was not on the agenda".
		cue(fDenied, "=not on the agenda", "=off the agenda", "=not on its agenda"),
		cue(fDelay, "=slowed", "=slowed down", "=slowdown", "=slowing", "=limited the number", "=limits the number"),
		cue(fDenied, "rumour", "rumor", "=proved false", "=never", "=no inspection", "=not planned", "=denied",
			"=denies", "=no plans", "=no plan", "=fake", "=untrue"),
		cue(fPending, "=soon", "=shortly"),
		// "an inspection … would start on 12 May": still to come, as with "will".
		cue(fPending|fPlanned|fForecast, "=would"),
		cue(fPending|fPlanned|fForecast, "=expect", "=anticipate", "=anticipates", "=anticipated"),
		cue(fPending|fPlanned|fForecast, "=will", "=expected", "=expects", "=plans", "=planned", "=planning",
			"=plan to", "=plan is to", "=plans are to", "=aim is to", "=goal is to", "=aims", "=aim to", "=could", "=soon"),
		cue(fInForce, "=kept", "=keeps", "=keeping", "=maintained", "=maintains", "=maintaining", "=retained", "=retains"),
		// In place since: imposed then, whatever became of it ("The Chinese measure had been in place since 2023").
		cue(fImposed, "=had been in place", "=has been in place", "=have been in place", "=was in place", "=were in place"),
		// A lifting refused for the future keeps the ban: "Kazakhstan will not lift its ban".
		cue(fInForce, "=will not resume", "=won't resume", "=would not resume", "=not to resume", "=will not reopen",
			"=won't reopen", "=will not allow", "=won't allow"),
		// Permission to resume refused keeps the ban: "has not given permission to resume", "refused permission".
		cue(fInForce, "=not given permission", "=not granted permission", "=refused permission", "=denied permission",
			"=not given its consent", "=did not allow", "=has not allowed"),
		cue(fInForce, "=will not lift", "=won't lift", "=would not lift", "=not to lift", "=no plans to lift", "=no plan to lift",
			"=does not plan to lift", "=refused to lift", "=refuses to lift"),
		cue(fLifted, "=eased", "=eases", "=relaxed", "=relaxes", "=loosened"),
		// An inspection requested is still to come: "sent a request for an audit of Kazakh dairies" (the
		// phrase holds the inspection word).
		cue(fPlanned|fInspect, "=request for an audit", "=request for an inspection", "=request to audit", "=request to inspect",
			"=requested an audit", "=requested an inspection"),
		// The same with a word of its kind between: "requested a joint inspection", "asked for a remote audit".
		cue(fPlanned, "=requested a joint", "=requested a remote", "=requested a video", "=requested an on-site",
			"=requested a new", "=requested a repeat", "=requested a second", "=request for a joint",
			"=request for a remote", "=request for a video", "=request for an on-site", "=request for a repeat"),
		// A ban not to be extended, or that runs out, ends at its term: a lifting still to come ("will not
		// extend its ban after 31 December", "the ban expires in March").
		cue(fPending|fLifted, "=will not extend", "=won't extend", "=will not renew", "=won't renew", "=not to extend",
			"=will not be extended", "=won't be extended", "=will not be renewed", "=expires", "=will expire",
			"=will not be prolonged", "=won't be prolonged", "=will not prolong", "=won't prolong"),
		// A market that stays closed keeps its ban: "the Chinese market remains closed to Kazakh pork".
		// No permission is a market closed: "Kazakh plants have no permission to export pork to China".
		cue(fInForce|fImposed, "=no permission", "=no permit", "=no access"),
		cue(fInForce|fImposed|fDelay, "=remains closed", "=remain closed", "=stays closed", "=stay closed", "=stayed closed", "=remained closed", "=still closed"),
		// Plants registered to export have access, like 在华注册: "China approved the registration of five
		// Kazakh beef plants".
		cue(fLifted|fExport, "=approved the registration", "=registered for export", "=registration for export"),
		// Plants entered in the list of approved exporters, as plants entered in a register: "added three
		// Kazakh plants to the list of approved exporters" (a list published enters no one).
		cue(fLifted, "=to the list of approved", "=to the list of plants", "=to the list of companies", "=to the list of exporters",
			"=in the list of approved", "=on the list of approved", "=to its list of approved", "=to its list of plants",
			"=to its list of exporters", "=to their list of approved", "=to its register", "=into its register"),
		// Plants reinstated regain access, as plants admitted do: "after GACC reinstated three plants". A ban
		// reinstated is imposed again.
		cue(fLifted|fMarket, "=reinstated", "=reinstates", "=reinstate", "=relisted", "=re-listed", "=restored access"),
		cue(fImposed|fBanNoun, "=reinstated the ban", "=reinstated its ban", "=reinstated a ban", "=reinstated restrictions",
			"=reinstated the restrictions", "=reinstated its restrictions", "=reinstated the suspension"),
		cue(fImposed, "=put a hold on", "=put a temporary hold on", "=placed a hold on", "=on hold"),
		// Trade still stopped is a ban kept: "beef shipments remain suspended".
		cue(fInForce, "=remain suspended", "=remains suspended", "=still suspended", "=remain halted", "=remains halted"),
		cue(fInForce, "=remains in force", "=remain in force",
			"=remains in place", "=remain in place", "=stays in place", "=stay in place", "=stayed in place",
			"=remains in effect", "=remain in effect", "=stays in effect", "=stay in effect", "=still in force", "=still in place", "=has not been lifted",
			"=have not been lifted", "=not been lifted", "=not lifted", "=still banned", "=remains banned"),

		// Inspections.
		cue(fInspect, "inspect", "=audit", "=audits", "=audited", "=auditing", "assess", "=examined",
			"=examine", "=examination", "documentary check", "document check", "on-site check", "=verification",
			"=checked"),
		cue(fMask, "state veterinary inspection", "inspection and quarantine", "quarantine and inspection", "inspection committee",
			"state inspection", "inspection service", "safety and inspection", "=inspector general",
			"inspection agency", "inspection department"),
		// Plant quarantine guards crops: its "plant" is no plant inspected ("the Agency for Plant Quarantine").
		cue(fAgency, "=plant quarantine", "=plant protection and quarantine"),
		// Inspectors invited are still to come: "Kazakhstan invited Saudi experts to inspect its plants".
		cue(fPlanned, "=invited"),
		// An inspection whose dates are not yet set is still to come: "its dates have not yet been set".
		cue(fPlanned, "=dates have not yet been set", "=dates have not been set", "=date has not yet been set",
			"=date has not been set", "=dates are yet to be set", "=date is yet to be set"),
		cue(fVisit, "=visit", "=visits", "=visiting", "=tour", "=mission"),
		cue(fVisit|fDone, "=visited", "=toured"),
		// Inspectors who acquaint themselves with the work of plants visit them.
		cue(fVisit|fPlanned, "=will familiarize themselves with the work", "=will familiarise themselves with the work"),
		cue(fVisit, "=familiarize themselves with the work", "=familiarise themselves with the work",
			"=familiarized themselves with the work", "=familiarised themselves with the work"),
		// A round still to come after one done: "completed an inspection … and will return in spring for a
		// second round".
		cue(fVisit|fPlanned, "=will return", "=will come back"),
		cue(fVisit, "=second round", "=second stage", "=second phase"),
		cue(fVisit|fPlanned, "=will visit", "=will arrive", "=to visit", "=to tour", "=arrive", "=arrived"),
		// The verb of plans before its object: "plan an on-site visit" (the noun "a plan" has its article
		// before it).
		cue(fPlanned, "=plan a", "=plan an"),
		// A check as the purpose of a visit is dated by the visit: "visited slaughterhouses … to check
		// compliance", "are scheduled to return … to check the laboratories".
		cue(fInspect, "=to check"),
		// Inspectors on their way: "Kazakh inspectors head to Brazil", "will travel to Brazil to audit".
		cue(fVisit|fPlanned, "=head to", "=heads to", "=travel to", "=travels to"),
		cue(fMask, "=as planned", "=as scheduled"), // "the inspection took place as planned": no plan still to come
		// A plan that was changed dates nothing: "originally planned for March, took place in April".
		cue(fMask, "=originally planned", "=originally scheduled", "=initially planned", "=initially scheduled"),
		cue(fDone, "=took place", "=has taken place", "=have taken place"),
		cue(fInspector, "inspectors", "=experts", "=specialists", "delegation", "=officials", "=veterinarians",
			"=auditors", "=vets", "=inspector", "=veterinarian", "=team",
			"=colleagues",       // a speaker's foreign counterparts: "our Chinese colleagues visited the plants"
			"=representatives"), // "Representatives of Iran's veterinary organisation visited slaughterhouses"
		cue(fTarget, "enterprise", "=plants", "=plant", "slaughterhouse", "abattoir", "facilit", "veterinar",
			"laborator", "=farms", "=farm", "producer", "exporter", "=companies", "=company", "processing",
			"=elevators", "register"),
		cue(fPlanned|fPendingStrong, "=pending a", "=pending an", "=pending the"),
		cue(fPlanned,
			"=scheduled", "=upcoming", "=is to", "=are to", "=next month", "=next week", "=is due to",
			"=are due to", "postpone", "=will start", "=next spring", "=next year",
			// An inspection the plants are to undergo, in a headline's infinitive or a future: "Kazakh meat
			// plants to face Saudi audit", "will undergo an audit".
			"=to face", "=to undergo", "=the next stage", "=the next step", "=next stage", "=next step", "=will face", "=will undergo", "=to be audited", "=to be inspected"),
		cue(fPlanned|fInspect, "=to inspect", "=to audit", "=will inspect", "=will audit", "=will be inspected",
			"=will be audited", "=will check", "=will be checked"),
		// Studied the work of plants, as inspectors do: "studied the work of laboratories".
		cue(fVisit, "=studied the work", "=will study the work"),
		cue(fVisit|fPlanned|fInspector, "=will send experts", "=will send inspectors", "=will send a team", "=to send experts",
			"=to send inspectors", "=will send auditors", "=to send auditors"),
		cue(fInspector, "=auditors", "=auditor"),
		cue(fPlanned, "=is set to", "=are set to", "=are due to"),
		cue(fPlanned, "=must"), // inspectors who must inspect have an inspection still to do
		cue(fDone, "=conducted", "=completed", "=carried out", "=after", "=following", "=passed",
			"=held", "=results of", "=finished"),
		cue(fAfter, "=after", "=following", "=results of"),
		coded(fAfter|fDone, codeCompleted, "=after completing", "=after completion of", "=after conducting", "=having completed"),
		cue(fDone|fInspect, "=audited", "=examined", "=checked", "=assessed"),
		// Papers studied in the past date a documentary check as done: "reviewed the questionnaires".
		cue(fDone, "=reviewed", "=studied"),
		cue(fDone|fInspect, "=inspected", "=has audited", "=have audited", "=were audited", "=was audited"),

		// Trade.
		cue(fExport, "export", "=shipped", "shipment", "=outbound"),
		// Goods sold or sent abroad are exported ("sold 420,000 tonnes of grain abroad"); bought "from
		// abroad" they are the buyer's imports in total (fromAbroad).
		cue(fExport, "=sold abroad", "=sells abroad", "=sell abroad", "=shipped abroad", "=sent abroad"),
		cue(fExport, "=to foreign markets", "=to foreign buyers", "=to overseas markets", "=to overseas buyers"),
		cue(fShip, "=selling", "=sell", "=sells"),
		coded(fNonTrade, codeTransit, "transit"), // goods in transit are no trade of the transit country, nor of the two ends
		// A permit for transit lets goods cross, no market opened: "issued a transit permit for 40 tonnes of beef".
		coded(fNonTrade|fMask, codeTransit, "transit permit", "permit for transit", "permits for transit", "=allowed transit",
			"=allowed the transit", "=approved the transit", "=permitted the transit", "=permitted transit"),
		cue(fImport, "import", "=purchased", "=bought", "=purchases", "=buy", "=buys", "=received", "=receive",
			"=receives"),
		coded(fCommodity|fExport, "agricultural products", "agro-export", "agroexport", "agri-export",
			"agricultural export", "farm export", "farm produce", "agricultural produce", "agro-food"),
		cue(fOnly, "=only", "=just"),
		cue(fAttrib, "=said", "=says", "=according to", "=reported", "=reports", "=told", "=stated",
			"=press service", "=informs", "=informed that", // "the committee informs that …"
			"=noted", "=estimates", "=calculated", "=calculates"), // "…, analysts at X calculated"
		cue(fShip, "=supplied", "=supplies", "=supply", "=supplying", "=delivered", "deliver", "=shipping", "=ships",
			"consignment", "=batch", "=sold", "=sales", "=sent", "=dispatched", "=came from", "=come from",
			"=totaled", "=totalled", "=amounted", "=ship", "=cleared customs"),
		// Readiness, ability and hope are forecasts, as the Russian «готова поставить» and 希望. (A hope in a
		// later clause is not the figure's: "shipped 4,300 tonnes in 2023, and exporters hope to return to
		// that level" hopes for the next figure; hopeWords keep it to its clause.)
		cue(fForecast, "=ready to", "=able to", "=capable of", "=capacity to", "=ability to", "=willing to"),
		// Hope is a forecast of a figure, and a lifting hoped for is asked: "hopes to resume poultry exports".
		cue(fForecast|fAsk, "=hopes to", "=hope to", "=hoping to"),
		cue(fForecast, "=booked", "=has booked", "=have booked", "=had booked"), // a booking is a contract: "buyers had booked 60,000 tonnes"
		cue(fForecast, "=contract", "=contracts", "=contracted", "=agreed to", "=agreed on", "=agreement", "=deal", "=tender", "=tenders", "=interest in", "=interested", "=memorandum"),
		cue(fForecast, "forecast", "potential", "=might", "=target", "=targets", "=projected", "=projection", "=plan",
			"=intends", "=would", "=outlook", "=may reach", "=may export", "=may increase", "=may be", "=could be",
			"=up to", "room for", "=scope for", "=headroom"),
		cue(fNonTrade, "gross harvest", "=threshed", "=sown", "=storage", "harvest", "=production", "=produced", "=produce", "capacity", "=stocks", "consumption",
			"=crop", "=crops", "=yield", "=output", "=reserves", "=processed", "=processing", "=handled", "=milled", "=ground", "=crushed"),
		cue(fTotal, "=out of", "=in total", "=total"),
		cue(fUnit, "=ton", "=tons", "=tonnes", "=tonne", "=t", "=mt", "=kt", "=kmt", "=mmt", "=thousand",
			"=million", "=billion", "=mln"),
		cue(fAgency, "ministry of agriculture", "agriculture ministry", "=ministry", "=minister", "=government", "=authorities", "=authority", "=customs",
			"=regulators", "=watchdog",
			"administration", "=side", "=counterparts", "=embassy", "=department", "=agency", "=committee", "=regulator",
			"=officials", "=president", "=premier", "=watchdog", "=organisation", "=organization",
			// "Experts from the Veterinary Directorate of Turkey", "Russia's Federal Service for Veterinary and
			// Phytosanitary Surveillance": the agency's country is who acts.
			"=directorate", "=federal service",
			// A service named in full is one agency: "Kazakhstan's Veterinary Control and Supervision
			// Committee said …" is the committee's country acting.
			"veterinary control and supervision committee", "committee for veterinary control",
			"veterinary control committee", "veterinary and phytosanitary surveillance", "veterinary committee",
			// A food safety authority named in full ("the Saudi Food and Drug Authority") is one agency.
			"=food and drug authority", "=food and drug administration", "=food safety authority",
			"=food safety agency", "=food security agency", "=food safety committee"),
		cue(fMarket|fLifted, "market access"),
		// Access sought or applied for is neither granted nor a government's request: "plants seeking access
		// to the Kazakh market", "Kazakhstan has been seeking access to the Chinese poultry market".
		cue(fMarket, "=seeking access", "=seek access", "=seeks access", "=sought access", "=applied for access",
			"=apply for access", "=applying for access", "=applied for market access", "=seeking market access"),
		cue(fMarket, "=market", "=markets", "=territory"),

		cue(fBanNoun, "=quota", "=quotas"),
		cue(fSupplier, "=suppliers", "=supplier", "=suppliers were", "=sources were", "=among exporters"),
		// "Uzbekistan remained the main destination with 410,000 tonnes": a destination is a buyer.
		cue(fMarket, "=buyers", "=buyer", "=destination", "=destinations"),
		cue(fImport, "=importers", "=importer"),
		cue(fImport|fPurchase, "=purchased", "=bought", "=buy", "=buys", "=buying", "=purchase of", "=procured"),
		cue(fBanNoun|fImposed, "=postponed imports", "=has postponed imports", "=postpones imports", "=delayed imports",
			"=has delayed imports", "=deferred imports"),
		cue(fLifted, "=abolished", "=abolishes", "=abolish", "=scrapped", "=no longer apply", "=reopen",
			"=expired", "=expires", "=lapsed", "=expire", "=expiring"), // "will expire in March", "let its ban expire"
		cue(fBanRef, "=the measure", "=the measures", "=this measure", "=these measures", "=this decision"),
		cue(fLifted|fPending, "=reconsider", "=reverse", "=review the ban"), // "asks Moscow to reconsider this decision"
		cue(fVolume, "=volume", "=this volume", "=that volume"),
		cue(fSample, "=certificates of a", "=the certificates of", "=papers of a", "=documents of a",
			"=a consignment of", "=a cargo of", "=a batch of", "=batches of",
			// "every consignment must be checked on arrival": a control of each cargo, not of exporters.
			"=every consignment", "=each consignment", "=all consignments", "=every shipment", "=each shipment", "=every batch", "=each batch"),
		cue(fSample, "=samples", "=sample", "=sampling", "=sampled", "=tightened checks", "=stepped up checks",
			"=stricter checks", "=tightened controls", "=stepped up controls", "=tightened", "=stricter", "=tighter",
			// Checks to be made stricter: "will step up inspections of Kazakh meat shipments".
			"=step up", "=steps up", "=stepping up", "=tighten", "=tightens", "=tightening"),
		cue(fNonTrade, "=trade turnover", "=bilateral trade", "=freight turnover", "=cargo turnover"),
		cue(fDocument, "certificate", "=protocol", "=memorandum"),
		cue(fKeepAccess, "=allowed to keep", "=allowed to continue", "=permitted to keep", "=permitted to continue",
			"=retained access", "=retain access", "=retained their access", "=kept their access", "=keep their access"),
		cue(fAsk, "=ask", "=asks", "=asked", "=asking", "=request", "=requested", "=requests", "=urged", "=urges", "=calls for",
			"=called for", "=call for", "=calling for", "=hope", "=hopes", "=hoped", "=seeks", "=seek", "=seeking", "=sought", "=appealed",
			// An application filed: "applied to China for the lifting". ("application" is also a rule
			// applied: "the application of regionalisation".)
			"=applied to", "=applied for", "=applies to", "=applies for"),
		// Pressing someone to act asks it to: "Kyrgyzstan presses Kazakhstan to lift beef ban", "calls on China to lift".
		cue(fAsk, "=presses", "=pressed", "=pressing", "=calls on", "=called on", "=calling on", "=call on", "=appeals to",
			"=appealed to"),
		cue(fDomestic, "=domestic", "=domestically", "=within the country", "=inside the country", "=from farmers", "=from local farmers",
			// Goods sent into storage or to mills at home (storeWords): "went to elevators".
			"=to elevators", "=to grain elevators", "=to storage", "=into storage", "=to local mills"),
		// A newsletter is chrome in the box that asks to sign up or subscribe, not as the source of the
		// news ("…, the Grain Union said in a newsletter to members").
		cue(fChrome, "=sign up", "=subscribe", "=cookie", "=cookies", "=privacy policy",
			"=log in", "=register now", "=advertisement",
			// A teaser of another article: its headline is that article's fact, not this one's.
			"=read more", "=read also", "=also read", "=see also", "=related:", "=related stories", "=related articles"),
		cue(fVisit, "=toured", "=tour", "=tours", "=touring"),
		cue(fInspect, "=checking", "=examining", "=inspecting", "=auditing", "documentary review", "document review",
			"desk review", "remote audit", "video audit", "on-site visit", "on-site visits"),
		cue(fMask, "veterinary and sanitary inspection", "phytosanitary inspection", "sanitary inspection",
			"state inspection", "inspection committee", "inspection service"),
		cue(fDelay, "=reduced the number of trains", "=reduces the number of trains", "=accepting fewer",
			"=cut acceptance", "=reduced acceptance of", "=limited acceptance", "=fewer wagons",
			"=cut the number of trains", "=cuts the number of trains", "=reduced acceptance",
			"=fewer trains", "=accepts fewer", "=queuing", "=queueing", "=waiting",
			// Traffic that awaits its turn at a crossing: "1,240 wagons were awaiting handover at Dostyk".
			"=awaiting handover", "=awaiting transfer", "=awaiting transshipment", "=awaiting clearance",
			"=awaiting entry", "=awaiting crossing", "=awaiting acceptance", "=awaiting dispatch"),
		cue(fCargo, "=railcars", "=wagons", "=lorry", "=vehicles", "=traffic"),

		// Borders.
		coded(fPlace, "Dostyk", "=dostyk", "=dostyq", "=dostik"),
		coded(fPlace, "Alashankou", "=alashankou", "=alashan", "alataw pass", "=alashankou's"),
		coded(fPlace, "Khorgos", "=khorgos", "=horgos", "=khorgas", "=horgas", "=huoerguosi"),
		coded(fPlace, "Altynkol", "=altynkol", "=altynkól", "=altynkul"),
		coded(fPlace, "Bakhty", "=bakhty", "=bakhti", "=bahty"),
		coded(fPlace, "Maikapchagai", "=maikapchagai", "=maykapshagay", "=maikapshagai"),
		coded(fPlace, "Nur Zholy", "=nur zholy", "=nur-zholy", "=nurzholy"),
		coded(fPlace, "Kalzhat", "=kalzhat", "=kolzhat"),
		// The crossings to Central Asia and Russia by road: Saryagash, Zhaysan, Tazhen, Kairak.
		coded(fPlace, "Saryagash", "=saryagash", "=saryaghash"),
		coded(fPlace, "Zhaysan", "=zhaysan", "=zhaisan"),
		// The road crossings to Uzbekistan and Kyrgyzstan where trucks queue: Zhibek Zholy, Korday.
		coded(fPlace, "Zhibek Zholy", "=zhibek zholy", "=zhibek zholu", "=jibek joly"),
		coded(fPlace, "Korday", "=korday", "=kordai"),
		coded(fPlace, "Tazhen", "=tazhen"),
		coded(fPlace, "Kairak", "=kairak", "=kayrak"),
		cue(fBorder, "=border", "=borders", "border crossing", "checkpoint", "=crossing", "=crossings",
			"=frontier", "=dry port", "=land port", "=junction"),
		cue(fDelay, "=stoppage", "=stoppages", "=halt", "=stuck", "=waiting", "=wait", "=waits", "=waited", "=lined up", "queu", "backlog", "=being held", "=held at",
			"=turned back", "=turn back", "idling", "=idle",
			// The Russian «простой» put into English, told by how long it lasts or whose it is: "the downtime is
			// reaching 5 days", "wagon downtime" (a terminal's downtime for maintenance is none).
			"=downtime is reaching", "=downtime reaches", "=downtime reached", "=downtime exceeds", "=downtime exceeded",
			"=downtime has reached", "=downtime of wagons", "=downtime of trucks", "=wagon downtime", "=truck downtime",
			"=delay", "=delays", "=delayed", "congest", "=closure", "=closing", "=refused", "=refusal",
			"=refuse", "=refuses", "=idle", "=clogged", "=jammed", "=overcrowded", "=piled up", "=pile-up", "=jam", "=jams", "=stranded", "=standing",
			"=bottleneck", "=held up", "=disruption", "=disruptions", "=will be closed", "=will not operate",
			"=will not work", "=shut", "=shut down", "=suspended operations", "=had waited", "=have waited", "=have stood", "=has stood", "=had stood",
			// Wagons or trucks that stand at a station: "More than 700 wagons stand at Altynkol".
			"=wagons stand", "=railcars stand", "=trucks stand", "=lorries stand",
			// Held, said of the cargo: "about 2,000 wagons were held on the Dostyk-Alashankou route"
			// (meetings are held too).
			"=wagons were held", "=railcars were held", "=trucks were held", "=lorries were held", "=wagons are held",
			"=trucks are held", "=lorries are held",
			// Cargo that has not moved: "300 lorries have not moved at Bakhty for three days".
			"=have not moved", "=has not moved", "=had not moved",
			// A driver's own wait: "I have been here five days already".
			"=have been here", "=has been here", "=been stuck here",
			// Traffic slowed: "Container trains on the Altynkol–Khorgos route are moving slowly".
			"=moving slowly", "=slowed down", "=slowdown",
			// The time wagons stand, and traffic backed up: "Wagon dwell time at Dostyk has reached 12
			// days", "1,800 wagons were backed up at Dostyk".
			"=dwell time", "=dwell times", "=were backed up", "=are backed up", "=was backed up", "=remain backed up",
			"=backed up at", "=backed up on", "=backed-up wagons", "=backed-up trucks", "=standstill"),
		// A queue system, not a queue: "an electronic queue for trucks was introduced".
		cue(fMask, "electronic queu", "e-queu"),
		cue(fEnded, "=returned to normal", "=return to normal", "=cleared", "=ended", "=back to normal", "=normalized", "=normalised", "=restored",
			"=resolved", "=eased", "=eases", "=back on schedule",
			// The wagons that waited all handed over: "the 800 wagons held at Khorgos have all been handed over".
			"=all been handed over", "=were all handed over", "=all been cleared", "=fully handed over",
			// A queue told gone: "Queue of trucks at Khorgos is eliminated", "truck queue dispersed".
			"=eliminated", "=dispersed",
			// A queue told gone, as a chat writes it: "update - queue gone, trucks going thru normally".
			"=queue gone", "=queue is gone", "=queue has gone", "=queues gone", "=queues are gone", "=backlog gone",
			"=backlog is gone", "=jam is gone", "=no more queue"),
		cue(fEndedWeak, "=normal operation", "=normally", "=as usual", "=normal intake", "=came to an end"),
		// A delay told over: "the jam … is over" (overEnds keeps "is over 3 km long" out).
		cue(fEnded, "=is over", "=are over", "=was over"),
		// Traffic told as normal or stable again: an end only after the delay named ("queues formed, but
		// traffic is now normal"); a situation stable with no delay named is news of none.
		cue(fEndedWeak, "=stabilised", "=stabilized", "=now normal", "=is normal", "=are normal", "=moving freely", "=flowing freely", "=move freely",
			"=moves freely", "=flows freely", "=running smoothly", "=operates as normal", "=operating as normal", "=works as normal"),
		// Loading toward a crossing is its traffic: "restricted the loading of grain bound for Dostyk".
		cue(fCargo, "=loading of", "=the loading of"),
		cue(fCargo, "wagon", "railcar", "=hoppers", "=hopper cars", "=gondolas", "=gondola cars", "boxcar", "flatcar", "=tank cars", "=trains", "=train", "container", "=trucks", "=truck", "=lorries",
			"=cargo", "freight"),

		// Causes.
		coded(fCause, "fmd", "foot-and-mouth", "foot and mouth", "=fmd"),
		coded(fCause, "avian_influenza", "avian influenza", "bird flu", "avian flu", "=hpai", "=h5n1"),
		coded(fCause, "sheep_pox", "sheep pox", "sheep and goat pox", "sheeppox"),
		coded(fCause, "african_swine_fever", "african swine fever", "=asf"),
		coded(fCause, "lumpy_skin_disease", "lumpy skin"),
		coded(fCause, "ppr", "peste des petits ruminants", "=ppr"),
		coded(fCause, "brucellosis", "brucellosis"),
		coded(fCause, "anthrax", "=anthrax"),
		coded(fCause, "bse", "=bse", "mad cow"),
		coded(fCause, "newcastle_disease", "newcastle disease"),
		coded(fCause, "bluetongue", "bluetongue"),
	)
}
