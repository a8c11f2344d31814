import _circ_attr_a

copied = _circ_attr_a.setting
