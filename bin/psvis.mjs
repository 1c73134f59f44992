#!/usr/bin/env node
// The psvis command. TypeScript sources run through tsx's loader, so there is no build step.
import { register } from 'tsx/esm/api';

// Each camera's file is fsynced when it seals, and many cameras seal in the same second: libuv's
// default 4 threads queue those behind each other. Read when the pool first starts, so set here.
process.env.UV_THREADPOOL_SIZE ??= '16';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
