"""Privacy threshold: team scores and the competence spread hidden below k respondents.

The demo has six Vier in balans respondents and seven staff with a complete competence
self-assessment, so k = 7 (VIB) and k = 8 (competences) are one respondent short and
k = 6 and k = 7 are exactly enough.
"""

from __future__ import annotations

import pytest

from ictwizard.analysis.core import analyse
from ictwizard.model.content import Content
from ictwizard.model.session import Context, Session
from ictwizard.report.render import make_view, render_html
from ictwizard.textsummary import summary

VIB = 6
ASSESSED = 7


def with_k(session: Session, k: int) -> Session:
    session.context.privacy_k = k
    return session


def test_the_threshold_defaults_to_five_and_refuses_zero() -> None:
    assert Context(name="School").privacy_k == 5
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        Context(name="School", privacy_k=0)


def test_vib_result_is_hidden_one_respondent_short_and_shown_at_k(
    demo: Session, content: Content
) -> None:
    short = analyse(with_k(demo, VIB + 1), content).privacy
    assert not short.vib_shown
    assert short.vib_reason == "verborgen: pas vanaf 7 respondenten, nu 6"
    assert analyse(with_k(demo, VIB), content).privacy.vib_shown


def test_competence_spread_is_hidden_one_respondent_short_and_shown_at_k(
    demo: Session, content: Content
) -> None:
    short = analyse(with_k(demo, ASSESSED + 1), content).privacy
    assert not short.competences_shown
    assert short.competences_reason == "verborgen: pas vanaf 8 respondenten, nu 7"
    assert analyse(with_k(demo, ASSESSED), content).privacy.competences_shown


def test_rules_still_read_the_team_scores_below_the_threshold(
    demo: Session, content: Content
) -> None:
    shown = analyse(with_k(demo, 1), content)
    hidden = analyse(with_k(demo, 50), content)
    assert hidden.facts == shown.facts
    assert [m.model.id for m in hidden.models] == [m.model.id for m in shown.models]


def test_report_hides_the_vib_table_below_k_and_says_why(demo: Session, content: Content) -> None:
    html = render_html(make_view(with_k(demo, VIB + 1), content))
    vib = html.split('<section id="vib">')[1].split("</section>")[0]
    assert "verborgen: pas vanaf 7 respondenten, nu 6" in vib
    assert "<table>" not in vib
    assert "Vier in balans: het teamresultaat is verborgen" in html
    shown = render_html(make_view(with_k(demo, VIB), content))
    vib = shown.split('<section id="vib">')[1].split("</section>")[0]
    assert "verborgen" not in vib
    assert "<table>" in vib


def test_report_hides_the_competence_spread_below_k_and_says_why(
    demo: Session, content: Content
) -> None:
    html = render_html(make_view(with_k(demo, ASSESSED + 1), content))
    comp = html.split('<section id="competences">')[1].split("</section>")[0]
    assert "De verdeling over de niveaus en Digisnap is verborgen" in comp
    assert "<svg" not in comp
    shown = render_html(make_view(with_k(demo, ASSESSED), content))
    comp = shown.split('<section id="competences">')[1].split("</section>")[0]
    assert "verborgen" not in comp
    assert "<svg" in comp


def test_text_summary_hides_the_figures_below_k(demo: Session, content: Content) -> None:
    text = summary(demo, content, analyse(with_k(demo, 8), content))
    assert "Teamresultaat verborgen: pas vanaf 8 respondenten, nu 6." in text
    assert "Verdeling en Digisnap verborgen: pas vanaf 8 respondenten, nu 7." in text
    assert "Verdeling:" not in text
    shown = summary(demo, content, analyse(with_k(demo, 6), content))
    assert "Verdeling:" in shown
    assert "verborgen" not in shown
