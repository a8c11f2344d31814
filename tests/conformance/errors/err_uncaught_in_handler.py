# An exception raised while handling another one: both are shown, status 1.
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        print("missing key", repr(key), "- using the fallback")
        return settings["fallback"]


config = {"mode": "fast"}
print(load(config, "mode"))
print(load(config, "speed"))
