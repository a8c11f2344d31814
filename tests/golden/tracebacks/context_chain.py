def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}["missing " + text]


parse("x1")
