def make_class(value):
    label = "made"

    class Box:
        label = "box"
        stored = value

        def show(self):
            return label, value

    return Box
