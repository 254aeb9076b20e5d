// threat-models: library
function isObject(v) {
  return v !== null && typeof v === 'object';
}

function merge(target, source) {
  for (const key in source) {
    if (isObject(source[key])) {
      // ruleid: js.prototype-pollution.prototype-pollution
      if (!isObject(target[key])) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // ruleid: js.prototype-pollution.prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      // ok: js.prototype-pollution.prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function assign(obj, key, value) {
  // ok: js.prototype-pollution.prototype-pollution
  obj[key] = value;
  return obj;
}

module.exports = { merge, safeMerge, assign };
