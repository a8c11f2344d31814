def load():
    import json
    from os import path as p
    return json, p


load()
