class AppError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise AppError(f"not a number: {text!r}") from e
    finally:
        print("parsed", text)

for t in ["1", "x"]:
    try:
        print(parse(t))
    except AppError as err:
        print("error:", err)
