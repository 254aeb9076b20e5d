// threat-models: library
import * as cp from 'node:child_process';
import { quote } from 'shell-quote';

export function gitCheckout(branch: string): void {
  // ruleid: js.injection.command-injection
  cp.execSync('git checkout ' + branch);
}

export function gitCheckoutQuoted(branch: string): void {
  // ok: js.injection.command-injection
  cp.execSync('git checkout ' + quote([branch]));
}

export function gitStatus(): void {
  // ok: js.injection.command-injection
  cp.execSync('git status');
}
