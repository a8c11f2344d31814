def parse(text):
    try:
        value = int(text)
    except ValueError as error:
        print(error)
        value = None
    with open(text) as handle:
        pass
    match value:
        case [first, *others]:
            return first, others
        case {"key": found, **remaining}:
            return found, remaining
        case int(number) | float(number):
            return number
    return handle
