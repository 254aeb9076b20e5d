const params = new URLSearchParams(location.search);
const el = document.getElementById('greeting');

// ruleid: js.xss.dom-xss
el.innerHTML = 'Hello ' + params.get('name');
// ok: js.xss.dom-xss
el.textContent = 'Hello ' + params.get('name');
// ruleid: js.xss.dom-xss
document.write(location.hash.slice(1));
// ok: js.xss.dom-xss
el.innerHTML = DOMPurify.sanitize(location.hash.slice(1));

window.addEventListener('message', (event) => {
  // ruleid: js.xss.dom-xss
  document.getElementById('out').insertAdjacentHTML('beforeend', event.data);
});
