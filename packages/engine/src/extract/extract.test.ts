import { describe, expect, it } from 'vitest';
import { extractCallSites, extractImports } from './extract';

const files = [
  {
    path: 'src/app.ts',
    content: [
      "import _ from 'lodash';",
      "import { template as tpl, merge } from 'lodash';",
      "const yaml = require('js-yaml');",
      "const { exec } = require('child_process');",
      '_.template(input);',
      'tpl(input);',
      'yaml.load(text);',
      "require('minimist')(process.argv);",
      'exec(cmd);',
      'localFunction();',
    ].join('\n'),
  },
  { path: 'tool.py', content: 'import yaml\nfrom jinja2 import Template\nfrom . import helpers\nyaml.load(s)\nTemplate(t).render()\n' },
];

describe('import and call-site extraction', () => {
  it('lists imported modules with the symbols they bind', async () => {
    expect(await extractImports(files)).toEqual([
      { file: 'src/app.ts', line: 1, module: 'lodash', symbols: ['default'] },
      { file: 'src/app.ts', line: 2, module: 'lodash', symbols: ['template', 'merge'] },
      { file: 'src/app.ts', line: 3, module: 'js-yaml' },
      { file: 'src/app.ts', line: 4, module: 'child_process', symbols: ['exec'] },
      { file: 'src/app.ts', line: 8, module: 'minimist' },
      { file: 'tool.py', line: 1, module: 'yaml' },
      { file: 'tool.py', line: 2, module: 'jinja2', symbols: ['Template'] },
      { file: 'tool.py', line: 3, module: '.', symbols: ['helpers'] },
    ]);
  });

  it('resolves calls through import bindings to module member paths', async () => {
    expect((await extractCallSites(files)).map((c) => `${c.file}:${c.line} ${c.module} ${c.path.join('.')}`)).toEqual([
      'src/app.ts:5 lodash template',
      'src/app.ts:6 lodash template',
      'src/app.ts:7 js-yaml load',
      'src/app.ts:8 minimist ',
      'src/app.ts:9 child_process exec',
      'tool.py:4 yaml load',
      'tool.py:5 jinja2 Template',
    ]);
  });
});
