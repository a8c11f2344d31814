# unicodedata.name and lookup agree with each other for every named code point, and with
# CPython's names (the checksum uses hash(), which is SipHash like CPython's).
import unicodedata

count = 0
checksum = 0
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    count += 1
    checksum = (checksum * 1000003 + hash(name)) % (2**61 - 1)
    if unicodedata.lookup(name) != chr(cp):
        print("lookup disagrees", hex(cp), name)
print(count, checksum)
for ch in "A\u00e9\u20ac\u4e00\uac00\U0001f600 ":
    print(hex(ord(ch)), unicodedata.name(ch), unicodedata.category(ch))
print(unicodedata.unidata_version)
print(unicodedata.decimal("7"), unicodedata.decimal("\u0667"), unicodedata.digit("\u00b2"))
print(unicodedata.decimal("x", -1), unicodedata.name("\x00", "no name"))
