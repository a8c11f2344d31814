import _circ_from_b

late_name = "defined after the import"
