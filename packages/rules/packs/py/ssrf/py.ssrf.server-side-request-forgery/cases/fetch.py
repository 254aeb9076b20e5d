import requests
from urllib.parse import quote
from flask import Flask, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args["url"]
    # ruleid: py.ssrf.server-side-request-forgery
    page = requests.get(url, timeout=5)
    # ok: py.ssrf.server-side-request-forgery
    user = requests.get("https://api.example.com/users/" + quote(request.args["id"]), timeout=5)
    # ruleid: py.ssrf.server-side-request-forgery
    status = requests.get(f"http://{request.args['host']}/status", timeout=5)
    return page.text + user.text + status.text
