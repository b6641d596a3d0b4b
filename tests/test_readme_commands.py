"""Checks that keep the docs honest: every command documented, one version, typed, a changelog entry."""

from __future__ import annotations

import re
import tomllib

import pytest
from click.testing import CliRunner
from conftest import ROOT

from storyline import __version__
from storyline.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _use_block() -> str:
    """The first shell block of README's "Use" section: one line per command, as sqlite-utils does."""
    section = README.split("\n## Use\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert match, "README's Use section has no ```sh block"
    return match.group(1)


def test_every_command_is_in_the_readme_use_block():
    block = _use_block()
    documented = set(re.findall(r"storyline (\w[\w-]*)", block))
    missing = sorted(set(main.commands) - documented)
    assert not missing, f"add a line for these commands to README's Use block: {missing}"
    unknown = sorted(documented - set(main.commands))
    assert not unknown, f"README's Use block shows commands that do not exist: {unknown}"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(command):
    res = CliRunner().invoke(main, [command, "--help"])
    assert res.exit_code == 0, res.output
    assert f"Usage: main {command}" in res.output or f"Usage: storyline {command}" in res.output
    assert main.commands[command].help, f"{command} has no docstring"


def test_one_version_string():
    res = CliRunner().invoke(main, ["--version"])
    assert res.exit_code == 0 and __version__ in res.output
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "storyline.__version__"}
    src = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*.py"))
    assert src.count(f'"{__version__}"') == 1, "write storyline.__version__, not the version string"


def test_typed_and_shipped():
    assert (ROOT / "src" / "storyline" / "py.typed").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["storyline"]


def test_the_changelog_has_this_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(__version__)}\b", text, re.MULTILINE), (
        f"CHANGELOG.md has no '## {__version__}' entry"
    )


def test_the_readme_config_example_loads():
    from storyline.config import Config

    section = README.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```toml\n(.*?)```", section, re.DOTALL)
    assert match, "README's Configuration section has no ```toml example"
    Config.from_toml(match.group(1), "README.md")
