import ssl
import requests


def fetch(url):
    # ruleid: py.tls.tls-verification-disabled
    insecure = requests.get(url, verify=False, timeout=5)
    # ok: py.tls.tls-verification-disabled
    secure = requests.get(url, verify="/etc/ssl/private-ca.pem", timeout=5)
    return insecure.text + secure.text


def context():
    # ruleid: py.tls.tls-verification-disabled
    ctx = ssl._create_unverified_context()
    strict = ssl.create_default_context()
    # ruleid: py.tls.tls-verification-disabled
    strict.check_hostname = False
    # ruleid: py.tls.tls-verification-disabled
    strict.verify_mode = ssl.CERT_NONE
    # ok: py.tls.tls-verification-disabled
    strict.verify_mode = ssl.CERT_REQUIRED
    return ctx, strict
