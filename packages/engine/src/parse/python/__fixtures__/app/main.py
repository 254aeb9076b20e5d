# Capabilities: absolute and relative imports across files, module attribute access.
import pkg.inputs
from pkg import sinks
from pkg.inputs import constant, user_input

# ruleid: test.taint.flow
sink(user_input())
# ruleid: test.taint.flow
sink(pkg.inputs.user_input())
# ok: test.taint.flow
sink(constant())
sinks.run(user_input())
sinks.relative_flow()
