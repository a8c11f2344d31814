"""Type hints (CPython 3.11's typing): the names programs use in annotations. Subscripting
them builds alias objects that print like CPython's (typing.List[int]) and know their
__origin__ and __args__; type checking itself is left to external tools.
"""

import collections
import collections.abc
import sys

__all__ = [
    'Annotated', 'Any', 'AnyStr', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'LiteralString', 'Never', 'NoReturn', 'Optional', 'Protocol', 'Self', 'Tuple',
    'Type', 'TypeAlias', 'TypeGuard', 'TypeVar', 'Union', 'AbstractSet', 'ByteString',
    'Container', 'Collection', 'Generator', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
    'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Reversible', 'ChainMap', 'Counter', 'Deque', 'Dict',
    'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'NotRequired', 'Required', 'NewType', 'Text', 'TYPE_CHECKING', 'assert_never',
    'assert_type', 'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'no_type_check',
    'overload', 'reveal_type', 'runtime_checkable',
]

# Static type checkers take this to be True; at run time it is False.
TYPE_CHECKING = False

_NoneType = type(None)
# What list[int] is (types.GenericAlias), and what int | str is (types.UnionType).
_BuiltinGenericAlias = type(list[int])
_UnionType = type(int | str)


def _type_repr(obj):
    # How a parameter shows inside an alias: int, __main__.Point, ..., typing.List[int].
    if isinstance(obj, type) and not hasattr(obj, '__origin__'):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg, allow_special_forms=False):
    # What a parameter stands for: None is NoneType, a string a forward reference.
    # ClassVar and Final may only annotate class attributes directly.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, tuple):
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    if not allow_special_forms and (arg in (ClassVar, Final) or isinstance(arg, _GenericAlias)
                                    and arg.__origin__ in (ClassVar, Final)):
        raise TypeError(f"{arg} is not valid as type argument")
    return arg


def _collect_parameters(args):
    # The type variables among args (and inside aliases among them), first seen first.
    parameters = []
    for arg in args:
        if isinstance(arg, TypeVar):
            if arg not in parameters:
                parameters.append(arg)
        else:
            for parameter in getattr(arg, '__parameters__', ()):
                if parameter not in parameters:
                    parameters.append(parameter)
    return tuple(parameters)


def _check_arity(alias, parameters, expected):
    if len(parameters) != expected:
        raise TypeError(f"Too {'many' if len(parameters) > expected else 'few'} arguments for "
                        f"{alias}; actual {len(parameters)}, expected {expected}")


def _deduplicate(params):
    unique = []
    for p in params:
        if p not in unique:
            unique.append(p)
    return unique


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return flat


def _as_tuple(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


class _Final:
    """The base of typing's own objects."""


class _SpecialForm(_Final):
    """Union, Optional, ClassVar, Literal, ...: names that only mean something subscripted
    (or bare, for NoReturn); they cannot be called, subclassed or used with isinstance()."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type; may be subclassed."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """The return type of a function that never returns."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type: no value has it."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """The type of the enclosing class's instances."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Any literal string (or a string built from literal strings)."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an assignment as a type alias: Vector: TypeAlias = list[float]."""
    raise TypeError(f"{self} is not subscriptable")


def _single_type_form(self, parameters, requirement):
    item = _type_check(parameters, f'{self} {requirement}')
    return _GenericAlias(self, (item,))


@_SpecialForm
def ClassVar(self, parameters):
    """A class variable, not an instance attribute: x: ClassVar[int] = 0."""
    return _single_type_form(self, parameters, 'accepts only single type.')


@_SpecialForm
def Final(self, parameters):
    """A name that cannot be re-assigned or overridden."""
    return _single_type_form(self, parameters, 'accepts only single type.')


@_SpecialForm
def Required(self, parameters):
    """A key a TypedDict must have."""
    return _single_type_form(self, parameters, 'accepts only a single type.')


@_SpecialForm
def NotRequired(self, parameters):
    """A key a TypedDict may lack."""
    return _single_type_form(self, parameters, 'accepts only a single type.')


@_SpecialForm
def TypeGuard(self, parameters):
    """The return type of a function that narrows its argument's type."""
    return _single_type_form(self, parameters, 'accepts only single type.')


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: either X or Y. Nested unions are flattened, duplicates dropped, and a
    union of one type is that type."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                       for p in _as_tuple(parameters))
    parameters = tuple(_deduplicate(_flatten_union(parameters)))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X]: X or None."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


@_SpecialForm
def Literal(self, parameters):
    """Literal[1, 'a']: one of these values."""
    parameters = _as_tuple(parameters)
    unique = []
    for p in parameters:
        if not any(p == q and type(p) is type(q) for q in unique):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


