import os
import jwt

KEY = os.environ["JWT_KEY"]


def claims_unverified(token):
    # ruleid: py.jwt.jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


def claims_none(token):
    # ruleid: py.jwt.jwt-verification-disabled
    return jwt.decode(token, KEY, algorithms=["HS256", "none"])


def claims(token):
    # ok: py.jwt.jwt-verification-disabled
    return jwt.decode(token, KEY, algorithms=["RS256"])
