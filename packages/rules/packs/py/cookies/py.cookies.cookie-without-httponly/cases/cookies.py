from flask import Flask, make_response

app = Flask(__name__)

# ruleid: py.cookies.cookie-without-httponly
SESSION_COOKIE_HTTPONLY = False


@app.route("/login")
def login():
    resp = make_response("ok")
    # ruleid: py.cookies.cookie-without-httponly
    resp.set_cookie("auth_token", "abc", secure=True, httponly=False)
    # ruleid: py.cookies.cookie-without-httponly
    resp.set_cookie("sessionid", "abc", secure=True)
    # ok: py.cookies.cookie-without-httponly
    resp.set_cookie("sessionid", "abc", secure=True, httponly=True)
    # ok: py.cookies.cookie-without-httponly
    resp.set_cookie("theme", "dark", secure=True)
    return resp
