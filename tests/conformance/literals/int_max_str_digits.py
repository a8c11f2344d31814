# sys.set_int_max_str_digits raises or lifts the limit on int/str conversions; powers of two
# bases are never limited.
import sys

default = sys.get_int_max_str_digits()
print(default, sys.int_info.str_digits_check_threshold)
huge = 7 ** 6000
print(huge.bit_length(), len(hex(huge)), len(bin(huge)), len(oct(huge)), huge % 10 ** 9)
print(int("f" * 5000, 16) % 1000, int("1" * 9000, 2) % 1000, int("7" * 5000, 8) % 1000)
sys.set_int_max_str_digits(6000)
text = str(huge)
print(len(text), text[:20], text[-20:], int(text) == huge)
print(len(f"{huge}"), len("%d" % huge), len(repr(huge)), len(format(huge, ",")))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 12000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(default)
print(sys.get_int_max_str_digits(), len(str(10 ** 4299)), int("9" * 4300) % 7)
