#!/usr/bin/env python3
"""Lists C++ function bodies longer than a limit, longest first (a brace scanner, not a parser).

    tools/long_functions.py [LIMIT=60] [PATH ...=core app/cli]

Comments, string literals and preprocessor lines are blanked first; a brace opens a function
when every brace around it is a namespace or class and its header has a parenthesis.
"""
import pathlib
import re
import sys


def blank(text):
    """Comments, string and character literals and preprocessor lines as spaces (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
        elif text.startswith('/*', i):
            j = text.find('*/', i) + 2
        elif text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = ')' + m.group(1) + '"'
            j = text.find(end, i) + len(end)
        elif text[i] in '"\'':
            j = i + 1
            while j < n and text[j] != text[i]:
                j += 2 if text[j] == '\\' else 1
            j += 1
        else:
            out.append(text[i])
            i += 1
            continue
        out.append(re.sub(r'[^\n]', ' ', text[i:j]))
        i = j
    return re.sub(r'(?m)^[ \t]*#.*$', lambda m: ' ' * len(m.group(0)), ''.join(out))


def functions(path):
    """(lines, first line, name) of every function body in the file."""
    text = blank(path.read_text())
    stack, header_start = [], 0
    for i, c in enumerate(text):
        if c == '{':
            header = ' '.join(text[header_start:i].split())
            kind = 'block'
            if re.search(r'\b(namespace|extern)\b[^()]*$', header) or (header == '' and not stack):
                kind = 'scope'
            elif re.search(r'\b(class|struct|union)\b[^()]*$', header) and '=' not in header:
                kind = 'scope'
            elif (all(k == 'scope' for k, _ in stack) and '(' in header and not header.endswith('=')
                  and not re.match(r'^(if|for|while|switch|return|enum)\b', header)):
                kind = 'function'
            stack.append((kind, header_start))
            header_start = i + 1
        elif c == '}':
            kind, start = stack.pop() if stack else ('block', i)
            if kind == 'function':
                while text[start] in ' \n\t':
                    start += 1
                first = text.count('\n', 0, start) + 1
                last = text.count('\n', 0, i) + 1
                name = re.sub(r'\(.*', '', ' '.join(text[start:i].split('{')[0].split()))[-70:]
                yield last - first + 1, first, name
            header_start = i + 1
        elif c == ';' and all(k == 'scope' for k, _ in stack):
            header_start = i + 1


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    roots = [pathlib.Path(p) for p in (sys.argv[2:] or ['core', 'app/cli'])]
    rows = []
    for root in roots:
        for path in sorted(root.rglob('*.cpp')) if root.is_dir() else [root]:
            rows += [(length, f'{path}:{line}', name) for length, line, name in functions(path)]
    for length, where, name in sorted(rows, key=lambda row: -row[0]):
        if length > limit:
            print(f'{length:4d}  {where}  {name}')


if __name__ == '__main__':
    main()
