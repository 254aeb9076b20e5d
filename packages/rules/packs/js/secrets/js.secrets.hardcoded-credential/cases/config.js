const mysql = require('mysql');

// ruleid: js.secrets.hardcoded-credential
const password = 'Tr0ub4dor&3';
// ok: js.secrets.hardcoded-credential
const dbPassword = process.env.DB_PASSWORD;
// ok: js.secrets.hardcoded-credential
const apiKey = 'your-api-key-here';

const conn = mysql.createConnection({
  host: 'db.internal',
  user: 'app',
  // ruleid: js.secrets.hardcoded-credential
  password: 'hunter2!prod',
});

const settings = {};
// ruleid: js.secrets.hardcoded-credential
settings.clientSecret = 'c9f1e2a7b4d8';
// ok: js.secrets.hardcoded-credential
settings.clientSecret = '';

module.exports = { password, dbPassword, apiKey, conn, settings };
