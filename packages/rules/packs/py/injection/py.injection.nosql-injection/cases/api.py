from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient().shop


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    # ruleid: py.injection.nosql-injection
    user = db.users.find_one({"name": body["name"], "password": body["password"]})
    # ok: py.injection.nosql-injection
    same = db.users.find_one({"name": str(body["name"]), "password": str(body["password"])})
    # ruleid: py.injection.nosql-injection
    posts = db.posts.find({"$where": "this.author == '%s'" % body["author"]})
    return {"ok": bool(user and same), "posts": list(posts)}
