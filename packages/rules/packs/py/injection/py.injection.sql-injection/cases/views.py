import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/user")
def user():
    uid = request.args.get("id")
    cur = db.cursor()
    # ruleid: py.injection.sql-injection
    cur.execute(f"SELECT * FROM users WHERE id = {uid}")
    # ruleid: py.injection.sql-injection
    cur.execute("SELECT * FROM users WHERE name = '%s'" % request.args["name"])
    # ok: py.injection.sql-injection
    cur.execute("SELECT * FROM users WHERE id = ?", (uid,))
    return {"rows": cur.fetchall()}


def find_by_email(conn, email):
    query = "SELECT * FROM users WHERE email = '{}'".format(email)
    # ruleid: py.injection.sql-injection
    return conn.execute(query)


@app.route("/by-email")
def by_email():
    return {"rows": find_by_email(db, request.args["email"]).fetchall()}
