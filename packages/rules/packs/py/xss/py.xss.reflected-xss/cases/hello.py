from markupsafe import escape
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: py.xss.reflected-xss
    return "<p>Hello " + name + "</p>"


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "")
    # ok: py.xss.reflected-xss
    return "<p>Hello " + str(escape(name)) + "</p>"


@app.route("/echo")
def echo():
    # ruleid: py.xss.reflected-xss
    resp = make_response(request.args["msg"])
    # ok: py.xss.reflected-xss
    data = jsonify(msg=request.args["msg"])
    return resp if request.args.get("raw") else data
