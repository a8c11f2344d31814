from _circ_from_a import late_name
