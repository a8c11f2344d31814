# UnicodeEncodeError and UnicodeDecodeError messages and attributes, and bytes() errors.
def show(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
        if isinstance(e, UnicodeError):
            print("   ", e.encoding, ascii(e.object), e.start, e.end, e.reason)
    else:
        print(label, "=", repr(result))
    return None


show("latin-1 char", lambda: "€".encode("latin-1"))
show("latin-1 run", lambda: "a€€b".encode("latin-1"))
show("ascii", lambda: "naïve".encode("ascii"))
show("ascii astral", lambda: "x😀".encode("ascii"))
show("utf-8 surrogate", lambda: "\ud800".encode())
show("utf-8 surrogates", lambda: "a\ud800\udc00b".encode("utf-8"))
show("surrogateescape out of range", lambda: "\udc7f".encode("latin-1", "surrogateescape"))
show("surrogatepass ascii", lambda: "\ud800".encode("ascii", "surrogatepass"))
show("unknown handler", lambda: "é".encode("ascii", "bogus"))
show("unknown encoding", lambda: "a".encode("no-such-codec"))
show("encoding type", lambda: "a".encode(1))
show("errors type", lambda: "a".encode("ascii", None))
show("encode 3 args", lambda: "a".encode("ascii", "strict", 1))
show("decode invalid start", lambda: bytes([255]).decode())
show("decode truncated", lambda: bytes([97, 0xe2, 0x82]).decode())
show("decode bad continuation", lambda: bytes([97, 0xe2, 0x82, 98]).decode())
show("decode surrogate", lambda: bytes([0xed, 0xa0, 0x80]).decode())
show("decode ascii", lambda: bytes([65, 200]).decode("ascii"))
show("decode unknown encoding", lambda: bytes(1).decode("nope"))
show("decode errors type", lambda: bytes(1).decode("utf-8", 5))
show("str of str with encoding", lambda: str("a", "utf-8"))
show("str of int with encoding", lambda: str(5, "utf-8"))
show("str with None encoding", lambda: str(bytes(1), None))
show("decode None", lambda: bytes(1).decode(None))
show("bytes of str", lambda: bytes("a"))
show("bytes encoding only", lambda: bytes(encoding="utf-8"))
show("bytes errors only", lambda: bytes(1, errors="strict"))
show("bytes 256", lambda: bytes([256]))
show("bytes negative", lambda: bytes(-1))
show("bytes float", lambda: bytes(1.5))
show("bytes of strs", lambda: bytes(["a"]))
show("bytes + str", lambda: bytes(1) + "a")
show("str + bytes", lambda: "a" + bytes(1))
show("str in bytes", lambda: "a" in bytes(1))
show("256 in bytes", lambda: 256 in bytes(1))
show("bytes index", lambda: bytes(2)[2])
