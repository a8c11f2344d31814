#include "recorder/state_extractor.h"

#include <deque>
#include <unordered_set>

#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw::recorder {

namespace {

class Extractor {
 public:
  Extractor(Interp& I, const ExtractOptions& options) : I(I), options_(options) {}

  FrameView frameView(Frame* f) {
    FrameView fv;
    Code* code = f->code;
    fv.id = f->serial;
    fv.codeId = static_cast<int64_t>(code->serial);
    fv.function = std::string(code->qualname->view());
    fv.file = std::string(code->filename->view());
    fv.offset = f->ip;
    fv.line = code->lineOf(f->ip);
    fv.state = stateName(f->state);
    Value* slots = f->localsplus();
    for (int32_t i = 0; i < code->nlocals(); ++i) {
      // An argument captured by a closure lives in its cell once MAKE_CELL has run.
      bool movedToCell = false;
      for (int32_t a : code->cellArgs) movedToCell = movedToCell || (a == i && !slots[i] && f->ip > 0);
      if (movedToCell) continue;
      VariableView var;
      var.name = std::string(strView(code->varnames->item(i)));
      var.kind = "local";
      var.bound = static_cast<bool>(slots[i]);
      if (var.bound) var.value = root(slots[i]);
      fv.variables.push_back(std::move(var));
    }
    // Module and class bodies keep their variables in a namespace dict.
    if (f->locals) {
      int64_t pos = 0;
      const DictEntry* e;
      while (dictNext(f->locals, pos, e)) {
        if (!isType(I, e->key, I.types.str)) continue;
        std::string name(strView(e->key));
        if (name.size() > 4 && name.starts_with("__") && name.ends_with("__")) continue;
        VariableView var;
        var.name = name;
        var.kind = "local";
        var.bound = true;
        var.value = root(e->value);
        fv.variables.push_back(std::move(var));
      }
    }
    int32_t ncells = code->ncells();
    for (int32_t i = 0; i < ncells + code->nfrees(); ++i) {
      VariableView var;
      Value nameValue = i < ncells ? code->cellvars->item(i) : code->freevars->item(i - ncells);
      var.name = std::string(strView(nameValue));
      var.kind = i < ncells ? "cell" : "free";
      Value cell = slots[code->nlocals() + i];
      if (cell && isType(I, cell, I.types.cell)) {
        Value contents = static_cast<Cell*>(cell.asObject())->contents;
        var.bound = static_cast<bool>(contents);
        if (var.bound) var.value = root(contents);
        var.cellId = cell.asObject()->serial;
        roots_.push_back(cell.asObject());
      }
      fv.variables.push_back(std::move(var));
    }
    // Under a running __del__ the interrupted frame's saved stack may hold dead values.
    if (!f->finalizerRunning) {
      for (Value* p = f->stackBase(); p < f->sp; ++p)
        fv.stack.push_back(*p ? root(*p) : ValueView{"NULL", "NULL", 0});
    }
    return fv;
  }

  void globals(Frame* f, std::vector<VariableView>& out) {
    int64_t pos = 0;
    const DictEntry* e;
    while (dictNext(f->globals, pos, e)) {
      if (!isType(I, e->key, I.types.str)) continue;
      std::string name(strView(e->key));
      if (name.size() > 4 && name.starts_with("__") && name.ends_with("__")) continue;
      VariableView var;
      var.name = name;
      var.kind = "global";
      var.bound = true;
      var.value = root(e->value);
      out.push_back(std::move(var));
    }
  }

  // Generators, coroutines and async generators hold a frame; the attribute naming it.
  const char* frameField(Type* t) const {
    if (t == I.types.generator) return "gi_frame";
    if (t == I.types.coroutine) return "cr_frame";
    if (t == I.types.asyncGenerator) return "ag_frame";
    return nullptr;
  }

  // Breadth-first from the values the frames show, bounded.
  void heap(std::vector<HeapObjectView>& out) {
    std::unordered_set<uint64_t> seen;
    std::deque<Object*> queue(roots_.begin(), roots_.end());
    while (!queue.empty() && out.size() < options_.maxHeapObjects) {
      Object* o = queue.front();
      queue.pop_front();
      if (!seen.insert(o->serial).second) continue;
      if (frameField(o->type)) generators_.push_back(static_cast<Generator*>(o));
      HeapObjectView hv;
      hv.id = o->serial;
      hv.type = std::string(o->type->name->view());
      hv.repr = displayRepr(Value(o));
      for (auto& [label, value] : fields(o)) {
        hv.fields.push_back(HeapField{label, view(value)});
        if (value.isObject() && !isScalar(value) && !seen.count(value.asObject()->serial))
          queue.push_back(value.asObject());
      }
      out.push_back(std::move(hv));
    }
  }

 private:
  static std::string stateName(FrameState s) {
    switch (s) {
      case FrameState::Created: return "created";
      case FrameState::Executing: return "executing";
      case FrameState::Suspended: return "suspended";
      case FrameState::Completed: return "completed";
    }
    return "?";
  }

  ValueView view(Value v) {
    ValueView out;
    out.type = std::string(typeName(I, v));
    out.id = v.isObject() ? v.asObject()->serial : 0;
    out.repr = displayRepr(v);
    return out;
  }

