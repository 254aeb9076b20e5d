import ast
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args["expr"]
    # ruleid: py.injection.code-injection
    value = eval(expr)
    # ok: py.injection.code-injection
    literal = ast.literal_eval(expr)
    # ruleid: py.injection.code-injection
    exec("result = " + request.args["code"])
    # ok: py.injection.code-injection
    fixed = eval("1 + 1")
    return str((value, literal, fixed))
