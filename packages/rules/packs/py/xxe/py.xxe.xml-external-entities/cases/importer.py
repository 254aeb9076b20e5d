from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    # ruleid: py.xxe.xml-external-entities
    doc = etree.fromstring(request.data)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: py.xxe.xml-external-entities
    safe = etree.fromstring(request.data, parser=parser)
    return str(len(doc) + len(safe))
