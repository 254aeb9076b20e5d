import base64
import json
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = base64.b64decode(request.form["state"])
    # ruleid: py.deserialization.unsafe-deserialization
    state = pickle.loads(blob)
    # ok: py.deserialization.unsafe-deserialization
    data = json.loads(blob)
    # ruleid: py.deserialization.unsafe-deserialization
    conf = yaml.load(request.form["config"], Loader=yaml.Loader)
    # ok: py.deserialization.unsafe-deserialization
    safe = yaml.load(request.form["config"], Loader=yaml.SafeLoader)
    # ok: py.deserialization.unsafe-deserialization
    safe2 = yaml.safe_load(request.form["config"])
    return str((state, data, conf, safe, safe2))
