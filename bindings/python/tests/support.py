"""Shared helpers of the binding tests: paths to the fixtures."""
import os

SOURCE = os.environ.get("QZ_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BINDING_DATA = os.environ.get("QZB_TEST_DATA", os.path.join(SOURCE, "bindings", "tests-data"))
TEST_DATA = os.path.join(SOURCE, "tests", "data")


def binding_data(name):
    return os.path.join(BINDING_DATA, name)


def test_data(*parts):
    return os.path.join(TEST_DATA, *parts)
