# StrEnum (members that are strs, auto() giving lower-cased names) and enums mixing in
# tuple.
from enum import Enum, StrEnum, auto


class Method(StrEnum):
    GET = "GET"
    POST = "POST"


print(Method.GET, repr(Method.POST), Method.GET == "GET", Method.POST.lower(), len(Method.POST))
print(f"{Method.GET}!", "-".join(Method), Method("POST") is Method.POST)
print(Method.GET + "/index", isinstance(Method.GET, str), sorted(Method))


class Text(StrEnum):
    ALPHA = auto()
    BETA = auto()


print(list(Text), Text.ALPHA == "alpha", Text.BETA.upper())


class Rgb(tuple, Enum):
    RED = (255, 0, 0)
    BLACK = (0, 0, 0)


print(Rgb.RED, Rgb.RED[0], len(Rgb.BLACK), Rgb((0, 0, 0)))
