# A folder without __init__.py is a namespace package.
import nspkg.tool

print(nspkg.tool.run())
print(nspkg.__name__, nspkg.__file__, nspkg.__package__)
print([p.rsplit("/", 1)[-1] for p in nspkg.__path__])
from nspkg import tool

print(tool is nspkg.tool)
