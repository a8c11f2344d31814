f'{f"{x y}"}'
