# Sequence patterns nest, and sub-patterns of every kind go inside.
events = [
    ("click", (10, 20)),
    ("key", "q"),
    ("drag", (0, 0), (5, 5)),
    ("scroll", [1, -1]),
    ("click", (1, 2, 3)),
    ["move", [(1, 2), (3, 4), (5, 6)]],
]
for event in events:
    match event:
        case ("click", (x, y)):
            print(f"click at {x},{y}")
        case ("key", "q" | "Q"):
            print("quit key")
        case ("drag", (x1, y1), (x2, y2)):
            print("drag by", x2 - x1, y2 - y1)
        case ("scroll", [dx, dy]) if dy < 0:
            print("scroll up", dx)
        case ["move", [(x0, y0), *rest]]:
            print("move from", x0, y0, "then", rest)
        case _:
            print("unhandled", event)
