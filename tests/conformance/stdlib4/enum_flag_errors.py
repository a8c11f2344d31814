# The errors of Flag values outside the members' bits (the STRICT boundary), of Flag
# operands, and of StrEnum values that are not strs.
from enum import Flag, IntFlag, StrEnum, auto


class Perm(Flag):
    R = 1
    W = 2


def attempt(label, action):
    try:
        print(label, "->", action())
    except (ValueError, TypeError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


def str_enum_int():
    class S(StrEnum):
        A = 1


def bad_flag_value():
    class Bad(Flag):
        A = 1
        B = "x"


def bad_auto_after_str():
    class Bad(Flag):
        A = auto()
        B = "x"
        C = auto()


attempt("flag value", lambda: Perm(4))
attempt("flag negative", lambda: Perm(-5))
attempt("flag type", lambda: Perm("R"))
attempt("flag or int", lambda: Perm.R | 1)
attempt("flag contains", lambda: 1 in Perm.R)
attempt("int flag type", lambda: IntFlag("Mode", "R W")("x"))
for action in (str_enum_int, bad_flag_value, bad_auto_after_str):
    attempt(action.__name__, action)
Perm(8)
