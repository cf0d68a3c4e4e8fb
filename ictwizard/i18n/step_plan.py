"""Strings of steps 6 to 8: streefdoel, actieplan and rapport, with their F1 help."""

from __future__ import annotations

NL: dict[str, str] = {
    # -- step 6: streefdoel -----------------------------------------------------------------
    "goal.hours": "{value} u",
    "goal.sg_level": "SG-niveau",
    "goal.key.choose": "Kiezen",
    "goal.key.accept": "Overnemen",
    "goal.key.pick": "Persoon kiezen",
    "goal.key.edit_overleg": "Wijzigen",
    "goal.key.add_overleg": "Nieuw overleg",
    "goal.key.remove_overleg": "Verwijderen",
    "goal.key.adopt_overleg": "Overleg van model",
    "goal.tab.model": "Doelmodel",
    "goal.tab.tasks": "Taakverdeling",
    "goal.tab.mandates": "Mandaten",
    "goal.tab.model_title": "1 Doelmodel",
    "goal.tab.tasks_title": "2 Taakverdeling",
    "goal.tab.mandates_title": "3 Mandaten",
    "goal.col.rank": "#",
    "goal.col.name": "Doelmodel",
    "goal.col.score": "Score",
    "goal.col.mark": "Advies en keuze",
    "goal.col.cluster": "Cluster",
    "goal.col.decides": "Beslist",
    "goal.col.executes": "Voert uit",
    "goal.col.aanspreekpunt": "Aanspreekpunt",
    "goal.recommended": "aanbevolen",
    "goal.chosen": "gekozen",
    "goal.status.chosen": "Gekozen doelmodel: {model}",
    "goal.status.unknown": (
        "Het gekozen model '{model}' staat niet (meer) in de inhoud: kies opnieuw met Enter."
    ),
    "goal.status.none": "Nog geen doelmodel gekozen — Enter kiest het gemarkeerde model.",
    "goal.score": "score {score}",
    "goal.source": "bron: {source}",
    "goal.reasons": "Waarom (+ ervoor, − ertegen)",
    "goal.no_reasons": "Geen enkele regel van dit model is van toepassing op dit team.",
    "goal.because": "want {evidence}",
    "goal.roles": "Rollen",
    "goal.cluster_levels": "Niveau per cluster",
    "goal.overleg_title": "Overleg",
    "goal.transition.none": (
        "Nog geen streefdoel: neem hieronder een voorstel over of vul het takenoverzicht "
        "van het streefdoel in."
    ),
    "goal.transition.person": "{name} {before} → {after} ({delta})",
    "goal.transition.no_hours": "niemands uren veranderen",
    "goal.transition.summary": (
        "Streefdoel tegenover nu: {people} · taken die van uitvoerder wisselen: {moves} · "
        "gaten gedicht: {closed} · nieuwe gaten: {new}"
    ),
    "goal.suggestions_title": (
        "Open voorstellen van de analyse: {count} (Enter of a: overnemen in het streefdoel)"
    ),
    "goal.from": "(van {person}, {hours})",
    "goal.nobody": "niemand",
    "goal.mandates_hint": (
        "Enter op een cel: kies wie beslist, wie uitvoert (meerdere mogelijk) en wie "
        "aanspreekpunt is."
    ),
    "goal.pick.decides": "Wie beslist over {cluster}?",
    "goal.pick.executes": "Wie voert de taken van {cluster} uit?",
    "goal.pick.aanspreekpunt": "Wie is aanspreekpunt voor {cluster}?",
    "goal.pick.hint_one": "Enter: kiezen · Esc: annuleren",
    "goal.pick.hint_many": (
        "Enter: erbij of eraf (✔ = voert uit) · 'niemand' wist de lijst · Esc: annuleren"
    ),
    "goal.overleg_empty": "Nog geen overleg vastgelegd — n: nieuw overleg",
    "goal.overleg_model.none": "Kies eerst een doelmodel (tab 1) om zijn overleg over te nemen.",
    "goal.overleg_model.some": (
        "{model} voorziet overleg dat nog niet op de lijst staat: {count} — m: overnemen"
    ),
    "goal.overleg_model.all": "Al het overleg van {model} staat op de lijst.",
    "goal.overleg.empty_line": "Beschrijf het overleg: wie, waarover, hoe vaak.",
    "goal.overleg.duplicate": "Dit overleg staat al op de lijst.",
    "goal.overleg.add_title": "Nieuw overleg (wie, waarover, hoe vaak)",
    "goal.overleg.edit_title": "Overleg wijzigen",
    "goal.overleg.hint": (
        "Bv. 'ICT-beleidsteam directie – TICT – PICT, maandelijks' · Enter: bewaren"
    ),
    # -- step 7: actieplan ------------------------------------------------------------------
    "plan.key.adopt": "Voorstel overnemen",
    "plan.key.status": "Status",
    "plan.key.owner": "Eigenaar",
    "plan.key.owner_back": "Vorige eigenaar",
    "plan.key.dates": "Data",
    "plan.key.note": "Notitie",
    "plan.col.phase": "Fase",
    "plan.col.step": "Stap",
    "plan.col.owner": "Eigenaar",
    "plan.col.start": "Start",
    "plan.col.deadline": "Deadline",
    "plan.col.status": "Status",
    "plan.col.indicator": "Indicator",
    "plan.unassigned": "toe te wijzen",
    "plan.unassigned_role": "toe te wijzen ({role})",
    "plan.unknown_phase": "Stappen die niet meer in de inhoud staan",
    "plan.status.proposal": "voorstel",
    "plan.status.todo": "te doen",
    "plan.status.bezig": "bezig",
    "plan.status.klaar": "klaar",
    "plan.status.geschrapt": "geschrapt",
    "plan.kind.output": "output",
    "plan.kind.outcome": "outcome",
    "plan.kind.impact": "impact",
    "plan.summary": (
        "Actieplan: {steps} stappen · te doen {todo} · bezig {busy} · klaar {done} · "
        "geschrapt {dropped} · zonder eigenaar {unowned}"
    ),
    "plan.proposal": (
        "Voorstel van de analyse: {steps} stappen in {phases} fasen. v: voorstel overnemen — "
        "daarna past het team eigenaar, data, status en notities aan."
    ),
    "plan.no_proposal": ("De analyse stelt nog geen stappen voor: vul eerst de vorige stappen in."),
    "plan.detail_hint": "Kies een stap om te zien waarom en hoe.",
    "plan.unknown_step": (
        "Stap '{step}' staat niet (meer) in de inhoud; ze blijft in het plan zodat er niets "
        "verloren gaat."
    ),
    "plan.phase": "Fase {order}: {name}",
    "plan.why": "Waarom: {text}",
    "plan.how": "Hoe: {text}",
    "plan.indicator": "Indicator ({kind}): {text}",
    "plan.because": "Voorgesteld want {evidence}",
    "plan.source": "Bron: {source}",
    "plan.note": "Notitie:",
    "plan.adopted": "Het voorstel staat in het actieplan: {steps} stappen.",
    "plan.dates.title": "Start en deadline van deze stap",
    "plan.dates.hint": "Bv. 2027-01-15 2027-03-01 · '-' = nog niet bekend · Enter: bewaren",
    "plan.dates.two": "Typ start en deadline, bv. 2027-01-15 2027-03-01 ('-' = nog niet bekend).",
    "plan.dates.bad": "'{value}' is geen datum: schrijf JJJJ-MM-DD, bv. 2027-01-15.",
    "plan.dates.order": "De deadline ligt vóór de start.",
    "plan.note_title": "Notitie bij deze stap",
    "plan.note_hint": "Wie helpt mee, wat is afgesproken, waarom schuift het op · Enter: bewaren",
    # -- step 8: rapport --------------------------------------------------------------------
    "report.key.save_text": "Analyse als tekst bewaren",
    "report.title": "Rapport — {name}",
    "report.key.pdf": "PDF maken",
    "report.key.pdf_anonymous": "PDF zonder namen",
    "report.pdf_intro": (
        "Het gedrukte actieplan (PDF, A4) voor directie en schoolbestuur: p maakt het naast "
        "het sessiebestand, P maakt het gepseudonimiseerd (Persoon A, B, … — voor wie de "
        "namen niet hoeft te zien). t bewaart de analyse als tekst, om te mailen."
    ),
    "report.pdf_files": "p: {pdf}\nP: {anonymous}",
    "report.pdf_busy": "Het actieplan wordt gemaakt … (dat duurt enkele seconden)",
    "report.pdf_busy_already": "Er wordt al een PDF gemaakt; even geduld.",
    "report.contents": "Wat het rapport bevat, met de antwoorden van nu",
    "report.cover": "• Voorblad: {name}, {date}, begeleider: {facilitator}",
    "report.no_date": "nog geen datum",
    "report.none": "—",
    "report.team": "• Team ({count}): {names}",
    "report.findings": (
        "• Bevindingen: niet-ingevulde taken {unassigned} (kerntaken {kerntaken}), "
        "overbelaste personen {overloaded}"
    ),
    "report.model": "• Doelmodel: {model}",
    "report.model_none": "• Doelmodel: nog niet gekozen (aanbevolen: {model})",
    "report.target": "• Streefdoel: taakverdeling ingevuld voor {done} van {schools} scholen",
    "report.mandates": (
        "• Mandaten: {done} van {clusters} clusters ingevuld · overlegorganen: {overleg}"
    ),
    "report.plan": "• Actieplan: {steps} stappen, waarvan {done} klaar",
    "report.plan_none": "• Actieplan: nog niet overgenomen (voorstel: {steps} stappen, stap 7)",
    "report.text_file": "t: de analyse als tekst bewaren in {path}",
    "report.saved": "Bewaard: {path}",
    "report.not_saved": "Niet bewaard: {path}",
    "report.not_saved_why": (
        "Het bestand kon niet geschreven worden ({reason}). Bewaar de sessie in een map waar "
        "u mag schrijven, of maak schijfruimte vrij, en probeer opnieuw."
    ),
    # -- F1 help ----------------------------------------------------------------------------
    "help.streefdoel": (
        "# Streefdoel: doelmodel, taakverdeling, mandaten en functies\n\n"
        "Waar wil het team naartoe? Het nieuwe model van **teamgerichte ICT-coördinatie** "
        "(seed 001) heeft een **ICT-beleidsteam** — de driehoek directie – TICT – PICT — op "
        "**twee niveaus**: de scholengroep/-gemeenschap én elke school. Voor technische taken "
        "is specialisatie aangewezen: een **coördinerend TICT** stuurt gespecialiseerde TICT's "
        "aan. Een **overkoepelend PICT** op SG-niveau verbindt de PICT's van de scholen. In de "
        "scholen zijn leerkrachten met ICT- of BPT-uren **ankerpunten**: brugfiguren naar hun "
        "collega's, ook voor snelle eerstelijnshulp. Er zijn **drie soorten overleg**: het "
        "ICT-beleidsteam voor beleid en visie, snelle afstemming in de dagelijkse technische "
        "dienstverlening van de TICT's, en het betrekken van leerkrachten bij de pedagogische "
        "taken — telkens met een link tussen SG en school.\n\n"
        "## 1 Doelmodel\n\n"
        "De doelmodellen, gerangschikt door de regels in `questions/models.yaml`. Per model: "
        "beschrijving, rollen met hun niveau, niveau per cluster, overleg en **waarom**: elke "
        "regel die geldt voor dit team, met **+** (ervoor) of **−** (ertegen), de feiten die "
        "hij las (bv. *want share.technisch = 0.68*) en zijn bron in de rapporten. Het eerste "
        "model is het **aanbevolen** model; het team kiest zelf met **Enter**.\n\n"
        "## 2 Taakverdeling\n\n"
        "Het blad *Streefdoel* van het takenoverzicht: wie doet straks welke taak, en hoeveel "
        'uur. Het begint als kopie van de huidige situatie ("behouden en versterken wat al '
        'goed loopt"). Bovenaan de **voorstellen** van de analyse — profiel, rol, '
        "competentieniveau, vrije uren, poolen op SG-niveau: **Enter** of **a** neemt het "
        "gemarkeerde voorstel over; het verdwijnt dan uit de lijst. De "
        "regel erboven toont wat het streefdoel verandert: "
        "uren die vrijkomen per persoon, gedichte en nieuwe gaten. Verdeel op basis van "
        "expertise en talent: de juiste persoon op de juiste plaats.\n\n"
        "## 3 Mandaten\n\n"
        "De tweede pijler van het model: **duidelijke mandaten**. Per cluster: wie **beslist**, "
        "wie **voert uit** en wie is **aanspreekpunt** die het voortouw neemt. Het is aan de "
        "directie om daar blijvend voor te zorgen, ook als het team verandert. Daaronder de "
        "overlegorganen; **m** neemt het overleg van het gekozen model over.\n\n"
        "## 4 Functies\n\n"
        "Het takenoverzicht is bedoeld als *input voor functieomschrijvingen* (seed 004): per "
        "teamlid een **ontwerp** uit het streefdoel — taken per cluster met hun uren "
        "(★ kerntaak), het competentieprofiel van die clusters, de mandaten en de rol uit het "
        "gekozen doelmodel. **Enter** schrijft de eigen tekst van het team bij die persoon "
        "(Ctrl+S bewaart). `ictwizard jobs SESSIE -o MAP` schrijft elk ontwerp als "
        "Markdown-bestand; het PDF-rapport drukt ze ook af.\n\n"
        "**Toetsen**: 1 / 2 / 3 / 4 tabblad · Enter kiezen, overnemen, persoon kiezen of tekst "
        "schrijven · a voorstel overnemen · n nieuw overleg · Enter overleg wijzigen · "
        "x verwijderen · "
        "m overleg van het model · in de taakverdeling de toetsen van het takenoverzicht "
        "(Enter wie & uren, l niveau, p prioriteit, s school)"
    ),
    "help.actieplan": (
        "# Actieplan\n\n"
        "De stappen uit `roadmaps/`, gekozen op basis van de antwoorden en de analyse, fase "
        "per fase: voorbereiden & draagvlak, in kaart brengen, visie & ICT-beleidsplan, "
        "streefdoel & taakverdeling, mandaten & overleg, professionalisering, implementeren "
        "& monitoren. Elke stap heeft een **eigenaar**, een **start** en een **deadline**, "
        "een **status** en een **indicator**; onderaan staat waarom en hoe.\n\n"
        "Seed 001 (aanbeveling 7) vraagt een **realistische tijdslijn**: de pilootscholen "
        "rekenden op 2 à 5 jaar, en het blijft een cyclisch proces dat nooit 'af' is. Volg de "
        "eerste jaren vooral **output** op (kennen directie en ICT-coördinatoren het model?) "
        "en **outcome** (gebruikt men het takenoverzicht, werkt de taakverdeling?). **Impact** "
        "(werkt men echt als ICT-team, en wat levert het op?) meet u pas na enkele jaren.\n\n"
        "Zolang er geen plan is, ziet u het voorstel van de analyse; **v** neemt het over. "
        "Daarna is het plan van het team.\n\n"
        "**Vervolgsessie** (`ictwizard follow-up`, of **v** op het startscherm): de tab **Vorig "
        "plan** toont elke actie van vorig jaar. Geef met **s** haar stand nu (klaar → bezig → "
        "nog niet begonnen → geschrapt, **S** terug) en met **n** wat ervan kwam. Wat bezig of "
        "nog niet begonnen is, loopt door in het nieuwe voorstel (↻, met eigenaar en notitie); "
        "wat klaar of geschrapt is, komt niet terug. **1** en **2** wisselen van tab.\n\n"
        "**Toetsen**: v voorstel overnemen · s status (te doen → bezig → klaar → geschrapt) · "
        "o volgende eigenaar (O vorige) · d start en deadline (JJJJ-MM-DD) · n notitie"
    ),
    "help.rapport": (
        "# Rapport\n\n"
        "Het gedrukte actieplan (PDF, A4) voor directie en schoolbestuur: voorblad, "
        "samenvatting, Vier in balans, competenties, takenoverzicht nu en als streefdoel, "
        "werklast, knelpunten, de scholengroep, het doelmodel met organogram en redenen, "
        "functieomschrijvingen, mandaten, het actieplan met tijdlijn, de opvolging en een "
        "bijlage met elk antwoord.\n\n"
        "**p** maakt de PDF naast het sessiebestand, **P** dezelfde met Persoon A, B, … in "
        "plaats van namen (AVG), **w** een leeg werkboek om op papier in te vullen, **t** de "
        "analyse als tekst. Niets verlaat deze computer."
    ),
}

