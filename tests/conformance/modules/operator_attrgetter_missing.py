# An attrgetter over a missing attribute raises an uncaught AttributeError.
from operator import attrgetter

get_imag = attrgetter("imag")
print(get_imag(5), get_imag(True))
print(attrgetter("numerator.denominator.missing")(7))
