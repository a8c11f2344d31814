# Errors of importlib.import_module.
import importlib

for args in [(".x",), ("...x", "shop.pricing"), ("missing_module",), ("shop.missing",), ("",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(args, type(e).__name__ + ":", e)
importlib.import_module("_greet.sub")
