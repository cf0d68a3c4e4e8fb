"""Strings the analysis writes into its results (the reasons behind a proposal)."""

from __future__ import annotations

NL: dict[str, str] = {
    "sugg.profile": "profiel {cluster}",
    "sugg.role": "rol {role}",
    "sugg.level": "niveau {level}",
    "sugg.spare": "{hours} u vrij",
    "sugg.pool": "gemeenschappelijke nood: poolen op SG-niveau",
}

EN: dict[str, str] = {
    "sugg.profile": "{cluster} profile",
    "sugg.role": "role {role}",
    "sugg.level": "level {level}",
    "sugg.spare": "{hours} h free",
    "sugg.pool": "common need: pool at school-group level",
}
