const https = require('https');
const axios = require('axios');

// ruleid: js.tls.tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false });
// ok: js.tls.tls-verification-disabled
const strict = new https.Agent({ rejectUnauthorized: true, ca: process.env.CA_BUNDLE });

// ruleid: js.tls.tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

module.exports = () => axios.get('https://internal.example', { httpsAgent: agent || strict });
