import os
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/read")
def read():
    name = request.args["name"]
    # ruleid: py.path.path-traversal
    with open(os.path.join(BASE, name)) as fh:
        data = fh.read()
    # ok: py.path.path-traversal
    with open(os.path.join(BASE, secure_filename(name))) as fh:
        data += fh.read()
    return data


@app.route("/get/<path:filename>")
def get(filename):
    # ruleid: py.path.path-traversal
    return send_file(os.path.join(BASE, filename))


@app.route("/static/<path:filename>")
def static_file(filename):
    # ok: py.path.path-traversal
    return send_from_directory(BASE, filename)
