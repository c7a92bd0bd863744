#!/usr/bin/env node
// The `imprint` command: runs the compiled package (built by `npm install` through
// the prepare script, or `npm run build`).
import { main } from '../dist/main.js';

const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
