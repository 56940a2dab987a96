#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Reference line kinds of Python files, from Python's own tokenize and ast.

For each path given on stdin (one per line) prints
    code<TAB>comment<TAB>blank<TAB>path
or, for a file Python cannot parse,
    skip<TAB>reason<TAB>path

The rules are WhiteMagic's (README, "What is counted, exactly"):
  - a line is blank when it holds only the six ASCII white-space bytes;
  - a docstring (a str constant that is the first statement of a module,
    class or function body, ast.Expr(ast.Constant(str))) is comment;
  - a line is code when any token other than COMMENT, NL, NEWLINE, INDENT,
    DEDENT, ENDMARKER and the docstrings' tokens touches it (a multi-line
    string touches every line it spans); every other line is comment.
"""
import ast
import io
import sys
import tokenize

SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
        tokenize.DEDENT, tokenize.ENDMARKER, tokenize.ENCODING}
DOC_OWNERS = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def docstring_ranges(tree):
    ranges = []
    for node in ast.walk(tree):
        if not isinstance(node, DOC_OWNERS) or not node.body:
            continue
        first = node.body[0]
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            ranges.append(((first.lineno, first.col_offset),
                           (first.end_lineno, first.end_col_offset)))
    return ranges


def line_kinds(data):
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()  # the final newline ends the last line
    docs = docstring_ranges(ast.parse(data))
    code = set()
    for tok in tokenize.tokenize(io.BytesIO(data).readline):
        if tok.type in SKIP:
            continue
        if any(start <= tok.start < end for start, end in docs):
            continue
        code.update(range(tok.start[0], tok.end[0] + 1))
    counts = [0, 0, 0]
    for number, line in enumerate(lines, 1):
        if line.strip(b" \t\n\r\f\v") == b"":
            counts[2] += 1
        elif number in code:
            counts[0] += 1
        else:
            counts[1] += 1
    return counts


def main():
    for path in sys.stdin.read().splitlines():
        try:
            with open(path, "rb") as f:
                c = line_kinds(f.read())
        except (SyntaxError, tokenize.TokenError, ValueError) as e:
            print(f"skip\t{type(e).__name__}\t{path}")
            continue
        print(f"{c[0]}\t{c[1]}\t{c[2]}\t{path}")


if __name__ == "__main__":
    main()
