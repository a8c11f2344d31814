# Circular imports work when names are only used after both modules finished.
import _circ_a
import _circ_b

print(_circ_a.use_b())
print(_circ_b.use_a())
