"""F1 help for the steps written with the app shell: huidige situatie and analyse."""

from __future__ import annotations

NL: dict[str, str] = {
    "help.huidig": (
        "# Huidige situatie: het takenoverzicht\n\n"
        "De 67 taken van het *Takenoverzicht ICT-coördinatie* van Kenniscentrum Digisprong, in "
        "4 clusters. Noteer per taak **wie** ze vandaag doet en hoeveel **uur per week**, op "
        "welk **niveau** (scholengroep of school) en met welke **prioriteit** (KT = korte "
        "termijn, LT = lange termijn). Kerntaken (★) zijn de taken die algemeen als de "
        "belangrijkste van de ICT-coördinator gelden.\n\n"
        "Zo wordt zichtbaar wat het Excel-blad bedoelt: de werklast van de ICT-coördinator, "
        "taken die niemand doet, en kennis die in één hoofd zit. Het is 'een levend "
        "instrument': voeg taken toe, verberg of hernoem ze.\n\n"
        "**Toetsen**: Enter wie & uren · l niveau · p prioriteit · s/S volgende/vorige school · "
        "c cluster-filter · u alleen niet-ingevuld · w filter op persoon · a taak toevoegen · "
        "r hernoemen · h verbergen · H verborgen taken terugzetten · o SG-overzicht: taak × "
        "school, rood = niet ingevuld, Enter springt naar die school\n\n"
        "**Presenteren**: F9 projectorweergave (groot contrast) · F6 namen verbergen "
        "(Persoon A, …); ook via Ctrl+P"
    ),
    "help.analyse": (
        "# Analyse\n\n"
        "Wat het team in de Excel niet ziet: wie overbelast is, hoeveel uren naar techniek gaan "
        "tegenover pedagogie (het kernprobleem in de seeds: technische brandjes verdringen de "
        "pedagogisch-didactische ondersteuning), welke (kern)taken niemand doet, welke taken op "
        "één persoon rusten, en voor een scholengroep de gemeenschappelijke noden en het dubbel "
        "werk. Daarna Vier in balans, de digitale competenties, het aanbevolen doelmodel met "
        "de redenen en de voorgestelde stappen. Alles wordt berekend, niets hoeft getypt.\n\n"
        "Het tabblad **Scholengroep** (o) zet de scholen naast elkaar: uren per school en "
        "cluster (nu en in het streefdoel), kandidaat-ankerpunten per school, dubbel werk met "
        "de uren die poolen zou vrijmaken (alle uren min die van de school die er het meest aan "
        "besteedt: een schatting voor het gesprek), kandidaten om op SG-niveau te organiseren "
        "(dubbel werk, of wat de SG al voor een school doet) en gemeenschappelijke noden."
    ),
}

EN: dict[str, str] = {
    "help.huidig": (
        "# Current situation: the task overview\n\n"
        "The 67 tasks of the Kenniscentrum Digisprong *ICT coordination task overview*, in 4 "
        "clusters. For each task note **who** does it today and how many **hours per week**, at "
        "which **level** (school group or school) and with which **priority** (ST = short term, "
        "LT = long term). Core tasks (★) are the ones generally seen as the ICT coordinator's "
        "most important.\n\n"
        "**Keys**: Enter who & hours · l level · p priority · s/S next/previous school · "
        "c cluster filter · u unfilled only · w filter by person · a add task · r rename · "
        "h hide · H restore hidden tasks · o school-group overview: task × school, red = not "
        "filled in, Enter jumps to that school\n\n"
        "**Presenting**: F9 projector view (high contrast) · F6 hide names (Person A, …); also "
        "via Ctrl+P"
    ),
    "help.analyse": (
        "# Analysis\n\n"
        "What the spreadsheet does not show: who is overloaded, how many hours go to technical "
        "versus pedagogical work, which (core) tasks nobody does, which rest on one person, and "
        "for a school group the common needs and double work; then Four in balance, digital "
        "competences, the recommended target model with its reasons and the proposed steps.\n\n"
        "The **School group** tab (o) puts the schools side by side: hours per school and "
        "cluster (now and in the target), candidate anchor persons per school, double work with "
        "the hours pooling would free (all hours minus those of the school spending most: an "
        "estimate for the conversation), candidates to organise at school-group level and "
        "common needs."
    ),
}
