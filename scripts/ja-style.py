#!/usr/bin/env python3
"""Applies the mechanical rules of docs/glossary.md to the Japanese string literals of the
given files (Rust, TOML, TypeScript): full-width （） next to Japanese, no space between a
number and Japanese, and the one spelling of a few words outside 「」.

Only string literals that contain Japanese are touched; code, comments and English literals
are left as they are. Idempotent: running it twice changes nothing the second time. When a
merge conflicts on wording, take the other side and run this script again.

    python3 scripts/ja-style.py src/**/*.rs provider-data/*.toml ui/src/i18n.ts
"""
import re
import sys

JP = "\u3040-\u30ff\u4e00-\u9fff\u3005"
JP_RE = re.compile(f"[{JP}]")


def is_jp(c):
    return bool(c) and bool(JP_RE.match(c))


def outside_quotes(s, fn):
    """Applies fn to the parts of s outside 「」『』 (app labels keep their own spelling)."""
    out, buf, depth = [], [], 0
    for c in s:
        if c in "「『":
            if depth == 0:
                out.append(fn("".join(buf)))
                buf = []
            depth += 1
            out.append(c)
        elif c in "」』" and depth > 0:
            depth -= 1
            out.append(c)
        elif depth == 0:
            buf.append(c)
        else:
            out.append(c)
    out.append(fn("".join(buf)))
    return "".join(out)


def words(part):
    part = part.replace("スマホ", "スマートフォン")
    part = re.sub("フォルダ(?!ー)", "フォルダー", part)
    part = re.sub("ブラウザ(?!ー)", "ブラウザー", part)
    part = re.sub("プロバイダ(?!ー)", "プロバイダー", part)
    part = part.replace("ウェブメール", "Webメール").replace("Web メール", "Webメール")
    return part


def parens(s):
    """( ) → （ ） for pairs that touch Japanese (before "(", after ")", or first inside)."""
    chars = list(s)
    stack = []
    pairs = []
    for i, c in enumerate(chars):
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            pairs.append((stack.pop(), i))
    for a, b in pairs:
        before = chars[a - 1] if a > 0 else ""
        after = chars[b + 1] if b + 1 < len(chars) else ""
        inside = chars[a + 1] if a + 1 < b else ""
        # "(U)": a Windows access key, part of the app's label.
        access_key = b == a + 2 and chars[a + 1].isascii() and chars[a + 1].isupper()
        if access_key:
            continue
        if is_jp(before) or is_jp(after) or is_jp(inside) or inside in "「『":
            chars[a], chars[b] = "（", "）"
    return "".join(chars)


COUNTER = "番件回日通年月時分秒個台週文行人度"


def spaces(s):
    # Only a number standing alone: a value ending in digits (host:587, POP3, iOS 17/18) keeps
    # its space before Japanese.
    s = re.sub(rf"(?<![A-Za-z0-9:./_@%-])(\d+) (?=[{JP}])", r"\1", s)
    # ... but a date keeps its one space before the time: 2026年12月1日 23:42.
    s = re.sub(rf"(?<=[{JP}]) (\d)(?!\d?:\d\d)", r"\1", s)
    # A placeholder holding a number, before a counter: "{} 番", "{n} 件".
    s = re.sub(rf"(\{{[a-z_0-9.]*\}}) (?=[{COUNTER}])", r"\1", s)
    s = re.sub(rf"(?<=[{JP}]) (\{{[a-z_0-9.]*\}}[{COUNTER}])", r"\1", s)
    return s


def fix(lit):
    if not JP_RE.search(lit):
        return lit
    lit = outside_quotes(lit, lambda part: spaces(parens(words(part))))
    return lit


def rust_like(src):
    """Yields (start, end) of the bodies of "..." literals, skipping comments, chars, raw strings."""
    i, n = 0, len(src)
    out = []
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i)
            i = n if j < 0 else j + 2
        elif c == "r" and re.match(r'r#*"', src[i:]) and not (i > 0 and (src[i - 1].isalnum() or src[i - 1] == "_")):
            m = re.match(r'r(#*)"', src[i:])
            close = '"' + m.group(1)
            start = i + len(m.group(0))
            j = src.find(close, start)
            out.append((start, j))
            i = j + len(close)
        elif c == "'":
            m = re.match(r"'(\\.|[^\\'])'|b'(\\.|[^\\'])'", src[i:])
            i += len(m.group(0)) if m else 1
        elif c == '"' or c == "`":
            q = c
            j = i + 1
            while j < n and src[j] != q:
                j += 2 if src[j] == "\\" else 1
            out.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return out


def toml_strings(src):
    """Spans of "..." strings on the lines of a TOML file that are not comments."""
    out, pos = [], 0
    for line in src.splitlines(keepends=True):
        if not line.lstrip().startswith("#"):
            for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', line):
                out.append((pos + m.start(1), pos + m.end(1)))
        pos += len(line)
    return out


def process(path):
    src = open(path, encoding="utf-8").read()
    spans = toml_strings(src) if path.endswith(".toml") else rust_like(src)
    out, last = [], 0
    for a, b in spans:
        out.append(src[last:a])
        out.append(fix(src[a:b]))
        last = b
    out.append(src[last:])
    new = "".join(out)
    if new != src:
        open(path, "w", encoding="utf-8").write(new)
        return True
    return False


if __name__ == "__main__":
    changed = [p for p in sys.argv[1:] if process(p)]
    for p in changed:
        print("changed", p)
