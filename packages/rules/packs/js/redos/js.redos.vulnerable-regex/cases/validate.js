// threat-models: library
const EMAIL = /^([a-zA-Z0-9_.-]+)+@[a-z]+\.[a-z]+$/;

function isEmail(input) {
  // ruleid: js.redos.vulnerable-regex
  return EMAIL.test(input);
}

function trimEnd(input) {
  // ruleid: js.redos.vulnerable-regex
  return input.replace(/\s+$/, '');
}

function isSlug(input) {
  // ok: js.redos.vulnerable-regex
  return /^[a-z0-9-]+$/.test(input);
}

function collapse(input) {
  // ok: js.redos.vulnerable-regex
  return input.replace(/\s+/g, ' ');
}

module.exports = { isEmail, trimEnd, isSlug, collapse };
