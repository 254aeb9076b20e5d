import os

# ruleid: generic.secrets.slack-token
SLACK_BOT_TOKEN = "xoxb-075291703423-6671276842684-TAwR4y9ojfljoQoaF1Llqsaj"
# ok: generic.secrets.slack-token
SLACK_APP_TOKEN = os.environ["SLACK_APP_TOKEN"]
