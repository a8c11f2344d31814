# sys.path[0] is the program's folder; modules in it are found first.
import sys

import _greet

folder = sys.path[0]
print(_greet.__file__ == (folder + "/" if folder else "") + "_greet.py")
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
