import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const DEMO_LOCK = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'demo-app', 'package-lock.json'), 'utf8');
export const DEMO_PKG = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'demo-app', 'package.json'), 'utf8');

/** A real local git repository the tests commit to; scanned through its file:// URL. */
export class GitFixture {
  readonly dir: string;
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'np-repo-'));
    this.git('init', '-q', '-b', 'main');
  }
  get url(): string {
    return `file://${this.dir}`;
  }
  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: this.dir,
      encoding: 'utf8',
    });
  }
  write(files: Record<string, string>): this {
    for (const [p, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, p)), { recursive: true });
      writeFileSync(join(this.dir, p), content);
    }
    return this;
  }
  remove(path: string): this {
    rmSync(join(this.dir, path), { force: true });
    return this;
  }
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }
  destroy(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const VULNERABLE_APP = `const express = require('express');
const { exec } = require('child_process');
const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  exec('ping -c 1 ' + host, (err, out) => res.send(out));
});

app.listen(3000);
`;

export const FIXED_APP = `const express = require('express');
const { execFile } = require('child_process');
const app = express();

app.get('/ping', (req, res) => {
  const host = String(req.query.host);
  execFile('ping', ['-c', '1', host], (err, out) => res.send(out));
});

app.listen(3000);
`;
