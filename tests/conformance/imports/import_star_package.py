# from package import * imports the submodules its __all__ names.
import sys

from plugins import *

print(alpha.NAME, beta.NAME, helper())
print("plugins.gamma" in sys.modules)
import plugins

print(sorted(k for k in vars(plugins) if not k.startswith("__")))
from plugins import gamma

print(gamma.NAME, plugins.gamma is gamma)
