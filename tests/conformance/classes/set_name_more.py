class Column:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        owner.columns = getattr(owner, "columns", ()) + (name,)
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.row.get(self.name)
class Table:
    id = Column(int)
    title = Column(str)
    def __init__(self, **row):
        self.row = row
t = Table(id=1, title="x")
print(Table.columns, t.id, t.title, Table.id.kind.__name__)
class Sub(Table):
    extra = Column(float)
print(Sub.columns, Table.columns)
