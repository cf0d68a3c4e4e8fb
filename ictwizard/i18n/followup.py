"""Strings of the plan follow-up: `ictwizard follow-up`, the Vorig plan tab, its report part."""

from __future__ import annotations

NL: dict[str, str] = {
    "start.follow_up": "Vervolgsessie",
    "start.follow_up_title": "Sessie van de vorige meting (pad naar .yaml)",
    "start.follow_up_hint": (
        "Enter: de vervolgsessie komt ernaast, met het jaartal van vandaag · Esc: annuleren"
    ),
    "followup.created": "Vervolgsessie aangemaakt: {new} (vorige meting: {old}).",
    "followup.copied": (
        "Overgenomen: context, team ({people} personen), doelmodel ({model}), streefdoel "
        "({target} van {schools} scholen), mandaten ({mandates}) en overleg ({overleg})."
    ),
    "followup.model_yes": "gekozen",
    "followup.model_no": "nog niet gekozen",
    "followup.measure_again": (
        "Opnieuw te meten: het huidige takenoverzicht, Vier in balans en de competenties."
    ),
    "followup.measure_again_kept": (
        "Het huidige takenoverzicht van vorig jaar staat klaar om bij te werken; Vier in balans "
        "en de competenties worden opnieuw gemeten."
    ),
    "followup.no_plan": (
        "Het vorige plan had geen acties (het voorstel werd nooit overgenomen): "
        "er is niets om op terug te blikken."
    ),
    "followup.plan": (
        "Het vorige plan telt {steps} acties, waarvan {settled} al klaar of geschrapt."
    ),
    "followup.ask": (
        "Nog {pending} te beoordelen: stap 7 Actieplan, tab Vorig plan (s = stand, n = notitie)."
    ),
    "followup.exists": (
        "{path} bestaat al: een vervolgsessie overschrijft nooit een bestaande sessie. "
        "Kies een andere naam met -o, of open ze met `ictwizard open`."
    ),
    "followup.same_file": "{path} is de vorige sessie zelf: kies met -o een nieuw bestand.",
    "compare.review": "VORIG PLAN: {steps} acties ({counts}; {pending} nog te beoordelen)",
    "compare.not_measured.tasks": (
        "Het huidige takenoverzicht van deze meting is nog niet ingevuld: uren en open taken "
        "worden vergeleken zodra het ingevuld is."
    ),
    "compare.not_measured.vib": "Vier in balans is in deze meting nog niet gescoord.",
    "compare.not_measured.levels": "De competenties zijn in deze meting nog niet gemeten.",
    # -- step 7, tab Vorig plan --------------------------------------------------------------
    "review.tab.plan": "1 Nieuw plan",
    "review.tab.review": "2 Vorig plan",
    "review.tab.review_pending": "2 Vorig plan ({pending} te beoordelen)",
    "review.key.status": "Stand",
    "review.key.status_back": "Vorige stand",
    "review.key.note": "Notitie",
    "review.col.step": "Actie van het vorige plan",
    "review.col.owner": "Eigenaar toen",
    "review.col.deadline": "Deadline",
    "review.col.was": "Stond toen",
    "review.col.now": "Staat nu",
    "review.pending": "? te beoordelen",
    "review.status.todo": "nog niet begonnen",
    "review.status.bezig": "bezig",
    "review.status.klaar": "klaar",
    "review.status.geschrapt": "geschrapt",
    "review.status.carried": "↻ {status}",
    "review.summary": (
        "Vorig plan: {steps} acties — {done} klaar, {busy} bezig, {todo} nog niet begonnen, "
        "{dropped} geschrapt, {pending} nog te beoordelen"
    ),
    "review.hint": (
        "Kies een actie en geef met s haar stand: klaar, bezig, nog niet begonnen, geschrapt."
    ),
    "review.then": "Toen: {owner}, {start} tot {deadline}, status {status}.",
    "review.was_note": "Notitie toen:",
    "review.now": "Nu:",
    "review.step_gone": (
        "De stap '{step}' staat niet meer in de inhoud: ze komt niet terug in het nieuwe plan."
    ),
    "review.next_back": "Niet klaar of geschrapt: deze actie komt terug in het nieuwe voorstel.",
    "review.next_gone": "Klaar of geschrapt: deze actie komt niet terug in het nieuwe voorstel.",
    "review.all_done": "Alle {steps} acties van het vorige plan hebben een stand.",
    "review.note_title": "Notitie bij deze actie van het vorige plan",
    "review.note_hint": "Wat leverde ze op, waarom schoof ze op, waarom geschrapt · Enter: bewaren",
    "review.proposal_carried": "↻ {steps} daarvan lopen door uit het vorige plan.",
    "review.carried": "Loopt door uit het vorige plan (stand bij de terugblik: {status}).",
    "review.adopted_pending": (
        "{pending} acties van het vorige plan hebben nog geen stand: ze lopen door zoals ze "
        "toen stonden. Geef hun stand in de tab Vorig plan."
    ),
    "review.rule_no_longer": (
        "Haar regel geldt nu niet meer: ze staat er tot het team ze klaar of geschrapt noemt."
    ),
    # -- the report -------------------------------------------------------------------------
    "pdf.progress.unreadable": (
        "De vorige meting ({path}) kon niet gelezen worden, dus vergelijkt dit plan de cijfers "
        "niet: {reason}. De terugblik op het vorige plan staat wel hieronder."
    ),
    "pdf.progress.vib_hidden": "Vier in balans wordt niet vergeleken: {reason}.",
    "pdf.progress.levels_hidden": "De competentieniveaus worden niet vergeleken: {reason}.",
    "pdf.review.title": "Terugblik op het vorige plan",
    "pdf.review.summary": "Van de {steps} acties van het vorige plan: {counts}.",
    "pdf.review.summary_pending": "{pending} kregen bij de terugblik nog geen stand.",
    "pdf.review.action": "Actie",
    "pdf.review.owner": "Eigenaar toen",
    "pdf.review.deadline": "Deadline",
    "pdf.review.was": "Stond toen",
    "pdf.review.now": "Staat nu",
    "pdf.review.note": "Notitie bij de terugblik",
    "pdf.review.pending": "nog niet beoordeeld",
    "pdf.review.next": (
        "Wat bezig of nog niet begonnen is, loopt door in het nieuwe actieplan (↻); "
        "wat klaar of geschrapt is, komt niet terug."
    ),
    "pdf.find.review": "Vorig plan: {summary}",
}

