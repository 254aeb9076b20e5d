const express = require('express');
const ldap = require('ldapjs');
const app = express();
const client = ldap.createClient({ url: 'ldap://directory.local' });

app.get('/user', (req, res) => {
  // ruleid: js.injection.ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: `(uid=${req.query.uid})` }, () => res.end());
  // ok: js.injection.ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: '(objectClass=person)' }, () => res.end());
});
