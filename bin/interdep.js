#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader in this process, so the package works without a separate build step
// (a child process per call, as before, added a second Node start-up to every command).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
