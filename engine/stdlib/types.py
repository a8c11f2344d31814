"""Names for built-in types that have no builtin name, and dynamic class creation
(CPython's types module)."""

import sys

__all__ = ['AsyncGeneratorType', 'BuiltinFunctionType', 'BuiltinMethodType', 'CodeType',
           'CoroutineType', 'EllipsisType', 'FrameType', 'FunctionType', 'GeneratorType', 'GenericAlias', 'LambdaType', 'MappingProxyType',
           'MethodType', 'ModuleType', 'NoneType', 'NotImplementedType', 'SimpleNamespace',
           'TracebackType', 'UnionType', 'new_class', 'prepare_class', 'resolve_bases']


def _function():
    pass


def _generator():
    yield 1


async def _coroutine():
    pass


async def _async_generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
CoroutineType = type(_coroutine())
AsyncGeneratorType = type(_async_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)
MappingProxyType = type(type.__dict__)


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        return type(exc.__traceback__), type(exc.__traceback__.tb_frame)


TracebackType, FrameType = _traceback_and_frame()

del _function, _generator, _Class, _traceback_and_frame


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable), **kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = (f"{key}={value!r}" for key, value in self.__dict__.items())
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def resolve_bases(bases):
    """Replaces bases that define __mro_entries__ (like typing.Generic[T]) by its result."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new_base = entries(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if updated else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace its __prepare__ makes, and the remaining keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class like a class statement would, exec_body(ns) standing for its body."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)