  // A value shown by a frame: also a starting point of the heap view.
  ValueView root(Value v) {
    if (v.isObject() && !isScalar(v)) roots_.push_back(v.asObject());
    return view(v);
  }

  bool isScalar(Value v) {
    Type* t = typeOf(I, v);
    return t == I.types.int_ || t == I.types.bool_ || t == I.types.float_ || t == I.types.str ||
           t == I.types.noneType;
  }

  // CPython's repr, except that huge containers and strings are shortened.
  std::string displayRepr(Value v) {
    Type* t = typeOf(I, v);
    int64_t n = -1;
    if (t == I.types.list) n = static_cast<List*>(v.asObject())->size;
    if (t == I.types.tuple) n = static_cast<Tuple*>(v.asObject())->size;
    if (t == I.types.dict) n = static_cast<Dict*>(v.asObject())->used;
    std::string text;
    try {
      text = n > static_cast<int64_t>(options_.maxContainerItems) ? shortContainerRepr(v, t)
                                                                 : reprString(I, v);
    } catch (PyException&) {
      decref(I.takePendingException());
      text = "<repr failed>";
    }
    if (text.size() > options_.maxReprLength) text = text.substr(0, options_.maxReprLength) + "...";
    return text;
  }

  std::string shortContainerRepr(Value v, Type* t) {
    std::string out = t == I.types.tuple ? "(" : t == I.types.dict ? "{" : "[";
    size_t shown = 0;
    auto add = [&](const std::string& s) {
      if (shown++) out += ", ";
      out += s;
    };
    if (t == I.types.dict) {
      Dict* d = static_cast<Dict*>(v.asObject());
      int64_t pos = 0;
      const DictEntry* e;
      while (shown < options_.maxContainerItems && dictNext(d, pos, e))
        add(reprString(I, e->key) + ": " + reprString(I, e->value));
    } else {
      const Value* items = t == I.types.list ? static_cast<List*>(v.asObject())->items
                                             : static_cast<Tuple*>(v.asObject())->items();
      for (size_t i = 0; i < options_.maxContainerItems; ++i) add(reprString(I, items[i]));
    }
    out += ", ...";
    out += t == I.types.tuple ? ")" : t == I.types.dict ? "}" : "]";
    return out;
  }

  std::vector<std::pair<std::string, Value>> fields(Object* o) {
    std::vector<std::pair<std::string, Value>> out;
    Type* t = o->type;
    size_t limit = options_.maxContainerItems;
    auto add = [&](std::string label, Value v) {
      if (v && out.size() < limit) out.emplace_back(std::move(label), v);
    };
    if (t == I.types.list) {
      List* l = static_cast<List*>(o);
      for (int64_t i = 0; i < l->size; ++i) add("[" + std::to_string(i) + "]", l->items[i]);
    } else if (t == I.types.tuple) {
      Tuple* tup = static_cast<Tuple*>(o);
      for (int64_t i = 0; i < tup->size; ++i) add("[" + std::to_string(i) + "]", tup->item(i));
    } else if (t == I.types.dict) {
      Dict* d = static_cast<Dict*>(o);
      int64_t pos = 0;
      const DictEntry* e;
      while (out.size() < limit && dictNext(d, pos, e)) add(displayRepr(e->key), e->value);
    } else if (t == I.types.cell) {
      add("cell_contents", static_cast<Cell*>(o)->contents);
    } else if (const char* field = frameField(t)) {
      if (Frame* frame = static_cast<Generator*>(o)->frame) add(field, Value(frame));
    } else if (t == I.types.function) {
      Function* f = static_cast<Function*>(o);
      if (f->defaults) add("__defaults__", Value(f->defaults));
      if (f->closure) add("__closure__", Value(f->closure));
    } else if (t->instanceDict && t != I.types.module) {
      Dict* d = *t->instanceDict(o);
      int64_t pos = 0;
      const DictEntry* e;
      while (d && out.size() < limit && dictNext(d, pos, e))
        add(isType(I, e->key, I.types.str) ? std::string(strView(e->key)) : displayRepr(e->key), e->value);
    }
    return out;
  }

 public:
  // The frames of the generators (and coroutines) the heap holds that are not running.
  void suspendedFrames(std::vector<FrameView>& out) {
    for (Generator* g : generators_) {
      if (out.size() >= options_.maxSuspendedFrames) break;
      if (g->frame && g->frame->state != FrameState::Executing)
        out.push_back(frameView(g->frame));
    }
  }

 private:
  Interp& I;
  const ExtractOptions& options_;
  std::vector<Object*> roots_;
  std::vector<Generator*> generators_;
};

}  // namespace

void extractState(Interp& I, const ExtractOptions& options, StepState& out) {
  Interp::Inspection inspection(I);
  Extractor extractor(I, options);
  for (Frame* f = I.frame; f; f = f->back) out.frames.push_back(extractor.frameView(f));
  if (I.frame) extractor.globals(I.frame, out.globals);
  extractor.heap(out.heap);
  extractor.suspendedFrames(out.suspended);
}

}  // namespace rw::recorder
