text = f"""
Header {title}
  value: {value:>10}
  {
    computed
  }
"""
other = f'''{a}
{b + c}'''
nested = f"outer {f'inner {x}'} done"
deep = f"{x:{'>' if right else '<'}{width}}"
