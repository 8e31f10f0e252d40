#!/usr/bin/env python3
"""Checks that README.md lost no text when its history moved to docs/history/.

Every line of README.md at BASE (a git revision) that the working tree's README.md no longer holds must stand,
character for character, in one of docs/history/*.md. Moved text is verbatim except its relative links, which
point from docs/history/ back to the repository's root: `](../../README.md#<anchor>)` is read as `](#<anchor>)` and
`](../../path)` as `](path)` before comparing. Blank lines are not counted.
Usage: python3 bench/docs/check_history.py BASE   (prints what is missing; exit 1 when anything is)
"""
import glob
import os
import re
import subprocess
import sys


def unlink(line):
    line = line.replace('](../../README.md#', '](#')
    return re.sub(r'\]\(\.\./\.\./', '](', line)


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else 'main'
    old_text = subprocess.run(['git', 'show', f'{base}:README.md'], capture_output=True, text=True,
                              check=True).stdout
    old = old_text.split('\n')
    with open('README.md', encoding='utf-8') as f:
        new = set(f.read().split('\n'))
    history = set()
    for path in sorted(glob.glob('docs/history/*.md')):
        with open(path, encoding='utf-8') as f:
            history.update(unlink(line) for line in f.read().split('\n'))
    removed = [line for line in old if line.strip() and line not in new]
    missing = [line for line in removed if line not in history]
    old_bytes = len(old_text.encode())
    print(f'README.md at {base}: {len(old)} lines, {old_bytes:,} bytes; now {os.path.getsize("README.md"):,} bytes')
    print(f'{len(removed)} non-blank lines removed from it; {len(removed) - len(missing)} of them stand verbatim in '
          f'docs/history/; {len(missing)} stand nowhere')
    for line in missing:
        print('  missing: ' + line[:150])
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
