// Cells (seed 6.21).
#include "objects/cell.h"

#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Cell* newCell(Interp& I, Value contents) {
  Cell* c = I.alloc<Cell>(I.types.cell);
  c->contents = newRef(contents);
  return c;
}

void cellSet(Interp& I, Cell* cell, Value v) {
  Value old = cell->contents;
  cell->contents = newRef(v);
  if (I.observer) I.observer->onWrite(cell);
  decref(old);
}

namespace {

void cellDestroy(Object* o) { decref(static_cast<Cell*>(o)->contents); }

void cellTraverse(Object* o, const RefVisitor& visit) {
  Cell* c = static_cast<Cell*>(o);
  if (c->contents) visit(c->contents);
}

void cellClear(Object* o) {
  Cell* c = static_cast<Cell*>(o);
  Value old = c->contents;
  c->contents = Value();
  decref(old);
}

Value cellRepr(Interp& I, Value self) {
  Cell* c = static_cast<Cell*>(self.asObject());
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "<cell at 0x%llx: ",
                static_cast<unsigned long long>(0x7f0000000000ull + c->serial * 16));
  if (!c->contents) return Value(newStr(I, std::string(buffer) + "empty>"));
  std::string target = std::string(typeName(I, c->contents)) + " object";
  if (c->contents.isObject()) {
    char at[40];
    std::snprintf(at, sizeof at, " at 0x%llx>",
                  static_cast<unsigned long long>(0x7f0000000000ull +
                                                  c->contents.asObject()->serial * 16));
    target += at;
  } else {
    target += ">";
  }
  return Value(newStr(I, std::string(buffer) + target));
}

Value cellGetAttr(Interp& I, Value self, Str* name) {
  Cell* c = static_cast<Cell*>(self.asObject());
  if (name->view() == "cell_contents") {
    if (!c->contents) raiseValueError(I, "Cell is empty");
    return newRef(c->contents);
  }
  return genericGetAttr(I, self, name);
}

void cellSetAttr(Interp& I, Value self, Str* name, Value value) {
  Cell* c = static_cast<Cell*>(self.asObject());
  if (name->view() == "cell_contents") {
    cellSet(I, c, value);
    return;
  }
  genericSetAttr(I, self, name, value);
}

}  // namespace

void initCellType(Interp& I) {
  Type* t = I.types.cell;
  t->destroy = cellDestroy;
  t->traverse = cellTraverse;
  t->clear = cellClear;
  t->repr = cellRepr;
  t->getAttr = cellGetAttr;
  t->setAttr = cellSetAttr;
}

}  // namespace rw
