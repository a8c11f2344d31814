// The interpreter: one Python world. It owns every object (allocation, serial numbers, the
// cycle collector), the built-in types and modules, the frame chain, the pending exception,
// the Host (I/O) and the Observer (the recorder). Several interpreters may live in one
// process (a recording and its replays); each is used by one thread at a time.
#pragma once

#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/host.h"
#include "runtime/observer.h"
#include "runtime/type.h"

namespace rw {

struct Str;
struct Dict;
struct Module;
struct Frame;
struct Code;
struct Tuple;
struct SnapshotCodec;

// Built-in types, in start-up order. X(field, "python name")
#define RW_BUILTIN_TYPES(X)                          \
  X(object, "object")                                \
  X(type, "type")                                    \
  X(int_, "int")                                     \
  X(bool_, "bool")                                   \
  X(float_, "float")                                 \
  X(str, "str")                                      \
  X(tuple, "tuple")                                  \
  X(list, "list")                                    \
  X(dict, "dict")                                    \
  X(noneType, "NoneType")                            \
  X(notImplementedType, "NotImplementedType")        \
  X(ellipsisType, "ellipsis")                        \
  X(function, "function")                            \
  X(builtinFunction, "builtin_function_or_method")   \
  X(methodDescriptor, "method_descriptor")           \
  X(boundMethod, "method")                           \
  X(code, "code")                                    \
  X(cell, "cell")                                    \
  X(module, "module")                                \
  X(frame, "frame")                                  \
  X(traceback, "traceback")                          \
  X(range, "range")                                  \
  X(rangeIterator, "range_iterator")                 \
  X(longRangeIterator, "longrange_iterator")         \
  X(listIterator, "list_iterator")                   \
  X(tupleIterator, "tuple_iterator")                 \
  X(strIterator, "str_ascii_iterator")               \
  X(dictKeyIterator, "dict_keyiterator")             \
  X(slice, "slice")                                  \
  X(generator, "generator")                          \
  X(staticmethod, "staticmethod")                    \
  X(classmethod, "classmethod")                      \
  X(property, "property")                            \
  X(super, "super")                                  \
  X(wrapperDescriptor, "wrapper_descriptor")                          \
  X(set, "set")                                      \
  X(frozenset, "frozenset")                          \
  X(setIterator, "set_iterator")                     \
  X(dictKeys, "dict_keys")                           \
  X(dictValues, "dict_values")                       \
  X(dictItems, "dict_items")                         \
  X(dictValueIterator, "dict_valueiterator")         \
  X(dictItemIterator, "dict_itemiterator")           \
  X(dictReverseKeyIterator, "dict_reversekeyiterator")     \
  X(dictReverseValueIterator, "dict_reversevalueiterator") \
  X(dictReverseItemIterator, "dict_reverseitemiterator")   \
  X(enumerate, "enumerate")                          \
  X(zip, "zip")                                      \
  X(map, "map")                                      \
  X(filter, "filter")                                \
  X(reversed, "reversed")                            \
  X(listReverseIterator, "list_reverseiterator")     \
  X(callableIterator, "callable_iterator")           \
  X(bytes, "bytes")                                  \
  X(bytesIterator, "bytes_iterator")                 \
  X(bytearray, "bytearray")                          \
  X(bytearrayIterator, "bytearray_iterator")         \
  X(complex, "complex")                              \
  X(memberDescriptor, "member_descriptor")          \
  X(genericAlias, "types.GenericAlias")              \
  X(sequenceIterator, "iterator")                    \
  X(mappingProxy, "mappingproxy")                    \
  X(coroutine, "coroutine")                          \
  X(coroutineWrapper, "coroutine_wrapper")           \
  X(asyncGenerator, "async_generator")               \
  X(asyncGenASend, "async_generator_asend")          \
  X(asyncGenAThrow, "async_generator_athrow")        \
  X(asyncGenWrappedValue, "async_generator_wrapped_value")

// Built-in exception types. X(field, "name", base field); the root names itself as its
// base (its real base is object).
#define RW_EXCEPTION_TYPES(X)                                         \
  X(BaseException, "BaseException", BaseException)                    \
  X(SystemExit, "SystemExit", BaseException)                          \
  X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)            \
  X(GeneratorExit, "GeneratorExit", BaseException)                    \
  X(Exception, "Exception", BaseException)                            \
  X(StopIteration, "StopIteration", Exception)                        \
  X(StopAsyncIteration, "StopAsyncIteration", Exception)              \
  X(ArithmeticError, "ArithmeticError", Exception)                    \
  X(FloatingPointError, "FloatingPointError", ArithmeticError)        \
  X(OverflowError, "OverflowError", ArithmeticError)                  \
  X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)          \
  X(AssertionError, "AssertionError", Exception)                      \
  X(AttributeError, "AttributeError", Exception)                      \
  X(BufferError, "BufferError", Exception)                            \
  X(EOFError, "EOFError", Exception)                                  \
  X(ImportError, "ImportError", Exception)                            \
  X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)          \
  X(LookupError, "LookupError", Exception)                            \
  X(IndexError, "IndexError", LookupError)                            \
  X(KeyError, "KeyError", LookupError)                                \
  X(MemoryError, "MemoryError", Exception)                            \
  X(NameError, "NameError", Exception)                                \
  X(UnboundLocalError, "UnboundLocalError", NameError)                \
  X(OSError, "OSError", Exception)                                    \
  X(FileNotFoundError, "FileNotFoundError", OSError)                  \
  X(FileExistsError, "FileExistsError", OSError)                      \
  X(IsADirectoryError, "IsADirectoryError", OSError)                  \
  X(NotADirectoryError, "NotADirectoryError", OSError)                \
  X(PermissionError, "PermissionError", OSError)                      \
  X(ReferenceError, "ReferenceError", Exception)                      \
  X(RuntimeError, "RuntimeError", Exception)                          \
  X(NotImplementedError, "NotImplementedError", RuntimeError)         \
  X(RecursionError, "RecursionError", RuntimeError)                   \
  X(SyntaxError, "SyntaxError", Exception)                            \
  X(IndentationError, "IndentationError", SyntaxError)                \
  X(TabError, "TabError", IndentationError)                           \
  X(SystemError, "SystemError", Exception)                            \
  X(TypeError, "TypeError", Exception)                                \
  X(ValueError, "ValueError", Exception)                              \
  X(UnicodeError, "UnicodeError", ValueError)                         \
  X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)           \
  X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)           \
  X(Warning, "Warning", Exception)                                    \
  X(DeprecationWarning, "DeprecationWarning", Warning)                \
  X(RuntimeWarning, "RuntimeWarning", Warning)                        \
  X(UserWarning, "UserWarning", Warning)                              \
  X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning)  \
  X(SyntaxWarning, "SyntaxWarning", Warning)                          \
  X(FutureWarning, "FutureWarning", Warning)                          \
  X(ImportWarning, "ImportWarning", Warning)                          \
  X(UnicodeWarning, "UnicodeWarning", Warning)                        \
  X(BytesWarning, "BytesWarning", Warning)                            \
  X(ResourceWarning, "ResourceWarning", Warning)                      \
  X(EncodingWarning, "EncodingWarning", Warning)                      \
  X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError)     \
  X(ConnectionError, "ConnectionError", OSError)                      \
  X(BrokenPipeError, "BrokenPipeError", ConnectionError)              \
  X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
  X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
  X(ConnectionResetError, "ConnectionResetError", ConnectionError)    \
  X(BlockingIOError, "BlockingIOError", OSError)                      \
  X(ChildProcessError, "ChildProcessError", OSError)                  \
  X(InterruptedError, "InterruptedError", OSError)                    \
  X(ProcessLookupError, "ProcessLookupError", OSError)                \
  X(TimeoutError, "TimeoutError", OSError)                            \
  /* ExceptionGroup's second base, Exception, is added by initExceptionGroupTypes. */ \
  X(BaseExceptionGroup, "BaseExceptionGroup", BaseException)          \
  X(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup)

