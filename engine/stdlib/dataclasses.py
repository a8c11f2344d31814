"""Data classes (CPython's dataclasses): @dataclass writes __init__, __repr__, __eq__, the
ordering methods, __hash__ and, for frozen classes, __setattr__/__delattr__ from the class's
annotated fields.

The methods are generated as Python source and compiled with exec, so that they behave (and
report argument errors) like hand-written ones: "P.__init__() missing 1 required positional
argument: 'x'".
"""

import sys
from operator import attrgetter

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


# The default of Field.default and Field.default_factory: "not given".
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


# A pseudo-field annotation: the fields after `_: KW_ONLY` are keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# The parameter default of a field with a default_factory: the factory is called when the
# argument is left out.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_MappingProxy = type(type.__dict__)
_EMPTY_METADATA = _MappingProxy({})

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """An init-only pseudo-field: passed to __init__ and __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns and fields() lists."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor as a default gets told its name too.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name is not None:
            set_name(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field beyond its annotation and default: default_factory, whether it is
    in __init__, __repr__, comparisons and the hash, metadata, keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _names_module_attribute(cls, text, module, name):
    # Whether the string annotation (after `from __future__ import annotations`) refers to
    # module.name through the class's module: "ClassVar[int]" or "typing.ClassVar[int]".
    head = text.split('[', 1)[0].strip()
    prefix, _, attr = head.rpartition('.')
    if attr != name or module is None:
        return False
    namespace = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    if prefix:
        return namespace.get(prefix) is module
    return namespace.get(name) is getattr(module, name)


def _field_kind(cls, annotation, typing):
    # A field, a ClassVar (typing is only consulted when the program imported it) or an
    # InitVar pseudo-field.
    if isinstance(annotation, str):
        if _names_module_attribute(cls, annotation, typing, 'ClassVar'):
            return _FIELD_CLASSVAR
        if _names_module_attribute(cls, annotation, sys.modules[__name__], 'InitVar'):
            return _FIELD_INITVAR
        return _FIELD
    if typing is not None and (annotation is typing.ClassVar or
                               getattr(annotation, '__origin__', None) is typing.ClassVar):
        return _FIELD_CLASSVAR
    if annotation is InitVar or type(annotation) is InitVar:
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only(cls, annotation):
    if isinstance(annotation, str):
        return _names_module_attribute(cls, annotation, sys.modules[__name__], 'KW_ONLY')
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, default_kw_only, typing):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = Field(default, MISSING, True, True, None, True, None, MISSING)
    f.name = name
    f.type = annotation
    f._field_type = kind = _field_kind(cls, annotation, typing)
    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is not _FIELD_CLASSVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    if kind is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed:'
                         f' use default_factory')
    return f


class _MethodSource:
    """The source of the methods @dataclass writes for a class. They are compiled together
    by one exec, inside a function whose parameters are the values they refer to (defaults,
    factories, the class), so that they behave and fail like hand-written methods."""

    def __init__(self, globals):
        self.globals = globals
        self.values = {'MISSING': MISSING,
                       '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                       '__dataclass_builtins_object__': object}
        self.lines = []
        self.names = []

    def add(self, name, params, body):
        self.lines.append(f' def {name}({params}):\n  ' + '\n  '.join(body))
        self.names.append(name)

    def compile(self):
        if not self.names:
            return {}
        text = (f"def __create_fn__({', '.join(self.values)}):\n" + '\n'.join(self.lines) +
                f"\n return {', '.join(self.names)},")
        namespace = {}
        exec(text, self.globals, namespace)
        return dict(zip(self.names, namespace['__create_fn__'](**self.values)))


def _init_source(source, init_fields, std_fields, kw_only_fields, frozen, has_post_init,
                 self_name):
    seen_default = False
    for f in std_fields:
        if not (f.default is MISSING and f.default_factory is MISSING):
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    body = []
    initvars = []
    for f in init_fields:
        name = f.name
        default_name = f'__dataclass_dflt_{name}__'
        if f.default_factory is not MISSING:
            source.values[default_name] = f.default_factory
        elif f.default is not MISSING:
            source.values[default_name] = f.default
        if f._field_type is _FIELD_INITVAR:
            initvars.append(name)
            continue
        if f.default_factory is not MISSING:
            value = f'{default_name}()'
            if f.init:
                value += f' if {name} is __dataclass_HAS_DEFAULT_FACTORY__ else {name}'
        elif f.init:
            value = name
        elif f.default is not MISSING:
            value = default_name
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})')
        else:
            body.append(f'{self_name}.{name}={value}')
    if has_post_init:
        body.append(f"{self_name}.{_POST_INIT_NAME}({','.join(initvars)})")
    params = [self_name]
    for group in (std_fields, kw_only_fields):
        if group is kw_only_fields and group:
            params.append('*')
        for f in group:
            if f.default_factory is not MISSING:
                params.append(f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__')
            elif f.default is not MISSING:
                params.append(f'{f.name}=__dataclass_dflt_{f.name}__')
            else:
                params.append(f.name)
    source.add('__init__', ','.join(params), body or ['pass'])


def _recursive_repr(user_function):
    # repr() of a dataclass that contains itself shows "..." for the inner occurrence.
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    return wrapper


_FunctionType = type(lambda: None)
_field_name = attrgetter('name')


def _set_qualname(cls, value):
    if isinstance(value, _FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    # Never overwrites what the class defines itself; tells the caller when it would have.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_text(cls, std_fields, kw_only_fields):
    # What inspect.signature shows for the class: "Point(x: int, y: int = 0)".
    params = []
    for group in (std_fields, kw_only_fields):
        if group is kw_only_fields and group:
            params.append('*')
        for f in group:
            text = f'{f.name}: {_format_annotation(f.type)}'
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += f' = {f.default!r}'
            params.append(text)
    return f"{cls.__name__}({', '.join(params)})"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    cls_dict = cls.__dict__
    module = sys.modules.get(cls.__module__)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            fields.update(base_fields)
            if base.__dict__[_PARAMS].frozen:
                any_frozen_base = True

    annotations = cls_dict.get('__annotations__', {})
    typing = sys.modules.get('typing')
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(cls, annotation):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = kw_only = True
            continue
        f = _get_field(cls, name, annotation, kw_only, typing)
        fields[name] = f
        # The class attribute is the plain default (or nothing), never the Field.
        if isinstance(cls_dict.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls_dict.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)
    class_hash = cls_dict.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls_dict))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    # Which fields each generated method uses.
    init_fields, std_init, kw_only_init, repr_names = [], [], [], []
    compared, hashed, stored = [], [], []
    for f in fields.values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        init_fields.append(f)
        if f.init:
            (kw_only_init if f.kw_only else std_init).append(f)
        if kind is _FIELD_INITVAR:
            continue
        stored.append(f.name)
        if f.repr:
            repr_names.append(f.name)
        if f.compare:
            compared.append(f.name)
        if f.compare if f.hash is None else f.hash:
            hashed.append(f.name)

    def as_tuple(obj_name, names):
        # "(self.a,self.b,)"
        if not names:
            return '()'
        return f'({obj_name}.' + f',{obj_name}.'.join(names) + ',)'

    source = _MethodSource(module.__dict__ if module is not None else {})
    if init:
        _init_source(source, init_fields, std_init, kw_only_init, frozen,
                     hasattr(cls, _POST_INIT_NAME),
                     '__dataclass_self__' if 'self' in fields else 'self')
    if repr:
        parts = ', '.join(map('{0}={{self.{0}!r}}'.format, repr_names))
        source.add('__repr__', 'self', [f'return self.__class__.__qualname__ + f"({parts})"'])
    comparisons = []
    if eq:
        comparisons.append(('__eq__', '=='))
    if order:
        comparisons += [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]
    if comparisons:
        self_tuple = as_tuple('self', compared)
        other_tuple = as_tuple('other', compared)
        for name, op in comparisons:
            source.add(name, 'self,other', ['if other.__class__ is self.__class__:',
                                            f' return {self_tuple}{op}{other_tuple}',
                                            'return NotImplemented'])
    if frozen:
        source.values['cls'] = cls
        source.values['FrozenInstanceError'] = FrozenInstanceError
        condition = 'type(self) is cls'
        if stored:
            condition += " or name in {'" + "', '".join(stored) + "'}"
        source.add('__setattr__', 'self,name,value', [
            f'if {condition}:',
            ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
            'super(cls, self).__setattr__(name, value)'])
        source.add('__delattr__', 'self,name', [
            f'if {condition}:',
            ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
            'super(cls, self).__delattr__(name)'])
    # __hash__ (CPython's table): written from the fields, set to None (unhashable), left
    # alone, or refused.
    add_hash = False
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        add_hash = True
    elif eq and frozen:
        add_hash = not has_explicit_hash
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if add_hash:
        source.add('__hash__', 'self', [f"return hash({as_tuple('self', hashed)})"])

    methods = source.compile()
    if init:
        _set_new_attribute(cls, '__init__', methods['__init__'])
    if repr:
        _set_new_attribute(cls, '__repr__', _recursive_repr(_set_qualname(cls,
                                                                          methods['__repr__'])))
    for name, op in comparisons:
        if _set_new_attribute(cls, name, methods[name]) and name != '__eq__':
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                            f'Consider using functools.total_ordering')
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if _set_new_attribute(cls, name, methods[name]):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    if add_hash:
        cls.__hash__ = _set_qualname(cls, methods['__hash__'])
    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_text(cls, std_init, kw_only_init)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(map(_field_name, std_init)))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _add_slots(cls, is_frozen):
    # __slots__ must exist when the class is created: make a new class with the same body.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        def __getstate__(self):
            return [getattr(self, name) for name in field_names]

        def __setstate__(self, state):
            for name, value in zip(field_names, state):
                object.__setattr__(self, name, value)
        cls.__getstate__ = _set_qualname(cls, __getstate__)
        cls.__setstate__ = _set_qualname(cls, __setstate__)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    """Adds the generated special methods to a class (used with or without arguments)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields (not ClassVar or InitVar pseudo-fields) of a dataclass or instance."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, recursing into dataclasses, lists, tuples and dicts (other
    values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    # copy is only needed here: importing it on first use keeps `import dataclasses` short.
    import copy
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    import copy
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed (through __init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, module=None):
    """Creates a dataclass from a list of names, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = annotation
    namespace['__annotations__'] = annotations
    namespace['__module__'] = module if module is not None else 'types'
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
