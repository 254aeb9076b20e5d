const express = require('express');
const User = require('./models/user');

const router = express.Router();

router.post('/login', async (req, res) => {
  // ruleid: js.injection.nosql-injection
  const user = await User.findOne({ name: req.body.name, password: req.body.password });
  // ok: js.injection.nosql-injection
  const same = await User.findOne({ name: String(req.body.name), password: `${req.body.password}` });
  res.json({ ok: !!user && !!same });
});

router.get('/posts', async (req, res) => {
  const db = req.app.locals.db;
  // ruleid: js.injection.nosql-injection
  const posts = await db.collection('posts').find({ $where: "this.author == '" + req.query.author + "'" }).toArray();
  res.json(posts);
});
