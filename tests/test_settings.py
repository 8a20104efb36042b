"""Settings: the config file, the environment and their precedence, and what a bad setting says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from listener.cli import main
from listener.config import Settings, SettingsError


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty environment and a config file (not yet written) in a folder of its own."""
    import os

    for name in list(os.environ):
        if name.upper().startswith(("LISTENER_", "OPENAI_")):
            monkeypatch.delenv(name)
    path = tmp_path / "conf" / "config.toml"
    path.parent.mkdir()
    monkeypatch.setenv("LISTENER_CONFIG", str(path))
    return path


def _error(**values: object) -> str:
    with pytest.raises(SettingsError) as caught:
        Settings(**values)
    return str(caught.value)


def test_relative_folders_in_the_config_file_start_from_its_folder(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    config.write_text('data_dir = "data"\nscenario_dirs = ["mine", "/abs/theirs", "~/home-ones"]\n', "utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    settings = Settings()
    assert settings.data_dir == config.parent / "data"
    assert settings.database_path == config.parent / "data" / "sessions.db"
    assert settings.scenario_dirs == [
        config.parent / "mine",
        Path("/abs/theirs"),
        tmp_path / "home" / "home-ones",
    ]


def test_a_path_joined_like_PATH_in_the_config_file_starts_from_its_folder_too(config: Path):
    config.write_text('scenario_dirs = "one:two"\n', "utf-8")
    assert Settings().scenario_dirs == [config.parent / "one", config.parent / "two"]


def test_environment_folders_stay_relative_to_the_current_folder(config: Path, monkeypatch):
    monkeypatch.setenv("LISTENER_DATA_DIR", "data")
    assert Settings().data_dir == Path("data")


def test_the_environment_wins_over_the_file_key_by_key_and_arguments_win_over_both(
    config: Path, monkeypatch: pytest.MonkeyPatch
):
    config.write_text('speed = 4\nmode = "exam"\n[llm]\nmodel = "from-file"\nimprovise = true\n', "utf-8")
    monkeypatch.setenv("LISTENER_SPEED", "2")
    monkeypatch.setenv("LISTENER_LLM__JUDGE", "true")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    settings = Settings()
    assert (settings.speed, settings.mode.value) == (2.0, "exam")
    assert (settings.llm.model, settings.llm.improvise, settings.llm.judge) == ("from-file", True, True)
    assert settings.llm.base_url == "http://127.0.0.1:9/v1"
    assert Settings(speed=5).speed == 5.0
    monkeypatch.setenv("LISTENER_MODEL", "from-env")
    assert Settings().llm.model == "from-env"


def test_a_key_from_the_environment_is_kept_secret(config: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-not-to-be-shown")
    settings = Settings()
    assert (
        settings.llm.api_key is not None and settings.llm.api_key.get_secret_value() == "sk-not-to-be-shown"
    )
    assert "sk-not-to-be-shown" not in repr(settings) + settings.model_dump_json()


def test_a_bad_environment_variable_is_named_with_a_plain_message(config: Path, monkeypatch):
    monkeypatch.setenv("LISTENER_SPEED", "fast")
    monkeypatch.setenv("LISTENER_MODE", "exma")
    monkeypatch.setenv("LISTENER_LLM__TIMEOUT", "0")
    assert _error().splitlines() == [
        "LISTENER_MODE: expected one of: coach, exam; found 'exma' (did you mean 'exam'?)",
        "LISTENER_SPEED: expected a number, found 'fast'",
        "LISTENER_LLM__TIMEOUT: must be more than 0, found '0'",
    ]


def test_a_bad_json_section_in_the_environment_names_the_variable_and_key(config: Path, monkeypatch):
    monkeypatch.setenv("LISTENER_LLM", '{"judge": "maybe"}')
    assert _error() == "LISTENER_LLM: judge: expected true or false, found 'maybe'"
    monkeypatch.setenv("LISTENER_LLM", "{judge: true}")
    assert _error().startswith("LISTENER_LLM: not valid JSON")


def test_a_bad_value_in_the_config_file_names_the_file_and_key(config: Path):
    config.write_text("speed = 0\n[llm]\njudg = true\n", "utf-8")
    assert _error().splitlines() == [
        f"{config}: speed: must be more than 0, found 0",
        f"{config}: llm.judg: unknown key (did you mean 'judge'?)",
    ]


def test_a_toml_syntax_error_gives_the_line_and_column(config: Path):
    config.write_text('theme = "nord"\nspeed = fast\n', "utf-8")
    assert _error() == f"{config}:2:9: not valid TOML: invalid value"


def test_the_command_line_prints_the_plain_message_not_pydantics(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    config.write_text("speed = 500\n", "utf-8")
    assert main(["history"]) == 2
    err = capsys.readouterr().err
    assert f"{config}: speed: must be at most 100, found 500" in err
    assert "pydantic" not in err and "validation error" not in err


def test_the_practice_app_reports_a_bad_setting_and_exits(config: Path, tmp_path: Path):
    # The app reads its settings after the first paint; a bad one must end it with the message.
    code = "import sys; from listener.cli import main; sys.exit(main(['practice']))"
    env = {"LISTENER_CONFIG": str(config), "LISTENER_SPEED": "fast", "PATH": "", "HOME": str(tmp_path)}
    env["TERM"] = "dumb"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert (
        "listener: bad setting:\nLISTENER_SPEED: expected a number, found 'fast'" in done.stdout + done.stderr
    )
