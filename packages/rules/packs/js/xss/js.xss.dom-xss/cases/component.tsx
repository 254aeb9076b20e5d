import React from 'react';

export function Preview() {
  const html = decodeURIComponent(window.location.hash.slice(1));
  return (
    <div>
      {/* ruleid: js.xss.dom-xss */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {/* ok: js.xss.dom-xss */}
      <div>{html}</div>
    </div>
  );
}
