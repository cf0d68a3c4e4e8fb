"""Every string exists in Dutch and English, and numbers are written the reader's way."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest

import ictwizard.i18n
from ictwizard.i18n import CATALOGS, num, set_language, t


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("nl")


def test_dutch_and_english_have_the_same_keys() -> None:
    assert set(CATALOGS["nl"]) == set(CATALOGS["en"])


def test_no_key_is_defined_in_two_modules() -> None:
    seen: dict[str, str] = {}
    for module in pkgutil.iter_modules(ictwizard.i18n.__path__):
        catalog = importlib.import_module(f"ictwizard.i18n.{module.name}")
        for key in catalog.NL:
            assert key not in seen, f"{key} in {module.name} and {seen[key]}"
            seen[key] = module.name


def test_placeholders_match_between_languages() -> None:
    for key, dutch in CATALOGS["nl"].items():
        assert set(re.findall(r"{(\w+)", dutch)) == set(
            re.findall(r"{(\w+)", CATALOGS["en"][key])
        ), key


def test_every_step_has_a_label_and_help_in_both_languages() -> None:
    from ictwizard.model.progress import STEPS

    for lang in ("nl", "en"):
        for step in STEPS:
            assert CATALOGS[lang][f"step.{step}"]
            assert CATALOGS[lang][f"help.{step}"].startswith("#")


def test_numbers_use_a_decimal_comma_in_dutch() -> None:
    assert (num(2.5), num(3.0), num(1.666, 1)) == ("2,5", "3", "1,7")


@pytest.mark.usefixtures("english")
def test_numbers_use_a_decimal_point_in_english() -> None:
    assert (num(2.5), t("step.huidig")) == ("2.5", "Current situation")
