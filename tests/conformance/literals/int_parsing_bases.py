# int() from strings in any base, and literals in binary, octal and hexadecimal.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101010", 2), int("0b101010", 0))
print(int("z", 36), int("Zz", 36), int("10", 3), int("helloworld", 36))
print(int("  42  "), int("-17"), int("+8"), int("1_000_000"), int("0"))
print(int("\t\n 99 \n"), int("٣٤"), int(" -0 "))
print(0b1010, 0o17, 0xDEAD_BEEF, 1_000_000, 0_0)
print(int(3.99), int(-3.99), int(True), int("0" * 50 + "7"))
print(int("9" * 40), int("-" + "1" * 30, 2))
print(bin(255), oct(255), hex(255), bin(-5), hex(-255), oct(0))
print(int(bin(12345), 0), int(hex(-999), 16), int(oct(64), 8))
print(format(255, "b"), format(255, "#o"), format(255, "X"), format(-255, "#x"))
for text in ["10", "0x10", "0o10", "0b10"]:
    print(text, "->", int(text, 0))
for base in (2, 8, 10, 16, 36):
    print(base, int("1" * 10, base))
