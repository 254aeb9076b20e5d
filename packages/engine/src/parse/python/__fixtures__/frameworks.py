# Capabilities: Flask request global and route parameters through decorators, Django views,
# FastAPI path parameters.
import os
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()


@app.route("/run/<name>")
def run(name):
    # ruleid: test.taint.flow
    os.system("echo " + name)
    # ruleid: test.taint.flow
    os.system("echo " + request.args["x"])
    # ok: test.taint.flow
    os.system("echo " + app.name)


def django_view(request, pk):
    # ruleid: test.taint.flow
    os.system("echo " + request.GET["q"])


@api.get("/items/{item}")
async def item(item: str):
    # ruleid: test.taint.flow
    os.system("echo " + item)
