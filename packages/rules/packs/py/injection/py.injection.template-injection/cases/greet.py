from flask import Flask, render_template, render_template_string, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    # ruleid: py.injection.template-injection
    page = render_template_string("<h1>Hello " + name + "</h1>")
    # ok: py.injection.template-injection
    safe = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ruleid: py.injection.template-injection
    tpl = Template(request.args["tpl"])
    # ok: py.injection.template-injection
    other = render_template("greet.html", name=name)
    return page + safe + tpl.render() + other
