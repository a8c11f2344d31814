class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)

    scale = dimensions * 2
