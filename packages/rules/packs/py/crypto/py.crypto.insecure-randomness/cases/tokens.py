import random
import secrets


def new_session(user):
    # ruleid: py.crypto.insecure-randomness
    session_token = "%032x" % random.getrandbits(128)
    # ok: py.crypto.insecure-randomness
    csrf_token = secrets.token_hex(16)
    # ok: py.crypto.insecure-randomness
    delay = random.random() * 2
    return {"user": user, "session_token": session_token, "csrf": csrf_token, "delay": delay}


def reset_code():
    # ruleid: py.crypto.insecure-randomness
    reset_code = "".join(random.choice("0123456789") for _ in range(6))
    return reset_code
