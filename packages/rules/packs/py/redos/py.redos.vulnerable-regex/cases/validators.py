# threat-models: library
import re

EMAIL = re.compile(r"^([a-zA-Z0-9_.-]+)+@[a-z]+\.[a-z]+$")


def is_email(value):
    # ruleid: py.redos.vulnerable-regex
    return EMAIL.match(value) is not None


def strip_trailing(value):
    # ruleid: py.redos.vulnerable-regex
    return re.sub(r"\s+$", "", value)


def is_slug(value):
    # ok: py.redos.vulnerable-regex
    return re.fullmatch(r"[a-z0-9-]+", value) is not None
