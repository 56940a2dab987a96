// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Prints "o200k cl100k" token counts of each file given, one line per file.
import { readFileSync } from 'node:fs';
import { encode as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import { encode as cl100k } from 'gpt-tokenizer/encoding/cl100k_base';

for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, 'utf8');
  console.log(`${o200k(text).length} ${cl100k(text).length}`);
}
