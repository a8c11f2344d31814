"""typing.Protocol, typing.NamedTuple and typing.TypedDict: the typing names programs
derive classes from (structural types, typed namedtuples, dicts with typed keys). Part of
typing, kept apart for size."""

import collections
import sys
from abc import ABCMeta

from typing import Generic, NotRequired, Required, _type_check

# Attributes every class has, which a protocol does not require of its implementations.
_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '__init_subclass__', '__match_args__',
    '__protocol_attrs__', '_is_protocol', '_is_runtime_protocol', '__non_callable_proto_members__',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


def _called_from_abc_machinery(depth):
    # Checks that abc and functools make internally must not fail for protocols that are
    # not runtime-checkable. `depth` frames up from the caller is the code that asked.
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__') in ('abc', 'functools')
    except ValueError:
        return True


class _ProtocolMeta(ABCMeta):
    __module__ = 'typing'

    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and \
                not getattr(cls, '_is_runtime_protocol', False) and \
                not _called_from_abc_machinery(1):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if not getattr(cls, '_is_protocol', False) and issubclass(instance.__class__, cls):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: a class matches a (runtime_checkable) protocol when it has
    the protocol's members, whatever its bases."""
    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                if _called_from_abc_machinery(2):
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if isinstance(annotations, dict) and attr in annotations and \
                            issubclass(other, Generic) and other._is_protocol:
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        # A protocol without an __init__ of its own cannot be instantiated.
        if not any('__init__' in base.__dict__ for base in cls.__mro__[:-1]):
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Class decorator: lets isinstance() and issubclass() check a protocol."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got '
                        f'{cls!r}')
    cls._is_runtime_protocol = True
    return cls


# What NamedTuple classes may not redefine: namedtuple() makes these.
_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                  '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                                  '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_namedtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    __module__ = 'typing'

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_namedtuple(typename, types.items(), module=ns['__module__'],
                                  defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: class Point(NamedTuple): x: int; y: int = 0, or
    NamedTuple('Point', [('x', int), ('y', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not "
                        "both")
    module = sys._getframe(1).f_globals.get('__name__', '__main__')
    return _make_namedtuple(typename, fields, module=module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    __module__ = 'typing'

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = {n: _type_check(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be "
                                  "a type") for n, tp in ns.get('__annotations__', {}).items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, annotation in own.items():
            origin = getattr(annotation, '__origin__', None)
            if origin is Required or (total and origin is not NotRequired):
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        # TypedDict "instances" are plain dicts.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys: class Movie(TypedDict): name: str."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields),
          '__module__': sys._getframe(1).f_globals.get('__name__', '__main__')}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# These are typing's names (their classes say so in their bodies).
for _function in (runtime_checkable, NamedTuple, TypedDict):
    _function.__module__ = 'typing'
del _function
