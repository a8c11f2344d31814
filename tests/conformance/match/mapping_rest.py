# **rest binds a new dict of the keys the pattern did not name.
config = {"host": "localhost", "port": 8080, "debug": True, "user": "admin"}
match config:
    case {"host": host, "port": port, **rest}:
        print(host, port, rest)
        print(rest is config, type(rest).__name__)

match {"a": 1}:
    case {"a": 1, **rest}:
        print("nothing left:", rest)

match {"x": 1, "y": 2}:
    case {**everything}:
        print("all of it:", everything)


class Settings:
    KEY = "k"


match {"k": 0, "other": 1}:
    case {Settings.KEY: value, **others}:
        print(value, others)
