# ruleid: py.cors.permissive-cors-credentials
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
# ok: py.cors.permissive-cors-credentials
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
