const express = require('express');
const mysql = require('mysql');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'app' });

app.get('/user', (req, res) => {
  const id = req.query.id;
  // ruleid: js.injection.sql-injection
  db.query('SELECT * FROM users WHERE id = ' + id, (err, rows) => res.json(rows));
  // ok: js.injection.sql-injection
  db.query('SELECT * FROM users WHERE id = ?', [id], (err, rows) => res.json(rows));
});

app.get('/search', async (req, res) => {
  const { name } = req.query;
  const sql = `SELECT * FROM products WHERE name LIKE '%${name}%'`;
  // ruleid: js.injection.sql-injection
  const rows = await db.query(sql);
  const limit = parseInt(req.query.limit, 10);
  // ok: js.injection.sql-injection
  await db.query('SELECT * FROM products LIMIT ' + limit);
  res.json(rows);
});
