# \N without a braced name is malformed; compile() reports it like the parser does.
for source in ['"\\N"', '"\\N{"', '"\\N{}"', '"\\Nx"', '"\\N{SPACE"', '"\\N{CJK UNIFIED IDEOGRAPH-4e00}"',
               '"\\N{hangul syllable gag}"', '"\\N{LATIN SMALL LETTER A}"']:
    try:
        print(ascii(eval(source)))
    except SyntaxError as e:
        print(source, "->", e.msg)
