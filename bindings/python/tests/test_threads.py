"""Threads: one shared model answering from many threads, and a slot
swapped to a rebuilt model while readers keep answering."""
import threading
import unittest

import quanze
from support import test_data


class ThreadsTest(unittest.TestCase):
    def test_shared_model(self):
        model = quanze.Model.default()
        want = (model.sign("request", "2026-03-02", recipient="city-government").person.name,
                model.acting("county-head", "2026-03-10").who("acting")[0].post)
        errors = []

        def worker():
            try:
                for i in range(300):
                    a = model.sign("request", "2026-03-02", recipient="city-government")
                    b = model.acting("county-head", "2026-03-10")
                    if (a.person.name, b.who("acting")[0].post) != want:
                        errors.append("wrong answer")
                    try:
                        model.acting("no-such-post", "2026-03-02")
                    except quanze.NotFoundError as e:
                        if "no-such-post" not in str(e):
                            errors.append("wrong message: " + str(e))
            except Exception as e:  # pragma: no cover - reported below
                errors.append(repr(e))

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])

    def test_hot_reload(self):
        slot = quanze.ModelSlot.create(quanze.Model.default())
        small = quanze.Model.load(org=test_data("org", "small.xml"))
        stop = threading.Event()
        seen, errors = set(), []

        def reader():
            while not stop.is_set():
                m = slot.get()
                try:
                    seen.add(m.acting("county-head", "2026-03-02").person.id)
                except Exception as e:  # pragma: no cover
                    errors.append(repr(e))

        readers = [threading.Thread(target=reader) for _ in range(4)]
        for t in readers:
            t.start()
        for i in range(50):
            slot.set(small if i % 2 else quanze.Model.default())
        stop.set()
        for t in readers:
            t.join()
        self.assertEqual(errors, [])
        self.assertTrue(seen <= {"p002", "p1"})


if __name__ == "__main__":
    unittest.main()
