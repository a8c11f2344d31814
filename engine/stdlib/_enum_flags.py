"""enum.Flag, enum.IntFlag and enum.FlagBoundary (part of enum, defined when a program first
uses them): members that combine with |, & and ^ into combinations that are members too."""

import enum
from enum import Enum, auto

from _enum_mixins import ReprEnum, StrEnum

class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members' bits."""
    __module__ = 'enum'
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bits_text(num, width):
    # Two's complement digits after a sign digit: 0b0 0101, 0b1 1011.
    width = max(width, num.bit_length())
    digits = format(num & (2 ** width - 1), 'b').zfill(width)
    return f"0b{1 if num < 0 else 0} {digits}"


class Flag(Enum, boundary=STRICT, _memberless=True):
    """Members combine with |, & and ^; a combination of members is a member too."""
    __module__ = 'enum'

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        if not isinstance(last_value, int):
            raise TypeError(f"invalid flag value {last_value!r}")
        return 2 ** last_value.bit_length()

    @classmethod
    def _iter_member_by_value_(cls, value):
        # The single-bit members in value, lowest bit first.
        while value:
            bit = value & -value
            member = cls._value2member_map_.get(bit)
            if member is not None:
                yield member
            value ^= bit

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _numeric_repr_(cls, value):
        return repr(value)

    @classmethod
    def _missing_(cls, value):
        # Combinations of members (and, with KEEP, of unknown bits) become pseudo-members.
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n"
                                 f"    given {_bits_text(value, width)}\n"
                                 f"  allowed {_bits_text(flag_mask, width)}")
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        negative = None
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        known = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = []
        combined = 0
        for flag_member in cls._iter_member_(known):
            names.append(flag_member._name_)
            combined |= flag_member._value_
        if combined:
            if value != combined:
                names.append(cls._numeric_repr_(value ^ combined))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls_name}: {value_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(other).__qualname__}' and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._flag_mask_ ^ self._value_)
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


# EnumType treats Flag's subclasses (IntFlag first) specially once it knows Flag.
enum._Flag = Flag
enum._EJECT = EJECT


class IntFlag(int, ReprEnum, Flag, boundary=KEEP, _memberless=True):
    """Flags that are ints: they combine with ints too."""
    __module__ = 'enum'


# enum's names for these resolve to them from now on.
for _name in ('Flag', 'IntFlag', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP'):
    setattr(enum, _name, globals()[_name])
del _name
