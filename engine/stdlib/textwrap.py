"""Text wrapping and filling (CPython's textwrap): wrap, fill, shorten, dedent, indent and
TextWrapper. Text is split into chunks the way CPython's word-separator pattern splits it
(whitespace runs, words, hyphenated parts and em-dashes), written out as a scanner here."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return c.isalpha() or c == '_'


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _em_dash_at(text, i):
    """Whether text[i:] is two or more hyphens followed by a word character; returns the end
    of the hyphens, or -1."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    if j - i >= 2 and j < len(text) and _is_word(text[j]):
        return j
    return -1


def _hyphen_breaks(text, j):
    """A word may break after the hyphen at j: letters around it as CPython requires."""
    before = (_is_letter(_at(text, j - 2)) and _is_letter(_at(text, j - 1))) or (
        _is_letter(_at(text, j - 3)) and _at(text, j - 2) == '-' and
        _is_letter(_at(text, j - 1)))
    if not before or not _is_letter(_at(text, j + 1)):
        return False
    after = _at(text, j + 2)
    return _is_letter(after) or (after == '-' and _is_letter(_at(text, j + 3)))


def _split_words(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]):
            end = _em_dash_at(text, i)
            if end >= 0:
                chunks.append(text[i:end])
                i = end
                continue
        j = i + 1
        while True:
            if text[j - 1] == '-' and j - 1 > i and _hyphen_breaks(text, j - 1):
                break
            if j >= n or text[j] in _whitespace:
                break
            if _is_word_punct(text[j - 1]) and _em_dash_at(text, j) >= 0:
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_whitespace(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i
        space = text[i] in _whitespace
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs of text to a width, with CPython's options."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    if not isinstance(text, str):
        # CPython's dedent starts with a regular expression substitution.
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
    lines = text.split('\n')
    # Lines of only blanks and tabs become empty and do not count for the margin.
    lines = ['' if line and not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        content = line.lstrip(' \t')
        if not content:
            continue
        leading = line[:len(line) - len(content)]
        if margin is None:
            margin = leading
        elif leading.startswith(margin):
            pass
        elif margin.startswith(leading):
            margin = leading
        else:
            for i, (x, y) in enumerate(zip(margin, leading)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
