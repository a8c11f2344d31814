# \N{...} escapes: character names, formal aliases, Hangul and CJK names, in every kind of
# string literal that decodes escapes.
import unicodedata

print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{SNOWMAN}"))
print("\N{LATIN CAPITAL LETTER A WITH GRAVE}" == "\u00c0")
print(ascii("\N{latin small letter sharp s}"))  # names are matched ignoring case
print(ascii("\N{LINE FEED}\N{NBSP}\N{BOM}\N{ZWJ}\N{VS16}\N{VS17}"))  # aliases
print(ascii("\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE PWILH}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2A6DF}"))
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{NUSHU CHARACTER-1B170}"))
print(ascii("\N{GRINNING FACE}\N{TAG LATIN SMALL LETTER A}"))
x = 7
print(f"\N{BLACK STAR} {x} \N{WHITE STAR}")
print(ascii(f"{x!r:\N{FULL STOP}>5}"))
print(r"\N{SPACE}", rb"\N{SPACE}", b"\N{SPACE}")
print(len("\N{SPACE}" * 3), "\N{DIGIT ONE}\N{DIGIT TWO}" + "3")
print(unicodedata.lookup("EM DASH") == "\N{EM DASH}")
