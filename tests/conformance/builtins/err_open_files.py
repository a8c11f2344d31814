# File errors: missing files, bad modes, closed files and the wrong direction.
def attempt(label, action):
    try:
        print(label, action())
    except (OSError, ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("missing", lambda: open("no_such_file.txt"))
attempt("missing folder", lambda: open("no_folder/file.txt", "w"))
attempt("bad mode", lambda: open("poem.txt", "z"))
attempt("two modes", lambda: open("poem.txt", "rw"))
attempt("binary encoding", lambda: open("poem.txt", "rb", encoding="utf-8"))
f = open("poem.txt")
f.close()
attempt("read closed", lambda: f.read())
attempt("iterate closed", lambda: next(iter(f)))
with open("scratch.txt", "w") as out:
    attempt("read write-only", lambda: out.read())
    attempt("write non-str", lambda: out.write(42))
with open("poem.txt") as src:
    attempt("write read-only", lambda: src.write("x"))
attempt("exclusive exists", lambda: open("poem.txt", "x"))
try:
    open("absent.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
print(open("config.ini").read())
