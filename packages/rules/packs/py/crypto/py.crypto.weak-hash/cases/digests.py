import hashlib
from hashlib import md5


def fingerprint(data: bytes) -> str:
    # ruleid: py.crypto.weak-hash
    return hashlib.md5(data).hexdigest()


def legacy(data: bytes) -> str:
    # ruleid: py.crypto.weak-hash
    return md5(data).hexdigest()


def by_name(data: bytes) -> str:
    # ruleid: py.crypto.weak-hash
    return hashlib.new("sha1", data).hexdigest()


def cache_key(data: bytes) -> str:
    # ok: py.crypto.weak-hash
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def strong(data: bytes) -> str:
    # ok: py.crypto.weak-hash
    return hashlib.sha256(data).hexdigest()
