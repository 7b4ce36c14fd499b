"""assistant.snapshot.ReadWriteLock: questions read together; a reload waits for them and
goes before the questions that arrive while it waits."""

from __future__ import annotations

import threading
import time

from assistant.snapshot import ReadWriteLock


def test_readers_share_and_a_writer_waits_for_them() -> None:
    lock = ReadWriteLock()
    events: list[str] = []
    inside = threading.Barrier(3)

    def reader(name: str) -> None:
        with lock.reading():
            inside.wait(timeout=5)  # both readers are in at once
            time.sleep(0.2)
            events.append(f"{name} done")

    def writer() -> None:
        inside.wait(timeout=5)
        with lock.writing():
            events.append("write")

    threads = [threading.Thread(target=reader, args=(n,)) for n in ("a", "b")]
    threads.append(threading.Thread(target=writer))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert sorted(events[:2]) == ["a done", "b done"] and events[2] == "write"


def test_a_waiting_writer_goes_before_new_readers_and_reading_is_reentrant() -> None:
    lock = ReadWriteLock()
    order: list[str] = []
    first_in = threading.Event()

    def long_reader() -> None:
        with lock.reading():
            first_in.set()
            time.sleep(0.2)  # a writer is waiting by now ...
            with lock.reading():  # ... and a briefing asking a question does not deadlock
                time.sleep(0.1)
        order.append("long reader out")

    def writer() -> None:
        with lock.writing():
            order.append("write")

    def late_reader() -> None:
        with lock.reading():
            order.append("late reader")

    t1 = threading.Thread(target=long_reader)
    t1.start()
    first_in.wait(timeout=5)
    t2 = threading.Thread(target=writer)
    t2.start()
    time.sleep(0.05)  # the writer is waiting now
    t3 = threading.Thread(target=late_reader)
    t3.start()
    for t in (t1, t2, t3):
        t.join(timeout=10)
    assert order == ["long reader out", "write", "late reader"]
