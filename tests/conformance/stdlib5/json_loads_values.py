# json.loads and json.load: all value kinds, whitespace, unicode escapes, hooks.
import json
from collections import OrderedDict

text = '''
{
  "int": 42, "neg": -7, "float": 3.25, "exp": 1e3, "neg_exp": -2.5E-2,
  "str": "line\\nbreak \\"q\\" \\u00e9 \\ud83d\\ude00 \\/",
  "list": [1, [2, [3, []]], {}],
  "t": true, "f": false, "n": null,
  "big": 123456789012345678901234567890
}
'''
data = json.loads(text)
for key, value in data.items():
    print(key, repr(value), type(value).__name__)
print(json.loads("  [ ]  "), json.loads('""'), json.loads("0"), json.loads("-0.0"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b"[2]")))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=lambda s: int(s) * 100))
print(json.loads("[NaN]", parse_constant=lambda name: name.lower()))
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"k": 1} trailing', 0))
print(decoder.decode(' "padded" '))


class Source:
    def read(self):
        return '{"from": "file-like"}'


print(json.load(Source()))
roundtrip = {"nested": [{"a": [1, 2.5, None, True, "é"]}]}
print(json.loads(json.dumps(roundtrip)) == roundtrip)
