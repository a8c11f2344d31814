# Code objects of match statements: which names and locals each kind of pattern creates.
import collections


class Point:
    __match_args__ = ("x", "y")


def literals(v):
    match v:
        case 1 | 2.5 | "s" | -3:
            return v


def singletons(v):
    match v:
        case None | True | False:
            return v


def capture(v):
    match v:
        case 0:
            pass
        case name:
            return name


def wildcard(v):
    match v:
        case 1:
            pass
        case _:
            return v


def values(v):
    match v:
        case collections.abc.Mapping:
            return v
        case Point.x:
            return v


def sequence(v):
    match v:
        case [a, b, c]:
            return a, b, c


def star_middle(v):
    match v:
        case [first, *middle, last]:
            return first, middle, last


def star_wildcard(v):
    match v:
        case [first, *_, last]:
            return first, last


def only_wildcards(v):
    match v:
        case [_, _, *_]:
            return v


def mapping(v):
    match v:
        case {"k": value, "j": other}:
            return value, other


def mapping_rest(v):
    match v:
        case {"k": value, **rest}:
            return value, rest


def mapping_attribute_key(v):
    match v:
        case {Point.x: value}:
            return value


def empty_mapping(v):
    match v:
        case {}:
            return v


def class_positional(v):
    match v:
        case Point(px, py):
            return px, py


def class_keywords(v):
    match v:
        case Point(x=kx, y=ky):
            return kx, ky


def class_mixed(v):
    match v:
        case Point(mx, y=my):
            return mx, my


def builtin_self(v):
    match v:
        case int(number) | float(number):
            return number


def or_reordered(v):
    match v:
        case [p, q] | (q, p, _):
            return p, q


def as_pattern(v):
    match v:
        case [1, 2] as pair:
            return pair


def nested_as(v):
    match v:
        case [(1 | 2) as small, *others] as whole:
            return small, others, whole


def guards(v, limit):
    match v:
        case [item] if item > limit:
            return item
        case _ if limit:
            return limit


def guarded_default(v):
    match v:
        case [x]:
            return x
        case _ if v:
            return v


def nested_match(v, w):
    match v:
        case [inner]:
            match w:
                case {"a": deep}:
                    return inner, deep


def in_loop(items):
    total = 0
    for item in items:
        match item:
            case int(n):
                total += n
            case "stop":
                break
            case _:
                continue
    return total


def closure_capture(v):
    match v:
        case [shared]:
            def inner():
                return shared
            return inner


def global_capture(v):
    global captured
    match v:
        case [captured]:
            pass


def nonlocal_capture():
    bound = None

    def set_it(v):
        nonlocal bound
        match v:
            case {"b": bound}:
                pass

    set_it({"b": 1})
    return bound


def class_body():
    class Holder:
        match 1:
            case one:
                pass
    return Holder


def comprehension_inside(v):
    match v:
        case [*items]:
            return [i for i in items]


def lambda_guard(v):
    match v:
        case [f] if (lambda: f)():
            return f


match Point():
    case Point(x=1):
        pass
    case module_capture:
        pass
