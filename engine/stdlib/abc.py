"""Abstract base classes (CPython's abc): ABCMeta, ABC and the abstract decorators.

A class's abstract methods are recorded in its __abstractmethods__; object.__new__ refuses to
instantiate a class while that set is not empty. isinstance() and issubclass() ask the
metaclass (__instancecheck__, __subclasscheck__), which also accepts registered virtual
subclasses and whatever __subclasshook__ approves.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractclassmethod', 'abstractmethod', 'abstractproperty',
           'abstractstaticmethod', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method abstract: a class that has it (not overridden) cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property over @abstractmethod."""
    __isabstractmethod__ = True


def _wraps_abstract(descriptor):
    # property, classmethod and staticmethod are abstract when a function they wrap is.
    if isinstance(descriptor, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (descriptor.fget, descriptor.fset, descriptor.fdel))
    return getattr(descriptor.__func__, '__isabstractmethod__', False)


_WRAPPER_TYPES = (property, classmethod, staticmethod)


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False) or \
        isinstance(value, _WRAPPER_TYPES) and _wraps_abstract(value)


# Bumped by every register() call: cached negative answers are stale afterwards.
_abc_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered anywhere."""
    return _abc_invalidation_counter


def _compute_abstract_methods(cls):
    # Every class ABCMeta makes comes through here: the test is written out for speed.
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False) or \
                isinstance(value, _WRAPPER_TYPES) and _wraps_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added to an existing class."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstract_methods(cls)
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstract_methods(cls)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass; returns it, so that this works as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for candidate in cls._abc_registry:
            if issubclass(subclass, candidate):
                cls._abc_cache.add(subclass)
                return True
        for candidate in cls.__subclasses__():
            if issubclass(subclass, candidate):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


class ABC(metaclass=ABCMeta):
    """A helper base: subclassing ABC gives a class ABCMeta as its metaclass."""
    __slots__ = ()
