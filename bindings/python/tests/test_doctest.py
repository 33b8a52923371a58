"""The examples of the package docstring run as doctests."""
import doctest
import unittest

import quanze


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite(quanze))
    return tests


class DocstringTest(unittest.TestCase):
    def test_the_docstring_has_examples(self):
        examples = doctest.DocTestFinder().find(quanze)[0].examples
        self.assertGreaterEqual(len(examples), 5)


if __name__ == "__main__":
    unittest.main()
