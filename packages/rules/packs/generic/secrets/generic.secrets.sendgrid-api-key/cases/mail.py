import os

# ruleid: generic.secrets.sendgrid-api-key
SENDGRID_KEY = "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"
# ok: generic.secrets.sendgrid-api-key
SENDGRID_FROM_ENV = os.environ.get("SENDGRID_API_KEY")
