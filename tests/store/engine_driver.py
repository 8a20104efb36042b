"""A learner's process, as the app wires it: the engine with a fake clock saving to the store.

`python engine_driver.py DB run N`: start `passed-over`, reply to N turns (printing `saved <index>`
after each is saved), then type the next reply forever. `python engine_driver.py DB resume`: find
the unfinished session, resume it, reply once more and print what was found and saved.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from listener.clock import FakeClock
from listener.records import TurnRecord
from listener.scenarios import find_scenario
from listener.session import Session
from listener.store import open_store

REPLIES = (
    "That sounds so unfair. You were told it was yours?",
    "Two years on the migration, and it went to someone newer. How did you find out?",
    "You sound really let down. What's the hardest part?",
)


def _answer(session: Session, clock: FakeClock, text: str) -> TurnRecord:
    clock.advance(120)  # long enough for every beat of the turn to be said
    session.poll()
    return session.reply(text)


def run(db: Path, count: int) -> None:
    store = open_store(db)
    clock = FakeClock()
    scenario = find_scenario("passed-over")

    def save(turn: TurnRecord) -> None:
        store.save_turn(session.id, turn)
        print(f"saved {turn.index}", flush=True)

    session = Session(scenario, clock=clock, on_turn_completed=save)
    store.start(session.record)
    print(f"session {session.id}", flush=True)
    for text in REPLIES[:count]:
        _answer(session, clock, text)
    clock.advance(1)
    session.poll()
    session.note_typing()  # mid-session: the learner is typing the next reply
    time.sleep(3600)


def resume(db: Path) -> None:
    store = open_store(db)
    (record,) = store.unfinished()
    print(f"found {record.id} {len(record.turns)}", flush=True)
    clock = FakeClock()
    session = Session.resume(
        find_scenario(record.scenario_id),
        record,
        clock=clock,
        on_turn_completed=lambda turn: store.save_turn(record.id, turn),
    )
    turn = _answer(session, clock, REPLIES[-1])
    print(f"continued at turn {turn.turn_index} index {turn.index}", flush=True)
    store.close()


if __name__ == "__main__":
    if sys.argv[2] == "run":
        run(Path(sys.argv[1]), int(sys.argv[3]))
    else:
        resume(Path(sys.argv[1]))
