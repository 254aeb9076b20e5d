// Capabilities: TSX parses; JSX attributes carry taint into props.
import React from 'react';

export function View(): JSX.Element {
  const html = source();
  return (
    <section>
      {/* ruleid: test.taint.flow */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
      {/* ok: test.taint.flow */}
      <div title={html}>{html}</div>
    </section>
  );
}
