// Capabilities: TS classes, constructor parameter properties, fields, methods calling methods,
// generics and type annotations (types only sharpen, never required).
class Store<T> {
  private items: T[] = [];
  constructor(private readonly prefix: string) {}

  add(item: T): void {
    this.items.push(item);
  }

  command(): string {
    return this.prefix + ' --all';
  }

  run(): void {
    // ruleid: test.taint.flow
    sink(this.command());
  }
}

const store = new Store<string>(source() as string);
store.run();

class Safe {
  readonly name = 'fixed';
  show(): void {
    // ok: test.taint.flow
    sink(this.name);
  }
}
new Safe().show();

function generic<T>(value: T): T {
  return value;
}
const typed: string = generic<string>(source()!);
// ruleid: test.taint.flow
sink(typed);

class Config {
  constructor(private readonly raw: string) {}
  get command(): string {
    return 'run ' + this.raw;
  }
}
// ruleid: test.taint.flow
sink(new Config(source()).command);
// ok: test.taint.flow
sink(new Config('fixed').command);
