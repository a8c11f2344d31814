"""A collection of string constants, capwords and Template (CPython's string module without
Formatter). Template scans by hand: Rewind has no re module."""

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
