from .inputs import user_input


def run(value):
    # ruleid: test.taint.flow
    sink(value)


def relative_flow():
    # ruleid: test.taint.flow
    sink(user_input())
