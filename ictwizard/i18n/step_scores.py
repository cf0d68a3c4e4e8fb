"""Strings of the two scoring steps: Vier in balans (step 3) and digitale competenties (step 4)."""

from __future__ import annotations

NL: dict[str, str] = {
    "vib.key.score": "Score",
    "vib.key.clear": "Wissen",
    "vib.key.add": "Nieuw",
    "vib.key.rename": "Label",
    "vib.key.remove": "Verwijderen",
    "vib.respondents": "Respondenten",
    "vib.anonymous": (
        "Anoniem: in de resultaten telt alleen het gemiddelde. Enter: scores invullen."
    ),
    "vib.respondent_default": "Respondent {n}",
    "vib.no_respondent": "Nog geen respondent: druk n om er een toe te voegen.",
    "vib.no_respondents": (
        "Nog geen respondenten. Druk n: elk teamlid scoort de stellingen apart, anoniem."
    ),
    "vib.label_required": "Geef een label, bv. 'Respondent 3' of 'Directie'.",
    "vib.rename_title": "Label van deze respondent",
    "vib.remove_title": "Respondent '{label}' met {count} scores verwijderen?",
    "vib.remove_hint": "Typ ja en Enter om te verwijderen · Esc: annuleren",
    "vib.remove_refused": "Typ ja om te verwijderen, of Esc om niets te doen.",
    "vib.scale": "Schaal: {scale}",
    "vib.not_a_statement": (
        "Dit is de titel van een domein: ga met ↓ naar een stelling om te scoren."
    ),
    "vib.col.statement": "Stelling",
    "vib.col.score": "Score",
    "vib.lever": "{name} (hefboom)",
    "vib.progress": "{done}/{total}",
    "vib.disputed": "Gesprekspunt: de scores lopen sterk uiteen ({scores}).",
    "vib.result.title": "Resultaat van het team ({n} respondenten)",
    "vib.result.domain": "Domein",
    "vib.result.mean": "Gemiddelde (1–5)",
    "vib.result.range": "Min–max",
    "vib.result.disputed": "Gesprekspunten",
    "vib.result.no_scores": "nog geen scores",
    "vib.result.uit_balans": "⚠ uit balans",
    "vib.result.disputed_total": (
        "{n} stellingen met een verschil van {gap} of meer tussen respondenten: "
        "bespreek ze, het gesprek zegt meer dan het gemiddelde."
    ),
    "comp.key.choose": "Antwoord",
    "comp.key.clear": "Wissen",
    "comp.people": "Personen",
    "comp.people_hint": "Enter: antwoorden invullen · n: anonieme collega · ★ kandidaat-ankerpunt",
    "comp.no_people": (
        "Nog niemand: voeg mensen toe in stap 1 (Team), of druk n voor een anonieme collega."
    ),
    "comp.not_an_item": "Dit is de titel van een gebied: ga met ↓ naar een vraag.",
    "comp.no_such_option": (
        "Deze vraag heeft {count} antwoorden: kies 1 tot {count} (niet {pressed})."
    ),
    "comp.col.item": "Vraag",
    "comp.col.answer": "Gekozen antwoord",
    "comp.progress": "{done}/{total}",
    "comp.area_hint": "Ga met ↓ naar een vraag en kies met 1–5 de uitspraak die het best past.",
    "comp.list_incomplete": "{answered}/{items}",
    "comp.person.none": (
        "Nog geen antwoorden. Kies per vraag met 1–5 de uitspraak die de eigen praktijk het "
        "best beschrijft."
    ),
    "comp.person.incomplete": "onvolledig ({answered} van {items} vragen)",
    "comp.person.points_so_far": (
        "{points} punten tot nu toe; het niveau volgt als alles is ingevuld."
    ),
    "comp.person.points": "{points} van {max} punten ({percent}%)",
    "comp.person.digisnap": "Digisnap: {label}",
    "comp.person.badge": "Kandidaat-ankerpunt: {badge}",
    "comp.person.caution": "Zelfevaluatie overschat vaak: een indicatie, geen oordeel.",
    "comp.staff.title": "Hele school: {n} collega's met een niveau",
    "comp.staff.other": "overig",
    "comp.staff.total": "totaal",
    "comp.staff.tooltip": "Aantal andere personeelsleden op niveau {level}, bv. uit Digisnap",
    "comp.staff.digisnap": "Digisnap: {groups}",
    "comp.count.negative": ("{level}: een aantal kan niet negatief zijn (niet bewaard)."),
    "comp.count.not_a_number": "{level}: typ een geheel getal, bv. 12 (niet bewaard).",
    "help.vib": (
        "# Vier in balans\n\n"
        "Het model **Vier in balans** van Kennisnet zegt dat ICT pas opbrengt als vier "
        "bouwstenen **met elkaar in balans** zijn:\n\n"
        "- **Visie** — de overkoepelende ambities: welk onderwijs de school wil geven en welke "
        "plaats ICT daarin krijgt. De schoolvisie is de essentiële bouwsteen.\n"
        "- **Deskundigheid** — de digitale competenties van leraren en medewerkers, en de "
        "nascholing en coaching die hen helpt.\n"
        "- **Inhoud & toepassingen** — het digitale leermateriaal en de software.\n"
        "- **Infrastructuur** — toestellen, netwerk en connectiviteit, en hun beheer.\n\n"
        "Daarbij komen twee **hefbomen**: **leiderschap** (richting geven, tijd en middelen "
        "vrijmaken, gedeeld leiderschap laten groeien) en **samenwerking** (het ICT-team als "
        "draaischijf, kennis delen, samenwerken in de scholengroep).\n\n"
        "## Zo werkt het\n\n"
        "Elk teamlid scoort de stellingen apart, van 1 (helemaal oneens) tot 5 (helemaal eens). "
        "Respondenten zijn anoniem: in de resultaten telt alleen het team. Onderaan staat per "
        "domein het gemiddelde, de spreiding (laagste en hoogste gemiddelde van een "
        "respondent) en het aantal **gesprekspunten**: stellingen waarop respondenten minstens "
        "3 punten uit elkaar liggen. Dat gesprek is nuttiger dan het gemiddelde.\n\n"
        "Een domein is **uit balans** als het minstens 0,75 lager scoort dan het gemiddelde van "
        "de andere: een aandachtspunt voor het actieplan. Beide drempels zijn een keuze van "
        "ictwizard, niet van Kennisnet; een coach past ze aan in "
        "`questions/vier_in_balans.yaml`.\n\n"
        "*Bronnen*: Kennisnet, Vier in balans; VLOR-advies ICT-integratie (2013); DigCompOrg "
        "(seed 002).\n\n"
        "**Toetsen**: 1–5 score (de cursor gaat naar de volgende stelling) · 0 of ⌫ wissen · "
        "n nieuwe respondent · r label wijzigen · d respondent verwijderen · Tab tussen lijst "
        "en stellingen"
    ),
    "help.competenties": (
        "# Digitale competenties\n\n"
        "Een korte zelfevaluatie per persoon, gebaseerd op **DigCompEdu**, het Europese kader "
        "met zes gebieden: professionele betrokkenheid, digitale bronnen en lesmateriaal, "
        "onderwijzen en leren, toetsen en evalueren, leerlingen ondersteunen, en de digitale "
        "competenties van leerlingen faciliteren.\n\n"
        "Kies per vraag de uitspraak die de eigen praktijk **het best beschrijft**. De punten "
        "geven een niveau:\n\n"
        "- **A1 nieuwkomer** en **A2 ontdekker** (ontdekkingsreiziger): Digisnap *beginner*\n"
        "- **B1 gebruiker** (integreerder) en **B2 expert** (deskundige): Digisnap *gebruiker*\n"
        "- **C1 leider** (kartrekker) en **C2 pionier**: Digisnap *expert*\n\n"
        "Het niveau volgt uit het percentage van de maximale score, pas als alle vragen "
        "beantwoord zijn. De vragen en de grenzen zijn een keuze van ictwizard in de stijl van "
        "de DigCompEdu-zelfreflectie; een coach past ze aan in `questions/competences.yaml`.\n\n"
        "Collega's op C1 en C2 zijn de **ankerpunten** om in het ICT-team in te schakelen; een "
        "badge als *de pedagogische kartrekker* of *de technische pionier* maakt ze "
        "aanspreekbaar. Een B2 met een passend profiel kan ook ankerpunt zijn.\n\n"
        "**Let op**: zelfevaluatie overschat vaak. Bij TET-SAT kreeg 28% van de leraren een "
        "lager niveau dan ze zichzelf gaven. Lees het resultaat als een indicatie, niet als een "
        "oordeel.\n\n"
        "Onderaan: het aantal **overige** personeelsleden per niveau (bv. uit Digisnap van "
        "vorig schooljaar) en de verdeling over de hele school, zodat nascholing past bij de "
        "spreiding.\n\n"
        "**Toetsen**: 1–5 antwoord kiezen (de cursor gaat naar de volgende vraag) · 0 of ⌫ "
        "wissen · n anonieme collega (telt mee in de spreiding, zonder naam) · d die "
        "verwijderen · Tab naar de aantallen per niveau"
    ),
}

