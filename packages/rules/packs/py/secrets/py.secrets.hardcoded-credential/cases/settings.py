import os
import psycopg2

# ruleid: py.secrets.hardcoded-credential
SECRET_KEY = "django-insecure-8f2k3j4h5g6"
# ok: py.secrets.hardcoded-credential
API_KEY = os.environ["API_KEY"]
# ok: py.secrets.hardcoded-credential
PASSWORD = "changeme"

# ruleid: py.secrets.hardcoded-credential
conn = psycopg2.connect(host="db", user="app", password="s3cr3t-Pa55")
# ok: py.secrets.hardcoded-credential
conn2 = psycopg2.connect(host="db", user="app", password=os.environ["DB_PASSWORD"])
