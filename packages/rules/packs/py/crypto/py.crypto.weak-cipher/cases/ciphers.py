from Crypto.Cipher import AES, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def legacy(key, data):
    # ruleid: py.crypto.weak-cipher
    return DES.new(key, DES.MODE_CBC).encrypt(data)


def ecb(key, data):
    # ruleid: py.crypto.weak-cipher
    return AES.new(key, AES.MODE_ECB).encrypt(data)


def triple(key, iv):
    # ruleid: py.crypto.weak-cipher
    return Cipher(algorithms.TripleDES(key), modes.CBC(iv))


def modern(key, nonce):
    # ok: py.crypto.weak-cipher
    return AES.new(key, AES.MODE_GCM, nonce=nonce)
