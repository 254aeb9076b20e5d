import type { IrFunction, IrModule } from '../ir/ir.types';
import { EMPTY, addStep, join, mk, withFields, type FnRef, type Value } from '../dataflow/value';
import type { ArgVal } from './library-calls';
import type { TaintProgram } from './program';

const MAX_EXPORT_DEPTH = 3;

/**
 * The `library` threat model: whoever calls a package's exported functions controls their
 * arguments. Every exported function (and method of an exported class or object, and function
 * returned by an exported factory) is applied once with attacker-controlled parameters.
 */
export function libraryEntryPoints(program: TaintProgram): void {
  const done = new Set<number>();
  for (const module of program.modules) {
    const exported = program.exportsOf(module.file);
    const entry = program.entryAnalyzer(module);
    const visit = (v: Value, container: Value | undefined, depth: number): void => {
      const isCtorFn = !!v.fields?.get('prototype')?.fields?.size;
      for (const ref of v.fns) {
        if (ref.fn < 0) {
          // A class without its own constructor still exposes its methods.
          if (ref.isClass) callClass(program, entry, ref, v, done);
          continue;
        }
        if (done.has(ref.fn)) continue;
        done.add(ref.fn);
        if (ref.isClass || isCtorFn) callClass(program, entry, ref, v, done);
        else {
          // Factories: what an exported function returns (functions, objects, instances) is API too.
          const ret = callWithLibraryArgs(program, entry, ref, v, container, false);
          if (depth < MAX_EXPORT_DEPTH) visit(ret, undefined, depth + 1);
        }
      }
      if (depth >= MAX_EXPORT_DEPTH) return;
      // Exported instances expose their prototype's methods too (`module.exports = new Client()`).
      const members = new Map([...(v.proto?.fields ?? []), ...(v.fields ?? [])]);
      for (const [k, fv] of members) {
        // Python: names starting with an underscore are private by convention.
        if (k === 'prototype' || (module.language === 'python' && k.startsWith('_'))) continue;
        visit(fv, v, depth + 1);
      }
    };
    visit(exported, undefined, 0);
  }
}

function libraryArgs(fn: IrFunction, module: IrModule, skipSelf: boolean): ArgVal[] {
  const params = skipSelf ? fn.params.slice(1) : fn.params;
  return params.map((p) => ({
    value: mk({
      facts: [
        {
          o: { t: 'src', kind: 'library', label: `parameter ${p.name} of ${fn.name}`, file: module.file, loc: p.loc },
          san: '',
          flags: 0,
          trace: addStep(undefined, { file: module.file, loc: p.loc, note: `source: parameter ${p.name} of exported ${fn.name}() (library)` }),
        },
      ],
    }),
    spread: false,
    kwspread: false,
    kw: undefined,
    expr: { k: 'unknown', parts: [], loc: p.loc },
  }));
}

function callWithLibraryArgs(program: TaintProgram, moduleEntry: ReturnType<TaintProgram['entryAnalyzer']>, ref: FnRef, calleeVal: Value, recv: Value | undefined, isNew: boolean): Value {
  const info = program.fnInfo(ref.fn);
  if (!info) return EMPTY;
  // A fresh analyzer per entry point: each gets its own application fuel (NOTE(apply-fuel)).
  const entry = program.entryAnalyzer(moduleEntry.module);
  const args = libraryArgs(info.fn, info.module, info.fn.thisMode === 'python-self');
  return entry.applyFn(ref, calleeVal, recv, args, isNew, info.fn.loc, info.fn.name, []);
}

function callClass(program: TaintProgram, entry: ReturnType<TaintProgram['entryAnalyzer']>, ref: FnRef, classVal: Value, done: Set<number>): void {
  const ctorInfo = ref.fn >= 0 ? program.fnInfo(ref.fn) : undefined;
  let instance: Value = ctorInfo ? callWithLibraryArgs(program, entry, { ...ref, isClass: true }, classVal, undefined, true) : mk({ proto: classVal.fields?.get('prototype') });
  // Fields the constructor did not set are attacker-controlled too (`obj.cmd = input; obj.run()`).
  const marker = ctorInfo ? libraryArgs(ctorInfo.fn, ctorInfo.module, false)[0]?.value : undefined;
  if (marker) instance = { ...instance, facts: marker.facts };
  const members = new Map([...(instance.proto?.fields ?? []), ...(instance.fields ?? [])]);
  for (const [name, mv] of members) {
    if (name === 'constructor') continue;
    for (const m of mv.fns) {
      if (done.has(m.fn)) continue;
      done.add(m.fn);
      callWithLibraryArgs(program, entry, m, mv, instance, false);
    }
  }
  for (const [k, sv] of classVal.fields ?? []) {
    if (k === 'prototype') continue;
    for (const m of sv.fns) {
      if (done.has(m.fn)) continue;
      done.add(m.fn);
      callWithLibraryArgs(program, entry, m, sv, classVal, false);
    }
  }
  void join;
}
