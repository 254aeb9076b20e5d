import re
from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args["q"]
    # ruleid: py.redos.regex-injection
    pattern = re.compile(q)
    # ok: py.redos.regex-injection
    literal = re.compile(re.escape(q))
    # ok: py.redos.regex-injection
    fixed = re.compile(r"^item-[0-9]+$")
    return str([pattern.pattern, literal.pattern, fixed.pattern])
