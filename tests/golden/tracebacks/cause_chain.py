class ConfigError(Exception):
    pass


def load(settings):
    try:
        return settings["port"]
    except KeyError as e:
        raise ConfigError("no port configured") from e


load({"host": "localhost"})
