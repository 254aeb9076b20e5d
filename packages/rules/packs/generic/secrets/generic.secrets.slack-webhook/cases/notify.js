// ruleid: generic.secrets.slack-webhook
const WEBHOOK = 'https://hooks.slack.com/services/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';
// ok: generic.secrets.slack-webhook
const FROM_ENV = process.env.SLACK_WEBHOOK_URL;
module.exports = { WEBHOOK, FROM_ENV };
