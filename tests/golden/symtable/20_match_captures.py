# Names bound by patterns: captures, star captures, **rest, as-names, in every kind of scope.
import collections

LIMIT = 3


def classify(event, default):
    match event:
        case {"kind": "click", "pos": (x, y), **extra}:
            return x + y, extra
        case [first, *rest] if len(rest) < LIMIT:
            return first, rest
        case collections.OrderedDict(items=found) | {"items": found}:
            return found
        case (1 | 2) as small:
            return small
        case _:
            return default


def make_matcher(pattern_len):
    def matcher(seq):
        match seq:
            case [*_, last] if pattern_len:
                return last
            case tail:
                return tail

    return matcher


class Shapes:
    match LIMIT:
        case 3 as three:
            sides = three
