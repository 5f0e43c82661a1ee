#!/usr/bin/env python3
"""Lists source files that break "one public type per file, named after it" (DESIGN.md).

  tools/type-files.py            report: files whose name matches no type, files with more than one top-level type
  tools/type-files.py --split F  split F into one file per top-level type (usings and namespace kept)
"""
import re, sys, pathlib, subprocess

TYPE = re.compile(r'^(?:public |internal )?(?:sealed |static |abstract |partial |readonly )*(?:class|record|enum|interface|struct)(?: struct| class)? (\w+)')

def sources():
    out = subprocess.run(['git', 'ls-files', 'src/*.cs'], capture_output=True, text=True).stdout.split()
    return [pathlib.Path(p) for p in out if '/Migrations/' not in p and pathlib.Path(p).exists()]

def top_types(text, report=False):
    """(name, start line) of each top-level type; doc comments and attributes above it belong to it."""
    lines = text.split('\n'); found = []
    for i, line in enumerate(lines):
        m = TYPE.match(line)
        if m:
            start = i
            while start > 0 and (lines[start - 1].startswith('///') or lines[start - 1].startswith('[')):
                start -= 1
            found.append((m.group(1), start) if not report else (m.group(1), line.startswith('public ')))
    return found, lines

def split(path):
    text = path.read_text()
    types, lines = top_types(text)
    head = lines[:types[0][1]]
    for n, (name, start) in enumerate(types):
        end = types[n + 1][1] if n + 1 < len(types) else len(lines)
        body = '\n'.join(lines[start:end]).rstrip() + '\n'
        target = path.with_name(name + '.cs')
        target.write_text('\n'.join(head).rstrip() + '\n\n' + body)
        print('wrote', target)
    if not any(name == path.stem for name, _ in types):
        path.unlink(); print('removed', path)

if len(sys.argv) > 2 and sys.argv[1] == '--split':
    for f in sys.argv[2:]:
        split(pathlib.Path(f))
    sys.exit(0)

unnamed = several = 0
for path in sources():
    if path.name.endswith('.razor.cs'):
        continue
    types, _ = top_types(path.read_text(), report=True)
    names = [n for n, _ in types]
    public = [n for n, kind in types if kind]
    if names and path.stem not in names:
        unnamed += 1; print(f'no type named after the file: {path} ({", ".join(names)})')
    elif len(public) > 1:
        several += 1; print(f'{len(public)} public types: {path} ({", ".join(public)})')
print(f'files whose name matches no type: {unnamed}; files with more than one public type: {several}')
