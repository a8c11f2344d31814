"""Names for built-in types that have no builtin name, and dynamic class creation
(CPython's types module)."""

import sys

__all__ = ['AsyncGeneratorType', 'BuiltinFunctionType', 'BuiltinMethodType', 'CodeType',
           'CoroutineType', 'EllipsisType', 'coroutine', 'FrameType', 'FunctionType', 'GeneratorType', 'GenericAlias', 'LambdaType', 'MappingProxyType',
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


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """An awaitable face for a generator that a types.coroutine-decorated callable returned."""

    def __init__(self, generator):
        self.__wrapped = generator
        self.__name__ = getattr(generator, '__name__', None)
        self.__qualname__ = getattr(generator, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def _forwarded(name):
        return property(lambda self: getattr(self._GeneratorWrapper__wrapped, name))

    gi_code = _forwarded('gi_code')
    gi_frame = _forwarded('gi_frame')
    gi_running = _forwarded('gi_running')
    gi_yieldfrom = _forwarded('gi_yieldfrom')
    del _forwarded
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if isinstance(self.__wrapped, GeneratorType):
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Makes a generator function awaitable, as `async def` would: the generator-based
    coroutines that asyncio was first written with."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(getattr(func, '__code__', None)) is CodeType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            # The same function: its code now says its generators may be awaited.
            func.__code__ = func.__code__.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
            return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType:
            if result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
                return result
            return _GeneratorWrapper(result)
        # Any other generator (collections.abc.Generator's methods) that is not awaitable.
        generator_methods = ('__iter__', '__next__', 'send', 'throw', 'close')
        if all(hasattr(result, m) for m in generator_methods) and not hasattr(result, '__await__'):
            return _GeneratorWrapper(result)
        return result

    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
