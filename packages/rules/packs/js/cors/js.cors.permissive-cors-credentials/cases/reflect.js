function allowAll(req, res, next) {
  // ruleid: js.cors.permissive-cors-credentials
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
}

function allowApp(req, res, next) {
  // ok: js.cors.permissive-cors-credentials
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  next();
}

module.exports = { allowAll, allowApp };
