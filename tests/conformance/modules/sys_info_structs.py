# sys.version_info, float_info, int_info as struct sequences; byteorder, hexversion.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(type(sys.version_info).__name__, len(sys.version_info), tuple(sys.version_info)[:2])
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0] == sys.float_info.max)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.byteorder, sys.maxsize, hex(sys.hexversion)[:6], sys.flags.optimize, sys.flags.debug, type(sys.flags).__name__)
major, minor, *rest = sys.version_info
print(major, minor, rest[1])
