#!/usr/bin/env python3
"""Checks the links of the repository's Markdown.

- every `README.md#<anchor>` written in any tracked text file names a heading of that README;
- every `](#anchor)` inside a Markdown file names one of its own headings;
- every relative `](path)` or `](path#anchor)` in a Markdown file resolves to an existing file (and heading).

Anchors are made the way GitHub makes them: the heading in lower case, punctuation other than '-' and '_' dropped,
spaces turned into '-', a repeated heading suffixed -1, -2... Lines inside ``` fences are not headings.
Usage: python3 bench/docs/check_links.py [REPO_ROOT]   (exit 1 when a link is broken)
"""
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.')
LINK = re.compile(r'\]\(([^)\s]+)(?:\s+"[^"]*")?\)')
README_ANCHOR = re.compile(r'([\w./-]*README\.md)#([\w-]+)')
_anchors = {}


def slug(heading):
    text = heading.strip().lower().replace('`', '')
    text = re.sub(r'[^\w\- ]', '', text)
    return text.replace(' ', '-')


def anchors(path):
    if path not in _anchors:
        found, seen, fence = set(), {}, False
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                if line.lstrip().startswith('```'):
                    fence = not fence
                    continue
                m = re.match(r'(#{1,6})\s+(.*?)\s*#*\s*$', line)
                if m and not fence:
                    base = slug(m.group(2))
                    n = seen.get(base, 0)
                    seen[base] = n + 1
                    found.add(base if n == 0 else f'{base}-{n}')
        _anchors[path] = found
    return _anchors[path]


def tracked_files():
    out = subprocess.run(['git', '-C', ROOT, 'ls-files', '-co', '--exclude-standard'],
                         capture_output=True, text=True, check=True).stdout.split('\n')
    return [f for f in out if f and os.path.isfile(os.path.join(ROOT, f))]


def main():
    broken, checked = [], 0
    files = tracked_files()
    for rel in files:
        path = os.path.join(ROOT, rel)
        is_md = rel.endswith('.md')
        try:
            with open(path, encoding='utf-8') as f:
                lines = f.readlines()
        except (UnicodeDecodeError, OSError):
            continue
        fence = False
        for no, line in enumerate(lines, 1):
            if line.lstrip().startswith('```'):
                fence = not fence
            if not is_md:
                for m in README_ANCHOR.finditer(line):
                    target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
                    if not os.path.isfile(target):
                        target = os.path.join(ROOT, 'README.md')
                    checked += 1
                    if m.group(2) not in anchors(target):
                        broken.append(f'{rel}:{no}: {m.group(0)} (no such heading)')
                continue
            if fence:
                continue
            for m in LINK.finditer(line):
                target = m.group(1)
                if re.match(r'[a-z][a-z0-9+.-]*:', target, re.I):
                    continue  # http:, https:, mailto:, tar:...
                checked += 1
                file_part, _, anchor = target.partition('#')
                dest = path if not file_part else os.path.normpath(os.path.join(os.path.dirname(path), file_part))
                if not os.path.exists(dest):
                    broken.append(f'{rel}:{no}: {target} (no such file)')
                elif anchor and dest.endswith('.md') and anchor not in anchors(dest):
                    broken.append(f'{rel}:{no}: {target} (no such heading)')
    print(f'{len(files)} files read, {checked} relative links and README anchors checked, {len(broken)} broken')
    for b in broken:
        print('  ' + b)
    return 1 if broken else 0


if __name__ == '__main__':
    sys.exit(main())
