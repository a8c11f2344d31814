# `from __future__ import ...` is also a real import of the __future__ module.
from __future__ import annotations

import __future__


def f(x: int) -> str:
    return str(x)


print(f(3))
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(sorted(__future__.__all__)[:3])
