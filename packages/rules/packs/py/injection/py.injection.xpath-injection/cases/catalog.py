from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("catalog.xml")


@app.route("/item")
def item():
    name = request.args["name"]
    # ruleid: py.injection.xpath-injection
    nodes = tree.xpath("//item[@name='%s']/price" % name)
    # ok: py.injection.xpath-injection
    safe = tree.xpath("//item[@name=$name]/price", name=name)
    return {"n": len(nodes) + len(safe)}
