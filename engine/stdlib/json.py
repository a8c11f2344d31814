"""JSON encoding and decoding (CPython's json): dumps/dump with indent, separators,
sort_keys, ensure_ascii, default and cls; loads/load with CPython's JSONDecodeError messages
and positions (those of its C scanner)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_WHITESPACE = ' \t\n\r'
_INFINITY = float('inf')

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


class JSONDecodeError(ValueError):
    """A document that is not valid JSON: msg at pos (line lineno, column colno) of doc."""
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---- encoding ---------------------------------------------------------------------------------

def _encode_string(s):
    out = ['"']
    for ch in s:
        escaped = _ESCAPES.get(ch)
        out.append(ch if escaped is None else escaped)
    out.append('"')
    return ''.join(out)


def _encode_string_ascii(s):
    out = ['"']
    for ch in s:
        if ' ' <= ch <= '~':
            out.append('\\\\' if ch == '\\' else '\\"' if ch == '"' else ch)
            continue
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
            continue
        n = ord(ch)
        if n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    """Turns Python objects into JSON text; subclasses override default()."""
    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_string_ascii(o) if self.ensure_ascii else _encode_string(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        encode_str = _encode_string_ascii if self.ensure_ascii else _encode_string
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Encoder(markers, self.default, encode_str, indent, self.key_separator,
                        self.item_separator, self.sort_keys, self.skipkeys,
                        self.allow_nan).chunks(o)


class _Encoder:
    def __init__(self, markers, default, encode_str, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.encode_str = encode_str
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def chunks(self, o):
        out = []
        self.encode(o, 0, out)
        return out

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            # CPython's C encoder (no indent) leaves the value out of the message.
            message = 'Out of range float values are not JSON compliant'
            raise ValueError(message if self.indent is None else message + ': ' + repr(o))
        return text

    def mark(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(self.encode_str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            self.mark(o)
            self.encode(self.default(o), level, out)
            self.unmark(o)

    def newline(self, level):
        return '\n' + self.indent * level

    def encode_list(self, lst, level, out):
        self.encode_items(lst, '[]', ((None, value) for value in lst), level, out)

    def encode_items(self, container, brackets, items, level, out):
        # A list's or dict's items, as (key or None, value) pairs, between its brackets.
        if not container:
            out.append(brackets)
            return
        self.mark(container)
        out.append(brackets[0])
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline = self.newline(level)
            separator += newline
            out.append(newline)
        first = True
        for key, value in items:
            if not first:
                out.append(separator)
            first = False
            if key is not None:
                out.append(self.encode_str(key))
                out.append(self.key_separator)
            self.encode(value, level, out)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append(brackets[1])
        self.unmark(container)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_dict(self, dct, level, out):
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        texts = ((self.key_text(key), value) for key, value in items)
        self.encode_items(dct, '{}', ((key, value) for key, value in texts if key is not None),
                          level, out)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and
            indent is None and separators is None and default is None and not sort_keys and
            not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# ---- decoding ---------------------------------------------------------------------------------

_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t'}
_HEX_DIGITS = '0123456789abcdefABCDEF'


class _StopScan(Exception):
    """No value starts at `pos` (the scanner's StopIteration)."""

    def __init__(self, pos):
        self.pos = pos


def _skip_whitespace(s, pos):
    n = len(s)
    while pos < n and s[pos] in _WHITESPACE:
        pos += 1
    return pos


def _hex4(s, pos):
    """The four hex digits at pos, as CPython's scanner reads them (None if invalid)."""
    digits = s[pos:pos + 4]
    if len(digits) != 4 or any(c not in _HEX_DIGITS for c in digits):
        return None
    return int(digits, 16)


def _scan_string(s, end, strict):
    """Decodes the string whose opening quote is at end - 1; returns (text, index after it)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        start = end
        while end < n and s[end] != '"' and s[end] != '\\' and (s[end] > '\x1f' or not strict):
            end += 1
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if end > start:
            chunks.append(s[start:end])
        terminator = s[end]
        if terminator == '"':
            return ''.join(chunks), end + 1
        if terminator != '\\':
            raise JSONDecodeError('Invalid control character at', s, end)
        escape_pos = end + 1
        if escape_pos >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[escape_pos]
        if esc != 'u':
            char = _SIMPLE_ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, end)
            chunks.append(char)
            end = escape_pos + 1
            continue
        if escape_pos + 5 >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, escape_pos)
        uni = _hex4(s, escape_pos + 1)
        if uni is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, escape_pos)
        end = escape_pos + 5
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2)
            if low is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(uni))


def _scan_number(s, idx):
    """The end of the number at idx and whether it is a float, like CPython's C scanner."""
    n = len(s)
    start = idx
    if s[idx] == '-':
        idx += 1
        if idx >= n:
            raise _StopScan(start)
    if '1' <= s[idx] <= '9':
        idx += 1
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
    elif s[idx] == '0':
        idx += 1
    else:
        raise _StopScan(start)
    is_float = False
    if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
        is_float = True
        idx += 2
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
    if idx < n - 1 and s[idx] in 'eE':
        e_start = idx
        idx += 1
        if idx < n - 1 and s[idx] in '-+':
            idx += 1
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
        if '0' <= s[idx - 1] <= '9':
            is_float = True
        else:
            idx = e_start
    return idx, is_float


class JSONDecoder:
    """Turns JSON text into Python objects."""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._scan(s, idx)
        except _StopScan as stop:
            raise JSONDecodeError('Expecting value', s, stop.pos) from None

    def _scan(self, s, idx):
        if idx >= len(s):
            raise _StopScan(idx)
        ch = s[idx]
        if ch == '"':
            return _scan_string(s, idx + 1, self.strict)
        if ch == '{':
            return self._object(s, idx + 1)
        if ch == '[':
            return self._array(s, idx + 1)
        if ch == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if ch == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if ch == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if ch == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        if ch == '-' or '0' <= ch <= '9':
            end, is_float = _scan_number(s, idx)
            text = s[idx:end]
            return (self.parse_float(text) if is_float else self.parse_int(text)), end
        raise _StopScan(idx)

    def _value(self, s, idx):
        try:
            return self._scan(s, idx)
        except _StopScan as stop:
            raise JSONDecodeError('Expecting value', s, stop.pos) from None

    def _object(self, s, end):
        pairs = []
        end = _skip_whitespace(s, end)
        nextchar = s[end:end + 1]
        if nextchar == '}':
            return self._finish_object(pairs), end + 1
        if nextchar != '"':
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = _scan_string(s, end, self.strict)
            end = _skip_whitespace(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_whitespace(s, end + 1)
            value, end = self._value(s, end)
            pairs.append((key, value))
            end = _skip_whitespace(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_whitespace(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, end - 1)
        return self._finish_object(pairs), end

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def _array(self, s, end):
        values = []
        end = _skip_whitespace(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            value, end = self._value(s, end)
            values.append(value)
            end = _skip_whitespace(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_whitespace(s, end)
        return values, end


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode('utf-8')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