// Interned identifiers the runtime looks up often. X(field, "text")
#define RW_NAMES(X)                     \
  X(__name__, "__name__")               \
  X(__qualname__, "__qualname__")       \
  X(__module__, "__module__")           \
  X(__doc__, "__doc__")                 \
  X(__builtins__, "__builtins__")       \
  X(__main__, "__main__")               \
  X(__init__, "__init__")               \
  X(__new__, "__new__")                 \
  X(__call__, "__call__")               \
  X(__class__, "__class__")             \
  X(__dict__, "__dict__")               \
  X(__repr__, "__repr__")               \
  X(__str__, "__str__")                 \
  X(__len__, "__len__")                 \
  X(__bool__, "__bool__")               \
  X(__iter__, "__iter__")               \
  X(__next__, "__next__")               \
  X(__file__, "__file__")               \
  X(__spec__, "__spec__")               \
  X(__package__, "__package__")         \
  X(__loader__, "__loader__")           \
  X(__annotations__, "__annotations__") \
  X(builtins, "builtins")               \
  X(empty, "")                          \
  X(lambda, "<lambda>")                 \
  X(module, "<module>")

struct BuiltinTypes {
#define RW_TYPE_FIELD(field, name) Type* field = nullptr;
  RW_BUILTIN_TYPES(RW_TYPE_FIELD)
#undef RW_TYPE_FIELD
};

