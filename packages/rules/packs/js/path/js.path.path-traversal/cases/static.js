const http = require('http');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, 'public');

http.createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(req.url));
  // ruleid: js.path.path-traversal
  fs.createReadStream(file).pipe(res);
}).listen(8080);

http.createServer((req, res) => {
  const name = path.basename(req.url);
  // ok: js.path.path-traversal
  fs.readFile(path.join(root, name), (err, data) => res.end(data));
}).listen(8081);

http.createServer((req, res) => {
  const target = path.resolve(root, '.' + req.url);
  if (!target.startsWith(root)) {
    res.statusCode = 403;
    return res.end();
  }
  // ok: js.path.path-traversal
  fs.readFile(target, (err, data) => res.end(data));
}).listen(8082);
