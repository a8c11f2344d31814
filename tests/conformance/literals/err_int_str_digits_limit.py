# CPython 3.11 refuses int/str conversions of more than 4300 digits unless the limit is raised.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
big = 10 ** 5000
print(big.bit_length(), len(hex(big)))
try:
    print(len(str(big)))
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)), int("7" * 4300) % 1000)
for limit in (100, 640, -1):
    try:
        sys.set_int_max_str_digits(limit)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(641)
try:
    print(f"{10 ** 700}")
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print(len(str(big)), int("3" * 5999) % 97, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
print(int("1" * 4400, 16) % 1000)
print(str(10 ** 4400))
