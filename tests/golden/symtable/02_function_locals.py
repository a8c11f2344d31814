def area(width, height=2, *rest, scale, **options):
    result = width * height
    for extra in rest:
        result += extra
    return result * scale


print(area(3, scale=2))
