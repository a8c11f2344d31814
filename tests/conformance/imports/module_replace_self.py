# A module may replace itself in sys.modules; the import returns the replacement.
import _replace_self

print(type(_replace_self).__name__, _replace_self.name)
from _replace_self import name

print(name)
