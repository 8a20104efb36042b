"""A separate process that writes turns to a sessions database: `python store_writer.py DB ID N`.

Prints `saved <index>` (flushed) the moment each `save_turn` returns. With N = 0 it writes until
killed. Used by the concurrency and resume-after-kill tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from listener.store import open_store
from tests.factories import session, turn


def main(db: str, session_id: str, count: int) -> int:
    store = open_store(Path(db), busy_timeout=30)
    if store.warning:
        print(store.warning, file=sys.stderr)
        return 1
    store.start(session(session_id))
    index = 0
    while count == 0 or index < count:
        store.save_turn(session_id, turn(index, f"Reply {index} from {session_id}"))
        print(f"saved {index}", flush=True)
        index += 1
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
