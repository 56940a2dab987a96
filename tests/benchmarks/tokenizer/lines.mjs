// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Prints, for each line of each file given, its o200k and cl100k token counts
// and the line itself as JSON: the data calibrate-estimator.py fits.
import { readFileSync } from 'node:fs';
import { encode as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import { encode as cl100k } from 'gpt-tokenizer/encoding/cl100k_base';

for (const path of process.argv.slice(2)) {
  for (const line of readFileSync(path, 'utf8').split(/(?<=\n)/)) {
    console.log(JSON.stringify([o200k(line).length, cl100k(line).length, line]));
  }
}