EN: dict[str, str] = {
    "vib.key.score": "Score",
    "vib.key.clear": "Clear",
    "vib.key.add": "New",
    "vib.key.rename": "Label",
    "vib.key.remove": "Remove",
    "vib.respondents": "Respondents",
    "vib.anonymous": "Anonymous: results only show the team. Enter: type scores.",
    "vib.respondent_default": "Respondent {n}",
    "vib.no_respondent": "No respondent yet: press n to add one.",
    "vib.no_respondents": (
        "No respondents yet. Press n: each team member scores the statements separately, "
        "anonymously."
    ),
    "vib.label_required": "Give a label, e.g. 'Respondent 3' or 'Principal'.",
    "vib.rename_title": "Label of this respondent",
    "vib.remove_title": "Remove respondent '{label}' with {count} scores?",
    "vib.remove_hint": "Type yes and Enter to remove · Esc: cancel",
    "vib.remove_refused": "Type yes to remove, or Esc to do nothing.",
    "vib.scale": "Scale: {scale}",
    "vib.not_a_statement": "This is a domain title: press ↓ to go to a statement to score.",
    "vib.col.statement": "Statement",
    "vib.col.score": "Score",
    "vib.lever": "{name} (lever)",
    "vib.progress": "{done}/{total}",
    "vib.disputed": "Discussion point: the scores differ widely ({scores}).",
    "vib.result.title": "Team result ({n} respondents)",
    "vib.result.domain": "Domain",
    "vib.result.mean": "Mean (1–5)",
    "vib.result.range": "Min–max",
    "vib.result.disputed": "Discussion points",
    "vib.result.no_scores": "no scores yet",
    "vib.result.uit_balans": "⚠ out of balance",
    "vib.result.disputed_total": (
        "{n} statements with a gap of {gap} or more between respondents: discuss them, the "
        "conversation says more than the mean."
    ),
    "comp.key.choose": "Answer",
    "comp.key.clear": "Clear",
    "comp.people": "People",
    "comp.people_hint": "Enter: type answers · n: anonymous colleague · ★ candidate anchor",
    "comp.no_people": (
        "No one yet: add people in step 1 (Team), or press n for an anonymous colleague."
    ),
    "comp.not_an_item": "This is an area title: press ↓ to go to a question.",
    "comp.no_such_option": (
        "This question has {count} answers: choose 1 to {count} (not {pressed})."
    ),
    "comp.col.item": "Question",
    "comp.col.answer": "Chosen answer",
    "comp.progress": "{done}/{total}",
    "comp.area_hint": "Press ↓ to go to a question and choose the best-fitting statement with 1–5.",
    "comp.list_incomplete": "{answered}/{items}",
    "comp.person.none": (
        "No answers yet. For each question choose with 1–5 the statement that best describes "
        "your own practice."
    ),
    "comp.person.incomplete": "incomplete ({answered} of {items} questions)",
    "comp.person.points_so_far": "{points} points so far; the level follows once all are answered.",
    "comp.person.points": "{points} of {max} points ({percent}%)",
    "comp.person.digisnap": "Digisnap: {label}",
    "comp.person.badge": "Candidate anchor person: {badge}",
    "comp.person.caution": "Self-assessment tends to over-rate: an indication, not a judgement.",
    "comp.staff.title": "Whole school: {n} colleagues with a level",
    "comp.staff.other": "others",
    "comp.staff.total": "total",
    "comp.staff.tooltip": "Number of other staff at level {level}, e.g. from Digisnap",
    "comp.staff.digisnap": "Digisnap: {groups}",
    "comp.count.negative": "{level}: a number cannot be negative (not saved).",
    "comp.count.not_a_number": "{level}: type a whole number, e.g. 12 (not saved).",
    "help.vib": (
        "# Four in balance (Vier in balans)\n\n"
        "Kennisnet's **Vier in balans** model says ICT only pays off when four building blocks "
        "are **in balance with each other**:\n\n"
        "- **Visie** (vision) — the overall ambitions: what education the school wants to give "
        "and what place ICT has in it. The school vision is the essential block.\n"
        "- **Deskundigheid** (expertise) — the digital competences of teachers and staff, and "
        "the training and coaching that help them.\n"
        "- **Inhoud & toepassingen** (content & applications) — digital learning material and "
        "software.\n"
        "- **Infrastructuur** (infrastructure) — devices, network, connectivity and their "
        "management.\n\n"
        "Two **levers** come on top: **leiderschap** (leadership: giving direction, freeing "
        "time and means, growing shared leadership) and **samenwerking** (collaboration: the "
        "ICT team as a hub, sharing knowledge, working with the school group).\n\n"
        "## How it works\n\n"
        "Each team member scores the statements separately, from 1 (strongly disagree) to 5 "
        "(strongly agree). Respondents are anonymous: results only show the team. Below, per "
        "domain: the mean, the spread (lowest and highest respondent mean) and the number of "
        "**discussion points**: statements where respondents are 3 or more points apart. That "
        "conversation is more useful than the mean.\n\n"
        "A domain is **out of balance** when it scores at least 0.75 below the mean of the "
        "others: a point of attention for the action plan. Both thresholds are ictwizard's "
        "choice, not Kennisnet's; a coach can change them in `questions/vier_in_balans.yaml`."
        "\n\n"
        "*Sources*: Kennisnet, Vier in balans; VLOR advice on ICT integration (2013); "
        "DigCompOrg (seed 002).\n\n"
        "**Keys**: 1–5 score (the cursor moves to the next statement) · 0 or ⌫ clear · "
        "n new respondent · r change label · d remove respondent · Tab between list and "
        "statements"
    ),
    "help.competenties": (
        "# Digital competences\n\n"
        "A short self-assessment per person, based on **DigCompEdu**, the European framework "
        "with six areas: professional engagement, digital resources, teaching and learning, "
        "assessment, empowering learners, and facilitating learners' digital competence.\n\n"
        "For each question choose the statement that **best describes** your own practice. The "
        "points give a level:\n\n"
        "- **A1 newcomer** (nieuwkomer) and **A2 explorer** (ontdekker): Digisnap *beginner*\n"
        "- **B1 integrator** (gebruiker) and **B2 expert** (deskundige): Digisnap *gebruiker*\n"
        "- **C1 leader** (kartrekker) and **C2 pioneer** (pionier): Digisnap *expert*\n\n"
        "The level follows from the percentage of the maximum score, once every question is "
        "answered. The questions and cut-offs are ictwizard's, in the style of the DigCompEdu "
        "self-reflection; a coach can change them in `questions/competences.yaml`.\n\n"
        "Colleagues at C1 and C2 are the **anchor persons** (ankerpunten) to involve in the ICT "
        "team; a badge such as *de pedagogische kartrekker* or *de technische pionier* makes "
        "them easy to approach. A B2 with a matching profile can be one too.\n\n"
        "**Note**: self-assessment tends to over-rate. With TET-SAT, 28% of teachers were placed "
        "lower than they rated themselves. Read the result as an indication, not a judgement.\n\n"
        "Below: the number of **other** staff per level (e.g. from last year's Digisnap) and "
        "the spread over the whole school, so training fits the spread.\n\n"
        "**Keys**: 1–5 choose an answer (the cursor moves to the next question) · 0 or ⌫ clear "
        "· n anonymous colleague (counts in the spread, without a name) · d remove them "
        "· Tab to the counts per level"
    ),
}
