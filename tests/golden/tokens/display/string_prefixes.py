s = 'a' "b" r'c' R"d" b'e' B"f" u'g' U"h" f'i' F"j"
s = rb'k' Rb"l" bR'm' BR"n" br'o' Br"p" rB'q' RB"r"
s = fr'{x}' Fr"{x}" fR'{x}' FR"{x}" rf'{x}' Rf"{x}" rF'{x}' RF"{x}"
s = ur'x' bu'y' ub'z' rr'w' fb'v'
s = '' "" '\'' "\"" 'it\'s' "say \"hi\""
s = r'\' r"\\" 'a\\' "tab\there"
