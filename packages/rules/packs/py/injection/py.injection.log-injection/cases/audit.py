import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    # ruleid: py.injection.log-injection
    app.logger.info("login attempt for %s" % user)
    clean = user.replace("\n", "").replace("\r", "")
    # ok: py.injection.log-injection
    app.logger.info("login attempt for %s" % clean)
    return "ok"
