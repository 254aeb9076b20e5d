# Capabilities: f-strings, % and .format() formatting, tuples, comprehensions, lambdas,
# closures, constant folding, guards.
value = source()
# ruleid: test.taint.flow
sink(f"echo {value}")
# ruleid: test.taint.flow
sink("echo %s" % value)
# ruleid: test.taint.flow
sink("echo {}".format(value))
# ok: test.taint.flow
sink("echo {}".format("constant"))

a, (b, c) = source(), ("x", source())
# ruleid: test.taint.flow
sink(a)
# ok: test.taint.flow
sink(b)
# ruleid: test.taint.flow
sink(c)

names = [n.strip() for n in [source()]]
# ruleid: test.taint.flow
sink(names[0])
upper = lambda s: s.upper()
# ruleid: test.taint.flow
sink(upper(value))
# ok: test.taint.flow
sink(upper("fixed"))

DEBUG = False
cmd = "ls"
if DEBUG:
    cmd = source()
# ok: test.taint.flow
sink(cmd)

choice = source()
if choice in ("a", "b"):
    # ok: test.taint.flow
    sink(choice)
if choice.isdigit():
    # ok: test.taint.flow
    sink(choice)
# ruleid: test.taint.flow
sink(choice)


def outer():
    captured = source()

    def inner():
        # ruleid: test.taint.flow
        sink(captured)

    inner()


outer()
