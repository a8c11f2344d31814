class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height


def area(shape):
    result = shape.width * shape.height
    return result
