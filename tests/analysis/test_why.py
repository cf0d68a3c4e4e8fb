"""The "why this advice" trail reaches back to the wizard step of every fact a rule reads."""

from __future__ import annotations

from ictwizard.analysis.core import analyse
from ictwizard.analysis.facts import example_facts
from ictwizard.analysis.roadmap import plan_lines
from ictwizard.analysis.why import FACT_ORIGIN, model_trails, step_trail
from ictwizard.model.content import Content
from ictwizard.model.progress import STEPS
from ictwizard.model.session import Session


def test_every_fact_namespace_comes_from_a_wizard_step(content: Content) -> None:
    assert set(example_facts(content)) == set(FACT_ORIGIN)
    assert set(FACT_ORIGIN.values()) <= set(STEPS)


def test_model_trails_carry_rule_condition_facts_and_source(
    demo: Session, content: Content
) -> None:
    advice = analyse(demo, content).recommended
    trails = model_trails(advice)
    assert len(trails) == len(advice.hits)
    assert [abs(t.weight or 0) for t in trails] == sorted(
        (abs(t.weight or 0) for t in trails), reverse=True
    )
    for trail in trails:
        assert trail.source.startswith("seed")
        assert trail.facts
        assert all(fact.step in STEPS for fact in trail.facts)
        rule = next(h.rule for h in advice.hits if h.rule.id == trail.rule_id)
        assert trail.condition == rule.when


def test_a_step_trail_lists_the_facts_its_condition_read(demo: Session, content: Content) -> None:
    result = analyse(demo, content)
    lines = plan_lines(demo, content, result.plan)
    conditional = next(line for line in lines if line.step and line.step.when != "true")
    trail = step_trail(conditional)
    assert trail is not None
    assert conditional.step is not None
    assert trail.condition == conditional.step.when
    assert [f.path for f in trail.facts] == [e.path for e in conditional.evidence]