struct ExceptionTypes {
#define RW_EXC_FIELD(field, name, base) Type* field = nullptr;
  RW_EXCEPTION_TYPES(RW_EXC_FIELD)
#undef RW_EXC_FIELD
};

struct Names {
#define RW_NAME_FIELD(field, text) Str* field = nullptr;
  RW_NAMES(RW_NAME_FIELD)
#undef RW_NAME_FIELD
};

// Thrown (in C++) when a Python exception is raised; the exception object itself is the
// interpreter's pending exception. Empty so that throwing it is as cheap as possible.
struct PyException {};

class Interp {
 public:
  explicit Interp(Host& host);
  ~Interp();
  Interp(const Interp&) = delete;
  Interp& operator=(const Interp&) = delete;

  // The interpreter running on this thread: the first one created on it, or the one an
  // Activate scope selects.
  static Interp* current();
  // Makes an interpreter current on this thread for the scope's lifetime.
  class Activate {
   public:
    explicit Activate(Interp& I);
    ~Activate();

   private:
    Interp* previous_;
  };

  // ---- objects -------------------------------------------------------------------------
  // Allocates and constructs a T whose header says `type`, with `extra` bytes after it.
  template <class T>
  T* alloc(Type* type, size_t extra = 0) {
    // A class derived from a built-in type may need more room than the built-in's layout
    // (its instance dict); that tail starts zeroed.
    size_t size = sizeof(T) + extra;
    size_t full = std::max<size_t>(size, type->basicSize);
    void* memory = allocateRaw(full, type->hasFlag(kTypeGc));
    if (full > size) std::memset(static_cast<char*>(memory) + size, 0, full - size);
    T* object = new (memory) T();
    object->type = type;
    incref(static_cast<Object*>(type));
    born(object);
    return object;
  }
  void born(Object* object);
  void* allocateRaw(size_t size, bool gc);
  void freeRaw(Object* object);
  uint64_t serialCounter() const { return nextSerial_; }

