def run():
    return "namespace tool ran"


print("nspkg.tool:", __name__, __package__)
