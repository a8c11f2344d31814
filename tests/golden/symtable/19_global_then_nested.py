def setup():
    global config
    config = {}

    def reader():
        return config

    def writer(value):
        config["key"] = value

    return reader, writer


class Registry:
    items = []

    def add(self, item):
        items = self.items
        items.append(item)
        return __class__
