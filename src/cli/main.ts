#!/usr/bin/env node
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { runCli } from './run.js';
import type { CliIo } from './io.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  openStream: (path) => (path === '-' ? process.stdin : createReadStream(path)),
  fileSize: async (path) => (path === '-' ? undefined : (await stat(path)).size),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  listDir: async (path) => (path !== '-' && (await stat(path).catch(() => undefined))?.isDirectory() === true ? readdir(path) : undefined),
  stderrIsTTY: process.stderr.isTTY === true,
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`unexpected error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
