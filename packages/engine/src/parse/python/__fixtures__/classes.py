# Capabilities: classes with self fields set in __init__, methods calling methods, inheritance,
# keyword arguments, **kwargs.


class Base:
    def __init__(self, command):
        self.command = command
        self.label = "fixed"

    def full(self):
        return self.command + " --verbose"


class Runner(Base):
    def run(self):
        # ruleid: test.taint.flow
        sink(self.full())
        # ok: test.taint.flow
        sink(self.label)


Runner(source()).run()


def configure(name, mode="safe", **extra):
    # ok: test.taint.flow
    sink(mode)
    # ruleid: test.taint.flow
    sink(extra["flag"])
    return name


configure("n", flag=source())
# ruleid: test.taint.flow
sink(configure(name=source()))
