"""A collection of string constants, capwords, Template and Formatter, like CPython's string
module. Template scans by hand (Rewind has no re module); Formatter parses format strings the
way str.format does (objects/str_format_method.cpp), which CPython exposes as _string."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words, capitalize each word and join them with sep."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_sentinel_dict = {}


def _is_id_start(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yields (start, end, kind, name) for each delimiter, like the default pattern's
        groups: kind is 'escaped', 'named', 'braced' or 'invalid'."""
        text, delim = self.template, self.delimiter
        i = text.find(delim)
        while i >= 0:
            j = i + len(delim)
            if text.startswith(delim, j):
                yield i, j + len(delim), 'escaped', None
                i = text.find(delim, j + len(delim))
                continue
            k = j
            if k < len(text) and _is_id_start(text[k]):
                while k < len(text) and _is_id_char(text[k]):
                    k += 1
                yield i, k, 'named', text[j:k]
            elif k < len(text) and text[k] == '{':
                k += 1
                if k < len(text) and _is_id_start(text[k]):
                    while k < len(text) and _is_id_char(text[k]):
                        k += 1
                if k < len(text) and text[k] == '}' and k > j + 1:
                    yield i, k + 1, 'braced', text[j + 1:k]
                else:
                    k = j
                    yield i, j, 'invalid', None
            else:
                yield i, j, 'invalid', None
            i = text.find(delim, max(k, j))

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
            kws = {}

        def lookup(name):
            if name in kws:
                return kws[name]
            return mapping[name]

        parts = []
        done = 0
        for start, end, kind, name in self._placeholders():
            parts.append(self.template[done:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(self.template[start:end])
            elif safe:
                try:
                    parts.append(str(lookup(name)))
                except KeyError:
                    parts.append(self.template[start:end])
            else:
                parts.append(str(lookup(name)))
            done = end
        parts.append(self.template[done:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _format_parse(text):
    """Yields (literal_text, field_name, format_spec, conversion) like CPython's
    _string.formatter_parser, with str.format's error messages."""
    pos, end = 0, len(text)
    while pos < end:
        start = pos
        brace = None
        while pos < end:
            c = text[pos]
            pos += 1
            if c == '{' or c == '}':
                brace = c
                break
        at_end = pos >= end
        literal_end = pos
        if brace == '}' and (at_end or text[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if brace is not None and text[pos] == brace:
            yield text[start:pos], None, None, None
            pos += 1
            continue
        if brace is None:
            yield text[start:literal_end], None, None, None
            continue
        literal = text[start:literal_end - 1]
        name_start = pos
        c = None
        while pos < end:
            c = text[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < end and text[pos] != ']':
                    pos += 1
                continue
            if c in '}:!':
                break
        name = text[name_start:pos - 1]
        conversion = None
        if c == '!' or c == ':':
            if c == '!':
                if pos >= end:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = text[pos]
                pos += 1
                if pos < end:
                    nxt = text[pos]
                    pos += 1
                    if nxt == '}':
                        yield literal, name, '', conversion
                        continue
                    if nxt != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            depth = 1
            while pos < end:
                s = text[pos]
                pos += 1
                if s == '{':
                    depth += 1
                elif s == '}':
                    depth -= 1
                    if depth == 0:
                        break
            if depth:
                raise ValueError("unmatched '{' in format spec")
            yield literal, name, text[spec_start:pos - 1], conversion
            continue
        if c != '}':
            raise ValueError("expected '}' before end of string")
        yield literal, name, '', None


def _index_or_text(text):
    return int(text) if text.isdecimal() else text


def _field_name_split(name):
    """(first, rest) like _string.formatter_field_name_split: rest yields (is_attribute, key)."""
    first_end = len(name)
    for i, c in enumerate(name):
        if c == '.' or c == '[':
            first_end = i
            break
    return _index_or_text(name[:first_end]), _field_name_rest(name, first_end)


def _field_name_rest(name, pos):
    while pos < len(name):
        c = name[pos]
        pos += 1
        if c == '.':
            end = pos
            while end < len(name) and name[end] not in '.[':
                end += 1
            part, is_attribute = name[pos:end], True
            pos = end
        elif c == '[':
            end = name.find(']', pos)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            part, is_attribute = name[pos:end], False
            pos = end + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not part:
            raise ValueError('Empty attribute in format string')
        yield is_attribute, part if is_attribute else _index_or_text(part)


class Formatter:
    """str.format as overridable steps: parse, get_field, get_value, convert_field,
    format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a field was
        # numbered by hand: the two styles cannot be mixed.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                # CPython words this case like the one above.
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, used = self.get_field(field_name, args, kwargs)
            used_args.add(used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _format_parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            obj = getattr(obj, key) if is_attribute else obj[key]
        return obj, first
