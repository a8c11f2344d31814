import _circ_attr_b

setting = 1
