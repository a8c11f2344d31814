"""Shallow and deep copies (CPython's copy module).

copy(x) and deepcopy(x) use, in order: a copier for the built-in type, the class's
__copy__/__deepcopy__, its __reduce_ex__/__reduce__, or else what object.__reduce_ex__(4)
would produce: a new instance made by cls.__new__ whose state (__dict__ and slots, or what
__getstate__ returns) is copied over, plus the items of list and dict subclasses.
"""

import builtins
import types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error



def _builtin_types(*names):
    # The named built-in types this engine provides (not every build has complex or
    # bytearray).
    return frozenset(getattr(builtins, name) for name in names if hasattr(builtins, name))


# Immutable values, and objects copied by reference (functions, classes, ...).
_atomic_types = _builtin_types('int', 'float', 'bool', 'complex', 'str', 'bytes', 'range',
                               'type', 'property') | {
    type(None), type(Ellipsis), type(NotImplemented), types.FunctionType,
    types.BuiltinFunctionType, types.CodeType, types.ModuleType}
# Mutable built-in containers with a copy() method.
_copyable_types = _builtin_types('list', 'dict', 'set', 'bytearray')


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic_types or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls in _copyable_types:
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    # A string names a global: the object is copied by reference, like pickle does.
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x. memo maps id(original) to its copy, so that shared and recursive
    structures are copied once."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic_types or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself (through a list) was copied while copying its items.
    copied = memo.get(id(x))
    if copied is not None:
        return copied
    for original, item in zip(x, items):
        if original is not item:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    # The memo is keyed by id(): the originals must outlive it so that no id is reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _own_method(cls, name):
    # A method the class (or a base other than object) defines.
    method = getattr(cls, name, None)
    if method is None or method is getattr(object, name, None):
        return None
    return method


def _reduce(x):
    cls = type(x)
    if _own_method(cls, '__reduce_ex__') is not None:
        return x.__reduce_ex__(4)
    if _own_method(cls, '__reduce__') is not None:
        return x.__reduce__()
    return _reduce_object(x)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _default_state(x):
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _reduce_object(x):
    # What object.__reduce_ex__(4) returns for the built-in types copy cannot rebuild
    # otherwise and for instances of classes.
    cls = type(x)
    if isinstance(x, BaseException):
        return (cls, x.args, getattr(x, '__dict__', None) or None)
    if cls.__module__ == 'builtins':
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getstate = _own_method(cls, '__getstate__')
    state = x.__getstate__() if getstate is not None else _default_state(x)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), state)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = (cls,) + tuple(getnewargs(x))
    elif isinstance(x, _value_types):
        args = (cls, _builtin_value(x))
    else:
        args = (cls,)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, args, state, listitems, dictitems)


# Immutable built-in types whose subclass instances are rebuilt from a plain value.
_value_types = tuple(_builtin_types('int', 'float', 'complex', 'str', 'bytes', 'tuple'))


def _builtin_value(x):
    for base in type(x).__mro__:
        if base in _value_types:
            return base(x)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