  Str* intern(std::string_view text);
  const std::unordered_map<std::string, Str*>& internedStrings() const { return interned_; }
  void replaceInternedStrings(std::unordered_map<std::string, Str*> table) {
    interned_ = std::move(table);
  }
  // Objects with serials up to this one were created by start-up, identically in every
  // interpreter of this build; snapshots refer to them by serial.
  uint64_t startupSerialLimit() const { return startupSerialLimit_; }
  void setSerialCounter(uint64_t next) { nextSerial_ = next; }
  // Gives an object restored from a snapshot its recorded serial without reporting a birth.
  void adoptRestored(Object* object, Type* type, uint64_t serial) {
    object->type = type;
    object->serial = serial;
  }

  // ---- well-known objects -----------------------------------------------------------
  BuiltinTypes types;
  ExceptionTypes exc;
  Names names;
  // The one-character strings U+0000..U+00FF, interned at start-up (objects/str.cpp).
  Str* latin1Chars[256] = {};
  Object* none = nullptr;
  Object* trueObj = nullptr;
  Object* falseObj = nullptr;
  Object* notImplemented = nullptr;
  Object* ellipsis = nullptr;
  // Immortal, so these may be used both as borrowed and as new references.
  Value None() const { return Value(none); }
  Value boolean(bool b) const { return Value(b ? trueObj : falseObj); }

  Module* builtinsModule = nullptr;
  Dict* builtins = nullptr;
  Module* sysModule = nullptr;
  Dict* modules = nullptr;  // sys.modules
  Dict* nativeModules = nullptr;  // name -> module implemented in C++ (modules/native_modules.h)
  // Sources compiled so far get ids 1, 2, ...; the recorder stores each source under its id.
  int64_t nextSourceId = 1;

  // ---- execution --------------------------------------------------------------------
  Host& host;
  Observer* observer = nullptr;
  // While a debugger reads the state (reprs for display), objects get serials from a
  // separate range and nothing is interned, so inspection never changes what a replay does.
  bool inspecting = false;
  static constexpr uint64_t kInspectionSerialBase = uint64_t{1} << 62;
  uint64_t inspectionSerial = kInspectionSerialBase;
  // Strings that intern() made during inspection; released when inspection ends.
  std::vector<Object*> inspectionTemporaries;
  class Inspection {
   public:
    explicit Inspection(Interp& I) : I_(I), observer_(I.observer) {
      I_.inspecting = true;
      I_.observer = nullptr;
    }
    ~Inspection() {
      for (Object* o : I_.inspectionTemporaries) decref(o);
      I_.inspectionTemporaries.clear();
      I_.inspecting = false;
      I_.observer = observer_;
    }
    Inspection(const Inspection&) = delete;
    Inspection& operator=(const Inspection&) = delete;

   private:
    Interp& I_;
    Observer* observer_;
  };
  // Instructions executed while an observer was attached: the step number of the next one.
  int64_t stepCount = 0;
  Frame* frame = nullptr;      // innermost executing frame
  int recursionDepth = 0;      // Python frames on the chain
  int recursionLimit = 1000;   // sys.getrecursionlimit()
  // Nested native re-entry (an evaluator loop started by native code, repr of a nested
  // container, a sort key, ...). It is capped independently of the recursion limit so that
  // the C++ stack cannot overflow even after sys.setrecursionlimit(10**6).
  int nativeDepth = 0;
  static constexpr int kMaxNativeDepth = 800;
  int64_t maxStrDigits = 4300;  // sys.set_int_max_str_digits

  // What the C++ side holds while __main__ runs (runtime/program.cpp): each has one
  // reference owned by that code, which a snapshot records and a resumed run adopts.
  struct MainState {
    Object* module = nullptr;
    Object* code = nullptr;
    Frame* frame = nullptr;
  };
  MainState main;

  // The exception being raised (owned); set by raise() before PyException is thrown.
  Value pendingException;
  // The exception being handled (sys.exception()); PUSH_EXC_INFO saves the previous one on
  // the value stack and POP_EXCEPT restores it. Owned; null when none.
  Value handledException;
  // Containers whose repr() is being computed (runtime/repr_guard.h).
  std::vector<Object*> reprStack;