EN: dict[str, str] = {
    # -- step 6: target -----------------------------------------------------------------------
    "goal.hours": "{value} h",
    "goal.sg_level": "school group level",
    "goal.key.choose": "Choose",
    "goal.key.accept": "Accept",
    "goal.key.pick": "Pick person",
    "goal.key.edit_overleg": "Edit",
    "goal.key.add_overleg": "New meeting",
    "goal.key.remove_overleg": "Remove",
    "goal.key.adopt_overleg": "Model's meetings",
    "goal.tab.model": "Target model",
    "goal.tab.tasks": "Task allocation",
    "goal.tab.mandates": "Mandates",
    "goal.tab.model_title": "1 Target model",
    "goal.tab.tasks_title": "2 Task allocation",
    "goal.tab.mandates_title": "3 Mandates",
    "goal.col.rank": "#",
    "goal.col.name": "Target model",
    "goal.col.score": "Score",
    "goal.col.mark": "Advice and choice",
    "goal.col.cluster": "Cluster",
    "goal.col.decides": "Decides",
    "goal.col.executes": "Executes",
    "goal.col.aanspreekpunt": "Point of contact",
    "goal.recommended": "recommended",
    "goal.chosen": "chosen",
    "goal.status.chosen": "Chosen target model: {model}",
    "goal.status.unknown": (
        "The chosen model '{model}' is no longer in the content: choose again with Enter."
    ),
    "goal.status.none": "No target model chosen yet — Enter chooses the highlighted model.",
    "goal.score": "score {score}",
    "goal.source": "source: {source}",
    "goal.reasons": "Why (+ for, − against)",
    "goal.no_reasons": "None of this model's rules applies to this team.",
    "goal.because": "because {evidence}",
    "goal.roles": "Roles",
    "goal.cluster_levels": "Level per cluster",
    "goal.overleg_title": "Meetings",
    "goal.transition.none": (
        "No target yet: accept a suggestion below or fill in the target task overview."
    ),
    "goal.transition.person": "{name} {before} → {after} ({delta})",
    "goal.transition.no_hours": "nobody's hours change",
    "goal.transition.summary": (
        "Target versus now: {people} · tasks changing hands: {moves} · gaps closed: {closed} · "
        "new gaps: {new}"
    ),
    "goal.suggestions_title": (
        "Open suggestions from the analysis: {count} (Enter or a: accept into the target)"
    ),
    "goal.from": "(from {person}, {hours})",
    "goal.nobody": "nobody",
    "goal.mandates_hint": (
        "Enter on a cell: choose who decides, who executes (several allowed) and who is the "
        "point of contact."
    ),
    "goal.pick.decides": "Who decides on {cluster}?",
    "goal.pick.executes": "Who carries out the tasks of {cluster}?",
    "goal.pick.aanspreekpunt": "Who is the point of contact for {cluster}?",
    "goal.pick.hint_one": "Enter: choose · Esc: cancel",
    "goal.pick.hint_many": (
        "Enter: add or remove (✔ = executes) · 'nobody' clears the list · Esc: cancel"
    ),
    "goal.overleg_empty": "No meetings recorded yet — n: new meeting",
    "goal.overleg_model.none": "Choose a target model first (tab 1) to adopt its meetings.",
    "goal.overleg_model.some": (
        "{model} has meetings that are not on the list yet: {count} — m: adopt"
    ),
    "goal.overleg_model.all": "All meetings of {model} are on the list.",
    "goal.overleg.empty_line": "Describe the meeting: who, about what, how often.",
    "goal.overleg.duplicate": "This meeting is already on the list.",
    "goal.overleg.add_title": "New meeting (who, about what, how often)",
    "goal.overleg.edit_title": "Edit meeting",
    "goal.overleg.hint": "E.g. 'ICT policy team principal – TICT – PICT, monthly' · Enter: save",
    # -- step 7: action plan ----------------------------------------------------------------
    "plan.key.adopt": "Adopt proposal",
    "plan.key.status": "Status",
    "plan.key.owner": "Owner",
    "plan.key.owner_back": "Previous owner",
    "plan.key.dates": "Dates",
    "plan.key.note": "Note",
    "plan.col.phase": "Phase",
    "plan.col.step": "Step",
    "plan.col.owner": "Owner",
    "plan.col.start": "Start",
    "plan.col.deadline": "Deadline",
    "plan.col.status": "Status",
    "plan.col.indicator": "Indicator",
    "plan.unassigned": "to assign",
    "plan.unassigned_role": "to assign ({role})",
    "plan.unknown_phase": "Steps no longer in the content",
    "plan.status.proposal": "proposed",
    "plan.status.todo": "to do",
    "plan.status.bezig": "busy",
    "plan.status.klaar": "done",
    "plan.status.geschrapt": "dropped",
    "plan.kind.output": "output",
    "plan.kind.outcome": "outcome",
    "plan.kind.impact": "impact",
    "plan.summary": (
        "Action plan: {steps} steps · to do {todo} · busy {busy} · done {done} · "
        "dropped {dropped} · without owner {unowned}"
    ),
    "plan.proposal": (
        "Proposal from the analysis: {steps} steps in {phases} phases. v: adopt the proposal — "
        "then the team edits owners, dates, status and notes."
    ),
    "plan.no_proposal": "The analysis proposes no steps yet: fill in the earlier steps first.",
    "plan.detail_hint": "Highlight a step to see why and how.",
    "plan.unknown_step": (
        "Step '{step}' is no longer in the content; it stays in the plan so nothing is lost."
    ),
    "plan.phase": "Phase {order}: {name}",
    "plan.why": "Why: {text}",
    "plan.how": "How: {text}",
    "plan.indicator": "Indicator ({kind}): {text}",
    "plan.because": "Proposed because {evidence}",
    "plan.source": "Source: {source}",
    "plan.note": "Note:",
    "plan.adopted": "The proposal is now the action plan: {steps} steps.",
    "plan.dates.title": "Start and deadline of this step",
    "plan.dates.hint": "E.g. 2027-01-15 2027-03-01 · '-' = not known yet · Enter: save",
    "plan.dates.two": "Type start and deadline, e.g. 2027-01-15 2027-03-01 ('-' = not known yet).",
    "plan.dates.bad": "'{value}' is not a date: write YYYY-MM-DD, e.g. 2027-01-15.",
    "plan.dates.order": "The deadline is before the start.",
    "plan.note_title": "Note on this step",
    "plan.note_hint": "Who helps, what was agreed, why it slips · Enter: save",
    # -- step 8: report ---------------------------------------------------------------------
    "report.key.save_text": "Save analysis as text",
    "report.title": "Report — {name}",
    "report.key.pdf": "Make PDF",
    "report.key.pdf_anonymous": "PDF without names",
    "report.pdf_intro": (
        "The printed action plan (PDF, A4) for school leaders and the board: p makes it next "
        "to the session file, P makes it pseudonymised (Person A, B, … — for readers who need "
        "not see names). t saves the analysis as text, to mail."
    ),
    "report.pdf_files": "p: {pdf}\nP: {anonymous}",
    "report.pdf_busy": "Making the action plan … (this takes a few seconds)",
    "report.pdf_busy_already": "A PDF is already being made; please wait.",
    "report.contents": "What the report contains, with today's answers",
    "report.cover": "• Cover: {name}, {date}, facilitator: {facilitator}",
    "report.no_date": "no date yet",
    "report.none": "—",
    "report.team": "• Team ({count}): {names}",
    "report.findings": (
        "• Findings: unassigned tasks {unassigned} (core tasks {kerntaken}), "
        "overloaded people {overloaded}"
    ),
    "report.model": "• Target model: {model}",
    "report.model_none": "• Target model: not chosen yet (recommended: {model})",
    "report.target": "• Target: task allocation filled in for {done} of {schools} schools",
    "report.mandates": "• Mandates: {done} of {clusters} clusters filled in · meetings: {overleg}",
    "report.plan": "• Action plan: {steps} steps, {done} done",
    "report.plan_none": "• Action plan: not adopted yet (proposal: {steps} steps, step 7)",
    "report.text_file": "t: save the analysis as text in {path}",
    "report.saved": "Saved: {path}",
    "report.not_saved": "Not saved: {path}",
    "report.not_saved_why": (
        "The file could not be written ({reason}). Keep the session in a folder you may write "
        "to, or free some disk space, and try again."
    ),
    # -- F1 help ----------------------------------------------------------------------------
    "help.streefdoel": (
        "# Target: model, task allocation, mandates and positions\n\n"
        "Where is the team heading? The new model of **team-based ICT coordination** (seed 001) "
        "has an **ICT policy team** — the triangle principal – TICT – PICT — on **two levels**: "
        "the school group and every school. Technical work calls for specialists: a "
        "**coordinating TICT** leads specialised TICTs. An **overarching PICT** at school-group "
        "level links the schools' PICTs. In the schools, teachers with ICT or BPT hours are "
        "**anchor points** (ankerpunten): bridges to their colleagues, also for quick "
        "first-line help. There are **three kinds of meetings**: the ICT policy team for policy "
        "and vision, quick coordination in the TICTs' daily technical service, and involving "
        "teachers in the pedagogical tasks — each with a link between school group and school."
        "\n\n"
        "## 1 Target model\n\n"
        "The target models, ranked by the rules in `questions/models.yaml`. For each: "
        "description, roles and their level, level per cluster, meetings, and **why**: every "
        "rule that holds for this team, with **+** (for) or **−** (against), the facts it read "
        "(e.g. *because share.technisch = 0.68*) and its source in the reports. The first model "
        "is the **recommended** one; the team chooses with **Enter**.\n\n"
        "## 2 Task allocation\n\n"
        "The *Streefdoel* sheet of the task overview: who will do which task, for how many "
        "hours. It starts as a copy of today's situation. At the top, the analysis' "
        "**suggestions** — profile, role, competence level, spare hours, pooling at "
        "school-group level: **Enter** or **a** accepts the highlighted "
        "one; it then leaves the list. The line above "
        "shows what the target changes: hours freed per person, gaps closed and new.\n\n"
        "## 3 Mandates\n\n"
        "The model's second pillar: **clear mandates**. Per cluster: who **decides**, who "
        "**executes** and who is the **point of contact** taking the lead. The principal keeps "
        "them clear, also when the team changes. Below, the meetings; **m** adopts the chosen "
        "model's meetings.\n\n"
        "## 4 Positions\n\n"
        "The task overview is meant as *input for job descriptions* (seed 004): per team "
        "member a **draft** from the target — tasks per cluster with their hours (★ core "
        "task), the competence profile of those clusters, the mandates and the role from the "
        "chosen target model. **Enter** writes the team's own text for that person (Ctrl+S "
        "saves). `ictwizard jobs SESSION -o DIR` writes each draft as a Markdown file; the PDF "
        "report prints them too.\n\n"
        "**Keys**: 1 / 2 / 3 / 4 tab · Enter choose, accept, pick a person or write text · "
        "a accept suggestion · n new meeting · Enter edit meeting · x remove · m model's "
        "meetings · in the task "
        "allocation the task overview's keys (Enter who & hours, l level, p priority, s school)"
    ),
    "help.actieplan": (
        "# Action plan\n\n"
        "The steps from `roadmaps/`, chosen from the answers and the analysis, phase by phase: "
        "preparation & support, mapping, vision & ICT policy plan, target & task allocation, "
        "mandates & meetings, professional development, implementing & monitoring. Each step "
        "has an **owner**, a **start** and a **deadline**, a **status** and an **indicator**; "
        "why and how are shown below the table.\n\n"
        "Seed 001 (recommendation 7) asks for a **realistic timeline**: the pilot schools "
        "counted on 2 to 5 years, and it stays a cyclical process. In the first years follow "
        "**output** (do principals and ICT coordinators know the model?) and **outcome** (is "
        "the task overview used, does the allocation work?). **Impact** (does the team really "
        "work as an ICT team, and what does it bring?) can only be measured after some years."
        "\n\n"
        "Until there is a plan you see the analysis' proposal; **v** adopts it. From then on "
        "the plan belongs to the team.\n\n"
        "**Follow-up session** (`ictwizard follow-up`, or **v** on the start screen): the "
        "**Previous plan** tab lists each action of last year. Set its status now with **s** "
        "(done → busy → not started → dropped, **S** back) and what came of it with **n**. "
        "What is busy or not started continues in the new proposal (↻, with owner and note); "
        "what is done or dropped does not return. **1** and **2** switch tabs.\n\n"
        "**Keys**: v adopt proposal · s status (to do → busy → done → dropped) · o next owner "
        "(O previous) · d start and deadline (YYYY-MM-DD) · n note"
    ),
    "help.rapport": (
        "# Report\n\n"
        "The printed action plan (PDF, A4) for principals and the school board: cover, "
        "summary, Four in balance, competences, task overview now and as target, workload, "
        "risks, the school group, the target model with organogram and reasons, job "
        "descriptions, mandates, the action plan with timeline, follow-up and an appendix "
        "with every answer.\n\n"
        "**p** makes the PDF beside the session file, **P** the same with Person A, B, … "
        "instead of names (GDPR), **w** a blank workbook to fill in on paper, **t** the "
        "analysis as text. Nothing leaves this computer."
    ),
}
