"""Negation, quoted speech, several sentences, emoji, other languages and timing."""

from __future__ import annotations

from listener.scoring import Timing, score_reply


def codes(reply: str, speaker: str = "", **kwargs) -> set[str]:
    return {f.code for f in score_reply(reply, speaker, **kwargs).findings}


def test_negated_advice_is_still_advice():
    result = score_reply("I don't think you should quit over this.")
    assert result.signals.advice
    assert "N204" in codes("I don't think you should quit over this.")


def test_disclaimed_blame_is_not_judging():
    result = score_reply("I'm not saying it's your fault. That sounds really hard.")
    assert not result.signals.judging
    assert result.signals.validation


def test_quoted_speech_does_not_trigger_roadblocks():
    reply = 'My mum always said "at least you tried" and I hated it. That sounds so unfair.'
    assert "V201" not in codes(reply)
    assert "V202" not in codes("When he said 'calm down' it made it worse for you, huh?")


def test_a_whole_reply_in_quotes_is_still_read():
    assert "V101" in codes('"That sounds really difficult."')


def test_several_sentences_each_count():
    result = score_reply("That sounds exhausting. You must be worn out. What would help right now?")
    assert result.signals.validation and result.signals.paraphrase and result.signals.open_question


def test_emoji_do_not_break_or_fire():
    assert codes("😢") == set()
    result = score_reply("That sounds so hard 😢 how are you holding up?")
    assert result.signals.validation and result.signals.question


def test_other_languages_are_unsupported_not_guessed():
    for reply in (
        "Lo siento mucho, eso suena muy difícil.",
        "C'est vraiment dur, je suis désolé.",
        "我很难过",
    ):
        result = score_reply(reply, "I lost my job")
        assert not result.language_supported
        assert result.findings == ()
        assert "English" in result.feedback.next_step


def test_without_timing_the_result_says_so_and_judges_text_only():
    result = score_reply("That sounds hard.")
    assert result.timing_known is False
    assert not result.signals.interruption


def test_timing_turns_an_early_reply_into_an_interruption():
    early = Timing(speaker_finished=False, beats_heard=1, beats_total=3)
    result = score_reply("That sounds hard.", timing=early)
    assert result.timing_known and result.signals.interruption
    assert "N201" in {f.code for f in result.roadblocks()}
    assert result.skills["non_interruption"].score < 1


def test_advice_question_is_advice_and_a_closed_question():
    result = score_reply("Have you tried talking to HR?")
    assert result.signals.advice and result.signals.question and not result.signals.open_question


def test_reassurance_after_acknowledging_is_not_empty():
    assert "V204" in codes("Everything will work out.")
    assert "V204" not in codes("That sounds so stressful. I'm sure it will work out though.")


def test_self_disclosure_handed_back_is_not_self_focus():
    assert not score_reply(
        "Same thing happened to me last year. What was it like for you?"
    ).signals.self_focus
    assert score_reply("Same thing happened to me last year, I was furious for weeks.").signals.self_focus


def test_scenario_turn_cues_count(passed_over_turn):
    speaker = " ".join(b.text for b in passed_over_turn.beats)
    reply = "You led that migration for two years and they gave the role to Daniel."
    with_turn = score_reply(reply, speaker, turn=passed_over_turn)
    assert "P104" in {f.code for f in with_turn.findings}
    assert "P104" not in codes(reply, speaker)


def test_a_key_point_told_as_the_listeners_own_story_is_not_captured(passed_over_turn):
    speaker = " ".join(b.text for b in passed_over_turn.beats)
    own_story = "I ran a migration for two years once and they gave the role to someone else too."
    assert "P104" not in {f.code for f in score_reply(own_story, speaker, turn=passed_over_turn).findings}
    theirs = "You ran that migration for two years and they gave the role to someone else."
    assert "P104" in {f.code for f in score_reply(theirs, speaker, turn=passed_over_turn).findings}


def test_rewrite_is_built_from_the_turn(passed_over_turn):
    result = score_reply("Just update your CV.", turn=passed_over_turn)
    assert result.feedback.rewrite.startswith("It sounds like you felt overlooked when")
    assert "Daniel" in result.feedback.rewrite
    assert result.feedback.landed == ""


def test_landed_quotes_the_reply():
    result = score_reply("That sounds really unfair. How did you find out?")
    assert "That sounds really unfair" in result.feedback.landed
