# threat-models: library
# Capabilities: library threat model for Python - public functions and methods of public classes.


class Client:
    def __init__(self, base):
        self.base = base

    def get(self, path):
        # ruleid: test.taint.flow
        sink(self.base + path)


def public(arg):
    # ruleid: test.taint.flow
    sink(arg)


def _private(arg):
    # ok: test.taint.flow
    sink(arg)


_private("constant")
