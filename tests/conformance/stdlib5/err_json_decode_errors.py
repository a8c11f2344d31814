# JSONDecodeError: CPython's messages, positions, line and column numbers.
import json

documents = [
    "", " ", "[1,", "[1 2]", '{"a" 1}', "{a:1}", '{"a":1,}', "[1,]", '"abc', '"a\\qb"',
    '"a\x01b"', "[1] x", "tru", '{"a":', "-", "01", "1.", '"\\u12"', '"\\u12zz"',
    '{"a":1 "b":2}', "[", "{", "nul", "\n\n  [1,\n 2,,]", '{"k": [1, 2}', "[1, 2", "'single'",
    "\ufeff[]", '"\\', "[-]", "{\"a\": tru}", "[1e]",
]
for doc in documents:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("{bad}")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), type(e).__module__)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('"\\ud800"') == "\ud800", len(json.loads('"\\ud83d\\ude00"')))
json.loads('{"unclosed": [1, 2, 3')
