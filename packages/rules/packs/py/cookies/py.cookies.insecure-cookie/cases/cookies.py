from flask import Flask, make_response

app = Flask(__name__)

# ruleid: py.cookies.insecure-cookie
SESSION_COOKIE_SECURE = False


@app.route("/login")
def login():
    resp = make_response("ok")
    # ruleid: py.cookies.insecure-cookie
    resp.set_cookie("session_id", "abc", httponly=True)
    # ok: py.cookies.insecure-cookie
    resp.set_cookie("session_id", "abc", secure=True, httponly=True, samesite="Lax")
    # ruleid: py.cookies.insecure-cookie
    resp.set_cookie("prefs", "dark", secure=False)
    # ok: py.cookies.insecure-cookie
    resp.set_cookie("theme", "dark")
    return resp
