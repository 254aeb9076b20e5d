// Capabilities: TypeScript path forms - `./x.js` resolving to x.ts and tsconfig `paths` aliases.
import { userInput } from './lib/input.js';
import { constant, userInput as viaAlias } from '@lib/input';

// ruleid: test.taint.flow
sink(userInput());
// ruleid: test.taint.flow
sink(viaAlias());
// ok: test.taint.flow
sink(constant());
