"""enum.ReprEnum, enum.IntEnum and enum.StrEnum (part of enum, defined when a program first
uses them): enumerations whose members are ints or strs, and show their data type's str()."""

import enum
from enum import Enum


class ReprEnum(Enum, _memberless=True):
    """Only repr() shows the member; str() and format() are the data type's."""
    __module__ = 'enum'


# EnumType gives ReprEnum's direct subclasses their data type's str() and format().
enum._ReprEnum = ReprEnum


class IntEnum(int, ReprEnum, _memberless=True):
    """Members are ints."""
    __module__ = 'enum'


class StrEnum(str, ReprEnum, _memberless=True):
    """Members are strs; auto() gives the lower-cased member name."""
    __module__ = 'enum'

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f"encoding must be a string, not {values[1]!r}")
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f"errors must be a string, not {values[2]!r}")
        value = str(*values)
        enum_member = str.__new__(cls, value)
        enum_member._value_ = value
        return enum_member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# enum's names for these resolve to them from now on.
for _name in ('ReprEnum', 'IntEnum', 'StrEnum'):
    setattr(enum, _name, globals()[_name])
del _name
