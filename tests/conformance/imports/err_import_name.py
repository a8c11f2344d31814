# from-import of a name the module does not have.
import sys


def strip(text):
    return text.replace(sys.path[0] + "/", "") if sys.path[0] else text


for statement in ["from _greet import missing", "from shop import nothing",
                  "from sys import nothing", "from nspkg import nothing"]:
    try:
        exec(statement)
    except ImportError as e:
        print(type(e).__name__ + ":", strip(str(e)), "|", e.name)
from _shapes import Square
