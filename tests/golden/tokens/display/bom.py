# with a BOM
x = "café"