class ForwardRef(_Final):
    """A type written as a string, to be evaluated later (get_type_hints)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            self.__forward_code__ = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, allow_special_forms=False):
        if not self.__forward_evaluated__ or localns is not globalns:
            value = eval(self.__forward_code__, globalns, localns)
            self.__forward_value__ = _type_check(
                value, "Forward references must evaluate to types.",
                allow_special_forms or self.__forward_is_class__)
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else \
            f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'), used in generic functions and classes. Its repr
    shows its variance: ~T, +T_co, -T_contra."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        message = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, message) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None \
            else None
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
        if module != 'typing':
            self.__module__ = module

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class _BaseGenericAlias(_Final):
    """What subscripting produces: the origin (list, a generic class, Union, ...) and the
    arguments. Calling it makes an instance of the origin."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or isinstance(b, type) and
                   issubclass(b, Generic) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            raise AttributeError(attr)
        # Other attributes are the origin's (List[int].append is list.append).
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias):
    """An alias with arguments: List[int], Stack[T], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        # Substitutes the alias's type variables: List[T][int] is List[int].
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = tuple(_type_check(a, "Parameters to generic types must be types.")
                     for a in _as_tuple(args))
        _check_arity(self, args, len(self.__parameters__))
        substitution = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(arg, substitution) for arg in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _substitute(arg, substitution):
    if isinstance(arg, TypeVar):
        return substitution.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, substitution) for a in arg.__args__))
    return arg


class _SpecialGenericAlias(_BaseGenericAlias):
    """A bare alias of a class (List, Dict, Iterable): subscripted with a fixed number of
    parameters; isinstance() checks the class."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}'

    def __getitem__(self, params):
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in _as_tuple(params))
        _check_arity(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is Ellipsis:
            return f'typing.Callable[..., {_type_repr(self.__args__[-1])}]'
        arguments = ', '.join(_type_repr(a) for a in self.__args__[:-1])
        return f'typing.Callable[[{arguments}], {_type_repr(self.__args__[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(args) + (result,)
        elif args is ...:
            params = (..., result)
        else:
            params = (args, result)
        return self.copy_with(tuple(_type_check(p, "Callable[args, result]: each arg must be a "
                                                   "type.") if p is not ... else p
                                    for p in params))


class _TypingEmpty:
    """The argument of Tuple[()]."""


class _TupleAlias(_GenericAlias):
    def __repr__(self):
        if self.__args__ == (_TypingEmpty,):
            return 'typing.Tuple[()]'
        return super().__repr__()

    def __getitem__(self, args):
        if ... in self.__args__ or _TypingEmpty in self.__args__ or not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        return super().__getitem__(args)


class _TupleType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _TupleAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if params == ():
            return self.copy_with((_TypingEmpty,))
        params = _as_tuple(params)
        if len(params) == 2 and params[1] is ...:
            return self.copy_with((_type_check(params[0], "Tuple[t, ...]: t must be a type."),
                                   ...))
        return self.copy_with(tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                    for p in params))


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        return super().__getitem__(args)


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == \
            set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        metadata = ", ".join(repr(a) for a in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {metadata}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Annotated[T, x]: the type T with metadata x for tools."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type "
                            "and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


class Generic:
    """Base of generic classes: class Stack(Generic[T]) makes Stack[int] meaningful."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in params)
        if cls in (Generic, Protocol):
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            if not cls.__parameters__:
                raise TypeError(f"{cls} is not a generic class")
            _check_arity(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            plain = Generic in cls.__orig_bases__
        else:
            plain = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        parameters = []
        if '__orig_bases__' in cls.__dict__:
            parameters = list(_collect_parameters(cls.__orig_bases__))
            declared = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [p for p in parameters if p not in declared]
                if missing:
                    raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) are "
                                    f"not listed in Generic[{', '.join(map(str, declared))}]")
                parameters = list(declared)
        cls.__parameters__ = tuple(parameters)


def cast(typ, val):
    """Tells a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks a type checker to confirm val has type typ; returns val unchanged."""
    return val


def assert_never(arg, /):
    """Marks code a type checker should prove unreachable; fails when it is reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Prints the run-time type of obj (to stderr) and returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation that "
        "is not @overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function; the undecorated definition that
    follows is the implementation."""
    return _overload_dummy


def final(f):
    """Marks a method or class final (not to be overridden or subclassed)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Tells type checkers to ignore the annotations of a function or class."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, get_origin(Union[int, str]) is
    Union; None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinGenericAlias)):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias, _UnionType)):
        args = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and args[0] is not Ellipsis:
            args = (list(args[:-1]), args[-1])
        if args == (_TypingEmpty,):
            return ()
        return args
    return ()


def _evaluate_hint(value, globalns, localns, is_class=False):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, is_class=is_class)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns, is_class)
    if isinstance(value, _GenericAlias) and any(isinstance(a, (str, ForwardRef))
                                               for a in value.__args__):
        return value.copy_with(tuple(_evaluate_hint(a, globalns, localns)
                                     for a in value.__args__))
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            base_globals = globalns
            if base_globals is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in annotations.items():
                hints[name] = _evaluate_hint(value, base_globals, base_locals, True)
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    if localns is None:
        localns = globalns
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = _evaluate_hint(value, globalns, localns)
    return hints


class NewType:
    """NewType('UserId', int): a distinct type for checkers; at run time it returns its
    argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking "
                        f"for: `{superclass_name} = NewType({superclass_name!r}, "
                        f"{_type_repr(self)})`")

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- generic aliases of the built-in and collections classes --------------------------------

_abc = collections.abc

Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
Type = _SpecialGenericAlias(type, 1, name='Type')

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


# Protocol, NamedTuple and TypedDict live in another module, for size.
from _typing_classes import (NamedTuple, NamedTupleMeta, Protocol, TypedDict,  # noqa: E402
                             runtime_checkable)
