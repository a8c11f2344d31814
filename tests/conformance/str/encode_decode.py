# str.encode, bytes.decode, str(b, encoding) and bytes(s, encoding) with UTF-8, ASCII and
# Latin-1 and the non-strict error handlers.
texts = ["plain", "é€😀", "naïve 日本", "a\udc80\udcff", "\x00\x7f\x80\xff", ""]
for t in texts:
    for encoding in ["utf-8", "ascii", "latin-1"]:
        for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            data = t.encode(encoding, errors)
            print(ascii(t), encoding, errors, data, len(data))
print("a\udc80\udcff".encode("ascii", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
print("x".encode("UTF8"), "x".encode("Latin_1"), "x".encode("US-ASCII"), "é".encode(" utf 8 "))
print("é".encode(encoding="latin-1"), "é".encode(errors="strict"), "a".encode("ascii", "no-such-handler"))
raw = bytes([104, 0xc3, 0xa9, 0xff, 0xe2, 0x82, 32, 0xed, 0xa0, 0x80])
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(raw.decode("utf-8", errors)), ascii(raw.decode("ascii", errors)))
print(ascii(raw.decode("latin-1")), ascii(bytes([0xed, 0xa0, 0x80]).decode("utf-8", "surrogatepass")))
print(str("abc".encode(), "ascii"), str(raw, "latin-1") == raw.decode("latin-1"), str(raw, errors="replace"))
print(bytes("日本", "utf-8"), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(), bytes(bytes(2)))
data = "héllo wörld".encode()
print(data, len(data), data[1], data[1:3], data[::-1][:3], list(data[:4]), data.hex())
print(data + "!".encode(), "ab".encode() * 3, 104 in data, "llo".encode() in data, data == data[:])
print(hash("abc".encode()) == hash("abc"), "é".encode("latin-1") < "f".encode(), sorted([bytes([2]), bytes([1])]))
print("naïve 日本 😀 \x00".encode().decode() == "naïve 日本 😀 \x00")
