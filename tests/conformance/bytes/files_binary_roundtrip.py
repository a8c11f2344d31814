# A small binary format written and read back: a header, length-prefixed records built in a
# bytearray, copied in chunks, patched in place, and checked.
records = [b"alpha", b"", "gr\u00fc\u00dfe".encode(), bytes(range(10)), b"\xff" * 3]
buffer = bytearray(b"RWND")
buffer.append(len(records))
for record in records:
    buffer.append(len(record))
    buffer += record
with open("records.bin", "wb") as f:
    f.write(buffer)
with open("records.bin", "rb") as src, open("copy.bin", "wb") as dst:
    while True:
        chunk = src.read(7)
        if not chunk:
            break
        dst.write(chunk)
with open("copy.bin", "rb") as f:
    data = bytearray(f.read())
print(len(data), data[:4], data == buffer, data[:4] == b"RWND")
count = data[4]
pos = 5
decoded = []
for _ in range(count):
    size = data[pos]
    decoded.append(bytes(data[pos + 1:pos + 1 + size]))
    pos += 1 + size
print(decoded == records, decoded, pos == len(data))
data[0:4] = b"rwnd"
data[5] = 99
with open("copy.bin", "wb") as f:
    f.write(data)
with open("copy.bin", "rb") as f:
    again = f.read()
print(again[:8], again.startswith(b"rwnd"), again.find(b"alpha"), again.hex(" ", 4)[:40])
histogram = {}
for byte in again:
    histogram[byte] = histogram.get(byte, 0) + 1
print(sorted(histogram.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(decoded[2].decode(), decoded[3].hex(), bytes(reversed(decoded[0])), b"|".join(decoded))
