# Imports a package from the program's folder: the replay reads the modules from the trace.
import geometry
from geometry.shapes import area as measure

box = geometry.Rectangle(3, 4)
print(geometry.area(box), measure(box), geometry.UNIT)
import geometry.shapes

print(geometry.shapes is __import__("geometry.shapes").shapes)
