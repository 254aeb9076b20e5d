import sqlite3
from markupsafe import escape
from flask import Flask

app = Flask(__name__)


@app.route("/comments")
def comments():
    rows = sqlite3.connect("app.db").execute("SELECT body FROM comments").fetchall()
    html = "".join("<li>%s</li>" % r[0] for r in rows)
    # ruleid: py.xss.stored-xss
    return "<ul>" + html + "</ul>"


@app.route("/comments-safe")
def comments_safe():
    rows = sqlite3.connect("app.db").execute("SELECT body FROM comments").fetchall()
    html = "".join("<li>%s</li>" % escape(r[0]) for r in rows)
    # ok: py.xss.stored-xss
    return "<ul>" + html + "</ul>"
