from urllib.parse import quote
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/download")
def download():
    resp = make_response("data")
    # ruleid: py.injection.header-injection
    resp.headers["Content-Disposition"] = "attachment; filename=" + request.args["file"]
    # ok: py.injection.header-injection
    resp.headers["X-File"] = quote(request.args["file"])
    # ok: py.injection.header-injection
    resp.headers["Cache-Control"] = "no-store"
    return resp
