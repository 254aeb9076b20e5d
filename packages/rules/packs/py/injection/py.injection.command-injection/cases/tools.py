import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # ruleid: py.injection.command-injection
    os.system("ping -c 1 " + host)
    # ruleid: py.injection.command-injection
    subprocess.run(f"ping -c 1 {host}", shell=True)
    # ok: py.injection.command-injection
    subprocess.run(["ping", "-c", "1", host])
    # ok: py.injection.command-injection
    subprocess.run("ping -c 1 " + shlex.quote(host), shell=True)
    # ok: py.injection.command-injection
    os.system("uptime")
    return "ok"