  [[noreturn]] void raise(Value exception);  // takes over the reference
  // Takes the pending exception (owned by the caller afterwards).
  Value takePendingException();

  // How each type's instances are written into snapshots (runtime/snapshot.h).
  std::unordered_map<const Type*, const SnapshotCodec*> snapshotCodecs;
  // Stable names of native functions for snapshots, built on first use.
  struct NativeEntry {
    void* fn;
    const char* doc;
  };
  std::unordered_map<void*, std::string> nativeNames;
  std::unordered_map<std::string, NativeEntry> nativeByName;

  // Source text of every compiled file by name, for tracebacks (CPython's linecache).
  std::unordered_map<std::string, std::string> sourceTexts;

  // Static objects are never serialized in snapshots: each interpreter creates them
  // identically at start-up. The registry maps a stable name to each such object.
  void registerStatic(std::string_view name, Object* object);
  Object* findStatic(std::string_view name) const;
  const std::unordered_map<std::string, Object*>& statics() const { return statics_; }

  // Objects whose count reached zero while another was being destroyed; drained in order
  // by the outermost destruction so long chains cannot overflow the C++ stack.
  std::vector<Object*> pendingDestruction;
  int destroyDepth = 0;
  // Set once a class defines __del__: the program's globals are then released at exit, in
  // order, so that their finalizers run like CPython's (runtime/finalizers.h).
  bool finalizersDefined = false;

  // Every live object is linked into one of two lists: containers the cycle collector
  // tracks, and the rest. Together they enumerate the heap for snapshots and teardown.
  struct ObjectLinks {
    ObjectLinks* prev;
    ObjectLinks* next;
    int64_t gcRefs;  // scratch for the collector
  };
  // Containers are young until they survive a collection, then old (kOldGeneration).
  ObjectLinks gcHead{&gcHead, &gcHead, 0};
  ObjectLinks oldHead{&oldHead, &oldHead, 0};
  ObjectLinks plainHead{&plainHead, &plainHead, 0};
  static ObjectLinks* linksOf(Object* o) { return reinterpret_cast<ObjectLinks*>(o) - 1; }
  static Object* objectOf(ObjectLinks* l) { return reinterpret_cast<Object*>(l + 1); }
  template <class F>
  void forEachObject(F&& f) {
    for (ObjectLinks* heads[] = {&gcHead, &oldHead, &plainHead}; ObjectLinks* head : heads)
      for (ObjectLinks* l = head->next; l != head;) {
        ObjectLinks* next = l->next;
        f(objectOf(l));
        l = next;
      }
  }
  // While set, a count reaching zero frees nothing (teardown and snapshot restore manage
  // memory wholesale).
  bool suspendDestruction = false;
  // Generational collection like CPython's: the young generation is collected after
  // gcThreshold container allocations; everything when the old generation has grown by a
  // quarter since the last full collection.
  int64_t gcAllocationsSinceCollect = 0;
  int64_t gcThreshold = 700;
  int64_t gcOldCount = 0;
  int64_t gcOldCountAtFullCollect = 0;
  void collectCycles();
  // Puts restored containers into their generation's list (after a snapshot restore).
  void rebuildGenerations();

 private:
  void createTypes();
  void createSingletons();
  void createBuiltinsModule();
  void createSysModule();

  uint64_t nextSerial_ = 1;
  uint64_t startupSerialLimit_ = 0;
  std::unordered_map<std::string, Str*> interned_;
  std::unordered_map<std::string, Object*> statics_;
};

// Raising helpers: build the exception and throw PyException.
[[noreturn]] void raiseError(Interp& I, Type* type, std::string_view message);
[[noreturn]] void raiseTypeError(Interp& I, std::string_view message);
[[noreturn]] void raiseValueError(Interp& I, std::string_view message);

}  // namespace rw
