# An unknown character name is a SyntaxError at compile time, reported by the codec.
print("before")
print("\N{NOT A REAL CHARACTER NAME}")
