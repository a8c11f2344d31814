# Annotations that use typing evaluate at definition time (functions, classes, variables)
# and stay inspectable: __annotations__ and get_type_hints, with forward references written
# as strings.
import typing
from typing import Any, Callable, Dict, Final, List, Optional, Tuple, Union, get_type_hints


def process(items: List[int], scale: float = 1.0, *, label: Optional[str] = None) -> Dict[str, Any]:
    return {"label": label, "total": sum(items) * scale}


print(process([1, 2, 3], 2, label="x"))
print(process.__annotations__)
print(get_type_hints(process))


class Node:
    value: int
    children: "List[Node]"
    parent: Optional["Node"] = None
    MAX: Final = 10

    def __init__(self, value: int) -> None:
        self.value = value
        self.children = []

    def add(self, child: "Node") -> "Node":
        child.parent = self
        self.children.append(child)
        return self


print(Node.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(Node.add))
root = Node(1).add(Node(2))
print(root.children[0].parent is root, Node.MAX)

Handler = Callable[[str], bool]


def register(name: str, handler: Handler) -> Tuple[str, Handler]:
    return name, handler


print(register("h", str.isdigit)[0], register.__annotations__["handler"])
counts: Dict[str, int] = {}
total: Union[int, float] = 0
print(__annotations__)
