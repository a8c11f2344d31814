def tree(cls, depth=0, seen=None):
    print("  " * depth + cls.__name__)
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
         "StopIteration", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "AssertionError", "AttributeError", "LookupError", "IndexError", "KeyError",
         "NameError", "UnboundLocalError", "OSError", "FileNotFoundError", "RuntimeError",
         "NotImplementedError", "RecursionError", "TypeError", "ValueError", "UnicodeError",
         "ImportError", "ModuleNotFoundError", "EOFError", "MemoryError", "SyntaxError",
         "IndentationError", "BaseExceptionGroup", "ExceptionGroup", "Warning", "UserWarning",
         "DeprecationWarning", "StopAsyncIteration", "ConnectionError", "TimeoutError",
         "PermissionError", "FloatingPointError", "LookupError", "BufferError",
         "ProcessLookupError", "ChildProcessError", "BrokenPipeError", "InterruptedError",
         "UnicodeEncodeError", "UnicodeTranslateError", "PendingDeprecationWarning",
         "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning",
         "BytesWarning", "ResourceWarning", "EncodingWarning", "ReferenceError", "SystemError",
         "TabError", "NotADirectoryError", "IsADirectoryError", "FileExistsError",
         "ConnectionResetError", "ConnectionAbortedError", "ConnectionRefusedError",
         "BlockingIOError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "<-", cls.__base__.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
