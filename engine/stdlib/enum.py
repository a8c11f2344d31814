"""Enumerations (CPython 3.11's enum): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

A class statement whose base is an enumeration runs its body in an _EnumDict, which records
the member names in order (and fills in auto() values); EnumType.__new__ then creates the
class and turns each member assignment into an instance of it. Calling the class looks a
member up by value, subscripting it looks one up by name.
"""

import sys

_MappingProxy = type(type.__dict__)

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """In an enumeration's body, stands for the next value (_generate_next_value_)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class member:
    """Forces an attribute (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class _MemberAttribute:
    """name and value of a member: read-only, and shadowed by a member of the same name
    when read on the class."""

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(
                    f"{ownerclass.__name__!r} has no attribute {self.name!r}") from None
        return getattr(instance, '_' + self.name + '_')

    def __set__(self, instance, value):
        raise AttributeError(f"<enum {self.clsname!r}> cannot set attribute {self.name!r}")

    def __delete__(self, instance):
        raise AttributeError(f"<enum {self.clsname!r}> cannot delete attribute {self.name!r}")


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_missing_', '_ignore_', '_numeric_repr_',
                 '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enumeration's body: keeps member names in definition order,
    refuses redefinitions and resolves auto()."""

    def __init__(self, cls_name, member_type, first_enum):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = cls_name
        self._private_prefix = f"_{cls_name}__"
        self._generate_next_value = None
        # What EnumType.__new__ needs again, found once by __prepare__.
        self._member_type = member_type
        self._first_enum = first_enum

    def __setitem__(self, key, value):
        # Names that start with an underscore: dunders and private names are plain class
        # attributes, sunders configure the enumeration. The checks are written out because
        # every name a class body binds comes through here.
        if key[0] == '_':
            if len(key) > 4 and key[:2] == '__' == key[-2:] and key[2] != '_' and key[-3] != '_':
                dict.__setitem__(self, '_order_' if key == '__order__' else key, value)
                return
            if len(key) > 2 and key[-1] == '_' and key[1] != '_' and key[-2] != '_':
                self._set_sunder(key, value)
                return
            if key.startswith(self._private_prefix) and key[-1] != '_':
                dict.__setitem__(self, key, value)
                return
        if key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        if key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif hasattr(value, '__get__') or hasattr(value, '__set__') or \
                hasattr(value, '__delete__'):
            pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        dict.__setitem__(self, key, value)

    def _set_sunder(self, key, value):
        if key not in _SUNDER_NAMES:
            raise ValueError(f"_sunder_ names, such as {key!r}, are reserved for future "
                             f"Enum use")
        if key == '_generate_next_value_':
            if self._member_names:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            self._ignore = value.replace(',', ' ').split() if isinstance(value, str) \
                else list(value)
            already = set(self._ignore) & set(self._member_names)
            if already:
                raise ValueError(f"_ignore_ cannot specify already set names: {already!r}")
        dict.__setitem__(self, key, value)

    def update(self, members=(), **more_members):
        items = members.items() if hasattr(members, 'items') else members
        for key, value in items:
            self[key] = value
        for key, value in more_members.items():
            self[key] = value


class _MemberlessNamespace(dict):
    """The namespace of this module's own enumerations (Enum, IntEnum, Flag, ...), which
    define methods but no members: without _EnumDict's bookkeeping, `import enum` is short."""
    _member_names = {}

    def __init__(self, cls_name, member_type, first_enum):
        self._member_type = member_type
        self._first_enum = first_enum


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, *, _memberless=False, **kwds):
        metacls._check_for_existing_members(cls, bases)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        namespace_type = _MemberlessNamespace if _memberless else _EnumDict
        enum_dict = namespace_type(cls, member_type, first_enum)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = first_enum._generate_next_value_
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _memberless=False, **kwds):
        if '_ignore_' in classdict:
            for key in classdict._ignore:
                dict.pop(classdict, key, None)
            dict.pop(classdict, '_ignore_')
        member_type, first_enum = classdict._member_type, classdict._first_enum
        new_member, use_args = metacls._find_new_(classdict, member_type, first_enum)
        member_names = list(classdict._member_names)
        if 'mro' in member_names or '' in member_names:
            invalid = [name for name in member_names if name in ('mro', '')]
            raise ValueError(f"invalid enum member name(s) {','.join(map(repr, invalid))}")
        members = {name: dict.pop(classdict, name) for name in member_names}

        body = dict(classdict)
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        is_flag = _Flag is not None and any(issubclass(b, _Flag) for b in bases)
        if is_flag or boundary is not None:
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_inverted_'] = None
        order = body.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        for name in member_names:
            enum_class._add_member_(name, members[name])

        enum_class._choose_methods_(classdict, bases, member_type, first_enum)
        if is_flag:
            enum_class._finish_flag_()
        if order is not None and order != enum_class._member_names_:
            raise TypeError(f"member order does not match _order_:\n  "
                            f"{enum_class._member_names_!r}\n  {order!r}")
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._use_args_:
            enum_member = cls._new_member_(cls, *args)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value if cls._member_type_ is object \
                    else cls._member_type_(*args)
        else:
            enum_member = cls._new_member_(cls)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        # A member whose value an earlier member has is an alias of that one.
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            canonical = None
            for earlier in cls._member_map_.values():
                if earlier._value_ == value:
                    canonical = earlier
                    break
        if canonical is not None:
            enum_member = canonical
        elif not (_Flag is not None and issubclass(cls, _Flag) and isinstance(value, int)
                  and value.bit_count() != 1):
            # Only single-bit Flag members are iterated (others are aliases), like CPython's.
            cls._member_names_.append(name)
        # A member named like a member attribute (name, value) is reached through it.
        if name not in ('name', 'value') or not any(
                isinstance(klass.__dict__.get(name), _MemberAttribute) for klass in cls.__mro__):
            type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def _choose_methods_(cls, classdict, bases, member_type, first_enum):
        # With a data type mixed in (int, str, ...), its methods come first in the MRO; the
        # enumeration's own repr, str, format, lookup and (for flags) operators must win.
        if first_enum is None:
            return
        set_method = type.__setattr__
        set_method(cls, '__new__', Enum.__new__)
        if member_type is object:
            return
        if _ReprEnum is not None and _ReprEnum in bases:
            # ReprEnum keeps the data type's str() and format(); only repr() shows the member.
            if '__format__' not in classdict:
                set_method(cls, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                set_method(cls, '__str__', method)
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict or name in cls.__dict__:
                continue
            found = getattr(cls, name)
            if found is getattr(member_type, name, None) or found is getattr(object, name, None):
                set_method(cls, name, getattr(first_enum, name))
        if _Flag is not None and issubclass(cls, _Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    set_method(cls, name, getattr(_Flag, name))

    def _finish_flag_(cls):
        single_bits = 0
        all_values = 0
        for name, flag_member in cls._member_map_.items():
            value = flag_member._value_
            all_values |= value
            if value.bit_count() == 1:
                single_bits |= value
        cls._flag_mask_ = single_bits | all_values
        cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1
        # Combinations name their members in definition order when that is not value order.
        values = [m._value_ for m in cls]
        if values != sorted(values):
            cls._iter_member_ = cls._iter_member_by_def_

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = sys._getframe(2).f_globals['__name__']
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(member).__qualname__}' and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is object:
            return sorted(names)
        return sorted(names | set(dir(cls._member_type_)))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        """A read-only view of the name -> member mapping, aliases included."""
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if _Flag is not None and issubclass(cls, _Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    @staticmethod
    def _check_for_existing_members(class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if len(bases) == 1 and isinstance(first_enum, EnumType):
            return first_enum._member_type_, first_enum
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = metacls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        if len(bases) == 1 and isinstance(bases[0], EnumType):
            return bases[0]._value_repr_
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or base.__module__ == 'builtins':
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f"too many data types for {class_name!r}: {data_types!r}")
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        # The function that creates members: the body's own __new__ (which then gives way to
        # the by-value lookup of Enum.__new__), an enumeration base's, or the data type's.
        own_new = dict.pop(classdict, '__new__', None) if first_enum is not None else None
        if own_new is not None:
            return getattr(own_new, '__func__', own_new), True
        if first_enum is not None and first_enum._new_member_ is not object.__new__:
            return first_enum._new_member_, True
        if member_type is not object:
            return member_type.__new__, True
        return object.__new__, False


EnumMeta = EnumType

# Bases defined below; the metaclass tests for them before they exist.
Enum = None
# ReprEnum, Flag and Flag's boundary EJECT, once _enum_mixins and _enum_flags define them.
_ReprEnum = _Flag = _EJECT = None


class Enum(metaclass=EnumType, _memberless=True):
    """Generic enumeration. Members are instances of the class, with a name and a value."""

    def __new__(cls, value):
        # The by-value lookup behind Color(1); members themselves come from _new_member_.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if _Flag is not None and issubclass(cls, _Flag) and cls._boundary_ is _EJECT \
                and isinstance(result, int):
            return result
        invalid = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if result is None and exc is None:
            raise invalid
        if exc is None:
            exc = TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead "
                            f"of None or a valid member")
        if not isinstance(exc, ValueError):
            exc.__context__ = invalid
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() stands for: one more than the last value, or start."""
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for klass in type(self).__mro__:
            if klass is Enum or klass is object:
                break
            names.update(n for n in klass.__dict__ if not n.startswith('_'))
        names.update(n for n in getattr(self, '__dict__', ()) if not n.startswith('_'))
        if self._member_type_ is not object:
            names.update(dir(self._member_type_))
        names.difference_update(self._member_map_)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    name = _MemberAttribute()
    value = _MemberAttribute()


# Defined on first use: most programs need neither, and creating them would be most of what
# importing enum costs.
_LAZY_MODULES = {
    'ReprEnum': '_enum_mixins', 'IntEnum': '_enum_mixins', 'StrEnum': '_enum_mixins',
    'Flag': '_enum_flags', 'IntFlag': '_enum_flags', 'FlagBoundary': '_enum_flags',
    'STRICT': '_enum_flags', 'CONFORM': '_enum_flags', 'EJECT': '_enum_flags',
    'KEEP': '_enum_flags',
}


def __getattr__(name):
    module_name = _LAZY_MODULES.get(name)
    if module_name is None:
        raise AttributeError(f"module 'enum' has no attribute {name!r}")
    module = __import__(module_name)
    return getattr(module, name)


def unique(enumeration):
    """Class decorator: refuses aliases (members with the value of an earlier one)."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration
