def classify(values):
    result = []
    for v in values:
        if v is None:
            continue
        try:
            result.append(10 // v)
        except ZeroDivisionError as error:
            result.append(str(error))
        finally:
            pass
    return result


while len(classify([1, 0, None])) < 2:
    break
