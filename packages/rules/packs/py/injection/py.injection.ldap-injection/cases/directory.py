import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)
conn = ldap.initialize("ldap://directory.local")


@app.route("/user")
def user():
    uid = request.args["uid"]
    # ruleid: py.injection.ldap-injection
    found = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    # ok: py.injection.ldap-injection
    safe = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(uid))
    return {"n": len(found) + len(safe)}