EN: dict[str, str] = {
    "start.follow_up": "Follow-up session",
    "start.follow_up_title": "Session of the previous assessment (path to .yaml)",
    "start.follow_up_hint": (
        "Enter: the follow-up goes beside it, named for this year · Esc: cancel"
    ),
    "followup.created": "Follow-up session created: {new} (previous assessment: {old}).",
    "followup.copied": (
        "Taken over: context, team ({people} people), target model ({model}), target "
        "({target} of {schools} schools), mandates ({mandates}) and meetings ({overleg})."
    ),
    "followup.model_yes": "chosen",
    "followup.model_no": "not chosen yet",
    "followup.measure_again": (
        "To measure again: the current task overview, Four in balance and the competences."
    ),
    "followup.measure_again_kept": (
        "Last year's current task overview is ready to be updated; Four in balance and the "
        "competences are measured again."
    ),
    "followup.no_plan": (
        "The previous plan had no actions (its proposal was never adopted): "
        "there is nothing to look back on."
    ),
    "followup.plan": (
        "The previous plan has {steps} actions, {settled} of them already done or dropped."
    ),
    "followup.ask": (
        "{pending} still to review: step 7 Action plan, tab Previous plan (s = status, n = note)."
    ),
    "followup.exists": (
        "{path} already exists: a follow-up never overwrites an existing session. "
        "Choose another name with -o, or open it with `ictwizard open`."
    ),
    "followup.same_file": "{path} is the previous session itself: choose a new file with -o.",
    "compare.review": "PREVIOUS PLAN: {steps} actions ({counts}; {pending} still to review)",
    "compare.not_measured.tasks": (
        "The current task overview of this assessment is not filled in yet: hours and open "
        "tasks are compared once it is."
    ),
    "compare.not_measured.vib": "Four in balance has not been scored in this assessment yet.",
    "compare.not_measured.levels": "The competences have not been measured in this assessment yet.",
    # -- step 7, tab Previous plan -----------------------------------------------------------
    "review.tab.plan": "1 New plan",
    "review.tab.review": "2 Previous plan",
    "review.tab.review_pending": "2 Previous plan ({pending} to review)",
    "review.key.status": "Status",
    "review.key.status_back": "Previous status",
    "review.key.note": "Note",
    "review.col.step": "Action of the previous plan",
    "review.col.owner": "Owner then",
    "review.col.deadline": "Deadline",
    "review.col.was": "Was then",
    "review.col.now": "Is now",
    "review.pending": "? to review",
    "review.status.todo": "not started",
    "review.status.bezig": "busy",
    "review.status.klaar": "done",
    "review.status.geschrapt": "dropped",
    "review.status.carried": "↻ {status}",
    "review.summary": (
        "Previous plan: {steps} actions — {done} done, {busy} busy, {todo} not started, "
        "{dropped} dropped, {pending} still to review"
    ),
    "review.hint": (
        "Highlight an action and set its status with s: done, busy, not started, dropped."
    ),
    "review.then": "Then: {owner}, {start} to {deadline}, status {status}.",
    "review.was_note": "Note then:",
    "review.now": "Now:",
    "review.step_gone": (
        "The step '{step}' is no longer in the content: it does not return in the new plan."
    ),
    "review.next_back": "Not done or dropped: this action returns in the new proposal.",
    "review.next_gone": "Done or dropped: this action does not return in the new proposal.",
    "review.all_done": "All {steps} actions of the previous plan have a status.",
    "review.note_title": "Note on this action of the previous plan",
    "review.note_hint": "What came of it, why it slipped, why it was dropped · Enter: save",
    "review.proposal_carried": "↻ {steps} of them continue from the previous plan.",
    "review.carried": "Continues from the previous plan (status at the review: {status}).",
    "review.adopted_pending": (
        "{pending} actions of the previous plan have no status yet: they continue as they "
        "stood then. Set their status in the Previous plan tab."
    ),
    "review.rule_no_longer": (
        "Its rule no longer holds: it stays until the team calls it done or dropped."
    ),
    # -- the report -------------------------------------------------------------------------
    "pdf.progress.unreadable": (
        "The previous assessment ({path}) could not be read, so this plan does not compare "
        "the figures: {reason}. The look back on the previous plan is below all the same."
    ),
    "pdf.progress.vib_hidden": "Four in balance is not compared: {reason}.",
    "pdf.progress.levels_hidden": "The competence levels are not compared: {reason}.",
    "pdf.review.title": "Looking back on the previous plan",
    "pdf.review.summary": "Of the {steps} actions of the previous plan: {counts}.",
    "pdf.review.summary_pending": "{pending} got no status at the review yet.",
    "pdf.review.action": "Action",
    "pdf.review.owner": "Owner then",
    "pdf.review.deadline": "Deadline",
    "pdf.review.was": "Was then",
    "pdf.review.now": "Is now",
    "pdf.review.note": "Note at the review",
    "pdf.review.pending": "not reviewed yet",
    "pdf.review.next": (
        "What is busy or not started continues in the new action plan (↻); "
        "what is done or dropped does not return."
    ),
    "pdf.find.review": "Previous plan: {summary}",
}
