# A module next to the program is found through sys.path[0] and executed once.
import _greet

print(_greet.hello("world"))
print(_greet.GREETING, _greet._secret, _greet.calls)
print(_greet.__name__, _greet.__doc__)
print(_greet.__file__.rsplit("/", 1)[-1])
print(type(_greet).__name__)
print(_greet.Greeter("module").greet(), _greet.calls)
print(_greet.Greeter.__module__, _greet.hello.__module__)
print(_greet.hello.__globals__ is vars(_greet))
