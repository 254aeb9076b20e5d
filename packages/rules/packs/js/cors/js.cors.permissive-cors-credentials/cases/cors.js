const express = require('express');
const cors = require('cors');
const app = express();

// ruleid: js.cors.permissive-cors-credentials
app.use(cors({ origin: true, credentials: true }));
// ok: js.cors.permissive-cors-credentials
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
// ok: js.cors.permissive-cors-credentials
app.use(cors({ origin: '*' }));
