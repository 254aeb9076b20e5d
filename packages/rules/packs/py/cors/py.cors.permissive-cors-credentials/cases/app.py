from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
api = Flask("api")
admin = Flask("admin")

# ruleid: py.cors.permissive-cors-credentials
CORS(app, supports_credentials=True)
# ok: py.cors.permissive-cors-credentials
CORS(api, supports_credentials=True, origins=["https://app.example.com"])
# ok: py.cors.permissive-cors-credentials
CORS(admin)
