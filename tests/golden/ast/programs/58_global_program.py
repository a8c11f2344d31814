"""A small program in the style a student writes."""
import math

def area(radius):
    """Area of a circle."""
    if radius < 0:
        raise ValueError(f"negative radius: {radius}")
    return math.pi * radius ** 2

def main():
    radii = [1, 2.5, 3]
    for r in radii:
        print(f"r={r:<5} area={area(r):8.3f}")
    total = sum(area(r) for r in radii)
    print("total", round(total, 2))

if __name__ == "__main__":
    main()
