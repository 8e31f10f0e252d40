#!/usr/bin/env python3
"""Finds our code, tests or docs repeating corpus articles word for word.

The corpus texts are third-party; code, comments, tests and docs must be in our own words (a short common phrase or a
name is fine). This lists every place that shares a run of MIN or more consecutive words with any corpus text:

  own_words.py blocks [--min 9] [PATH ...]   comment blocks (consecutive comment lines joined) and string literals
                                             of each file (default: every tracked file under services/, seeds aside)
  own_words.py added BASE [--min 8] [PATH ...]
                                             the lines added since the commit BASE (docs included), each on its own

Corpus texts come from bench/corpus/texts/ and, when present, /work/testset/texts/ (TEXTS=dir:dir overrides); with
none present it says so and exits 0, as CI has no texts.
"""
import glob
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def corpus():
    dirs = os.environ.get('TEXTS', f'{ROOT}/bench/corpus/texts:/work/testset/texts').split(':')
    files = [f for d in dirs for f in glob.glob(f'{d}/*.txt')]
    return re.sub(r'\s+', ' ', '\n'.join(Path(f).read_text(errors='ignore') for f in files)), len(files)


def longest_run(text, big, least):
    words = re.findall(r'\S+', text.replace('"', ' " ').replace('`', ' ').replace('\\n', ' '))
    best, i = '', 0
    while i + least <= len(words):
        j = i + least
        if ' '.join(words[i:j]) in big:
            while j < len(words) and ' '.join(words[i:j + 1]) in big:
                j += 1
            if j - i > len(best.split()):
                best = ' '.join(words[i:j])
            i = j
        else:
            i += 1
    return best


def blocks_of(path):
    out, current, start = [], [], 0
    for n, line in enumerate(Path(path).read_text(encoding='utf-8', errors='ignore').split('\n'), 1):
        s = line.strip()
        m = re.match(r'^(?://|\*|/\*\*|#)\s?(.*)', s) or re.search(r'//\s?(.*)$', s)
        if m:
            if not current:
                start = n
            current.append(m.group(1))
            continue
        if current:
            out.append((start, ' '.join(current)))
            current = []
        literals = re.findall(r'"((?:[^"\\]|\\.)*)"', line)
        if literals:
            out.append((n, ' '.join(literals)))
    if current:
        out.append((start, ' '.join(current)))
    return out


def option(args, name, default):
    if name in args:
        i = args.index(name)
        value = int(args[i + 1])
        del args[i:i + 2]
        return value
    return default


def main(argv):
    if not argv or argv[0] not in ('blocks', 'added'):
        print(__doc__)
        return 2
    big, n = corpus()
    if n == 0:
        print('no corpus texts here: nothing to compare with')
        return 0
    mode, args = argv[0], argv[1:]
    found = 0
    os.chdir(ROOT)
    if mode == 'blocks':
        least = option(args, '--min', 9)
        paths = args or subprocess.run(['git', 'ls-files', 'services'], capture_output=True, text=True).stdout.split()
        for path in paths:
            if not path.endswith(('.java', '.tsv', '.psv')) or '/seeds/' in path:
                continue
            for line, text in blocks_of(path):
                run = longest_run(text, big, least)
                if run:
                    found += 1
                    print(f'{path}:{line}: {len(run.split())} | {run[:120]}')
    else:
        base, args = args[0], args[1:]
        least = option(args, '--min', 8)
        diff = subprocess.run(['git', 'diff', '-U0', base, 'HEAD', '--'] + args, capture_output=True, text=True).stdout
        path = None
        for line in diff.split('\n'):
            if line.startswith('+++ '):
                path = line[6:]
            elif line.startswith('+') and path and '/seeds/' not in path and not path.endswith('.jsonl'):
                run = longest_run(line[1:], big, least)
                if run:
                    found += 1
                    print(f'{path}: {len(run.split())} | {run[:120]}')
    print(f'{found} places share {least} or more consecutive words with a corpus text ({n} texts)')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
