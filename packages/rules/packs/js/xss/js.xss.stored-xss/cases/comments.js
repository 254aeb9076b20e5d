const express = require('express');
const mysql = require('mysql');
const escapeHtml = require('escape-html');
const app = express();
const db = mysql.createConnection({});

app.get('/comments', (req, res) => {
  db.query('SELECT body FROM comments', (err, rows) => {
    const html = rows.map((r) => '<li>' + r.body + '</li>').join('');
    // ruleid: js.xss.stored-xss
    res.send('<ul>' + html + '</ul>');
  });
});

app.get('/comments/safe', (req, res) => {
  db.query('SELECT body FROM comments', (err, rows) => {
    const html = rows.map((r) => '<li>' + escapeHtml(r.body) + '</li>').join('');
    // ok: js.xss.stored-xss
    res.send('<ul>' + html + '</ul>');
  });
});
