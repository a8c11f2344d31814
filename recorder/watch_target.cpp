#include "recorder/watch_target.h"

#include <stdexcept>

#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "recorder/frame_evaluator.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"
#include "syntax/parser.h"

namespace rw::recorder {

namespace {

std::string sourceOf(const std::string& text, const syntax::Node* node) {
  return text.substr(node->span.col, node->span.endCol - node->span.col);
}

std::string quoted(const std::string& s) {
  return "'" + s + "'";
}

int32_t indexOf(Tuple* names, const std::string& name) {
  for (int64_t i = 0; i < names->size; ++i)
    if (strView(names->item(i)) == name) return static_cast<int32_t>(i);
  return -1;
}

std::string functionName(Frame* f) {
  return std::string(f->code->qualname->view());
}

// A key any replay can rebuild: ints, strings and tuples of them.
std::optional<ElementKey> elementKey(Interp& I, Value v) {
  ElementKey key;
  if (isType(I, v, I.types.int_) || isType(I, v, I.types.bool_)) {
    if (!intToInt64(v, key.number) || !Value::smallInt(key.number).isSmallInt())
      return std::nullopt;
    key.kind = ElementKey::Kind::Int;
    return key;
  }
  if (isType(I, v, I.types.str)) {
    key.kind = ElementKey::Kind::Str;
    key.text = std::string(strView(v));
    return key;
  }
  if (isType(I, v, I.types.tuple)) {
    key.kind = ElementKey::Kind::Tuple;
    Tuple* t = static_cast<Tuple*>(v.asObject());
    for (int64_t i = 0; i < t->size; ++i) {
      std::optional<ElementKey> item = elementKey(I, t->item(i));
      if (!item) return std::nullopt;
      key.items.push_back(std::move(*item));
    }
    return key;
  }
  return std::nullopt;
}

// Evaluates `expression` in the innermost frame to an object the program holds.
Object* programObject(Interp& I, const std::string& expression, TargetResolution& out) {
  Object* object = nullptr;
  std::string problem;
  Evaluation e = evaluateInFrame(I, I.frame, expression, [&](Interp& I2, Value v) {
    if (!v.isObject()) {
      problem = expression + " is " + reprString(I2, v) + ", a value without an identity to follow";
    } else if (!isProgramObjectSerial(v.asObject()->serial)) {
      problem = expression + " makes a new object; name one the program holds";
    } else {
      object = v.asObject();
    }
  });
  out.sideEffect = e.sideEffect;
  if (!e.ok)
    out.error = expression + " cannot be evaluated here: " + e.error;
  else if (!problem.empty())
    out.error = problem;
  return out.error.empty() && out.sideEffect.empty() ? object : nullptr;
}

void resolveName(Interp& I, Frame* f, const std::string& name, TargetResolution& out) {
  WatchSpec spec;
  spec.name = name;
  Code* code = f->code;
  auto inNamespace = [&](Dict* d, const std::string& description) {
    spec.kind = BindingKind::Namespace;
    spec.owner = d->serial;
    spec.writtenObjects = {d->serial};
    spec.description = description;
  };
  if (f->locals) {
    if (f->locals == f->globals)
      inNamespace(f->globals, "global " + quoted(name));
    else if (dictGetStr(I, f->locals, name))
      inNamespace(f->locals, "name " + quoted(name) + " of the body of " + functionName(f));
    else
      inNamespace(f->globals, "global " + quoted(name));
    out.spec = spec;
    return;
  }
  int32_t cell = indexOf(code->cellvars, name);
  bool free = false;
  if (cell < 0) {
    cell = indexOf(code->freevars, name);
    free = cell >= 0;
    if (free) cell += code->ncells();
  }
  if (cell >= 0) {
    Value c = f->localsplus()[code->nlocals() + cell];
    if (!c || !isType(I, c, I.types.cell)) {
      out.error = name + " has no cell yet at this step";
      return;
    }
    spec.kind = BindingKind::Cell;
    spec.owner = c.asObject()->serial;
    spec.writtenObjects = {spec.owner};
    spec.description = std::string(free ? "free" : "cell") + " variable " + quoted(name) + " of " +
                       functionName(f);
    out.spec = spec;
    return;
  }
  int32_t slot = indexOf(code->varnames, name);
  if (slot >= 0) {
    spec.kind = BindingKind::FastLocal;
    spec.owner = f->serial;
    spec.codeId = static_cast<int64_t>(code->serial);
    spec.slot = slot;
    spec.description = "local variable " + quoted(name) + " of " + functionName(f);
    out.spec = spec;
    return;
  }
  inNamespace(f->globals, "global " + quoted(name));
  out.spec = spec;
}

void resolveAttribute(Interp& I, const WriteTarget& target, TargetResolution& out) {
  Object* o = programObject(I, target.object, out);
  if (!o) return;
  WatchSpec spec;
  spec.kind = BindingKind::Attribute;
  spec.owner = o->serial;
  spec.name = target.name;
  spec.writtenObjects = {o->serial};
  Dict* dict = nullptr;
  if (o->type->hasFlag(kTypeTypeSubclass))
    dict = static_cast<Type*>(o)->dict;
  else if (o->type->instanceDict)
    dict = *o->type->instanceDict(o);
  else {
    out.error = target.object + " (a " + std::string(o->type->name->view()) +
                " object) keeps no attributes in a dict; only those can be followed";
    return;
  }
  if (dict) spec.writtenObjects.push_back(dict->serial);
  spec.description = "attribute " + quoted(target.name) + " of " + target.object + " (a " +
                     std::string(o->type->name->view()) + " object)";
  out.spec = spec;
}

void resolveElement(Interp& I, const WriteTarget& target, TargetResolution& out) {
  Object* o = programObject(I, target.object, out);
  if (!o) return;
  bool isList = isInstance(I, Value(o), I.types.list);
  if (!isList && !isInstance(I, Value(o), I.types.dict)) {
    out.error = target.object + " is a " + std::string(o->type->name->view()) +
                "; elements of lists and dicts can be followed";
    return;
  }
  std::optional<ElementKey> key;
  std::string problem;
  Evaluation e = evaluateInFrame(I, I.frame, target.key, [&](Interp& I2, Value v) {
    key = elementKey(I2, v);
    if (!key)
      problem = target.key + " is a " + std::string(typeName(I2, v)) +
                "; keys must be ints, strings or tuples of them";
  });
  out.sideEffect = e.sideEffect;
  if (!e.ok) {
    out.error = target.key + " cannot be evaluated here: " + e.error;
    return;
  }
  if (!key) {
    out.error = problem;
    return;
  }
  if (isList && key->kind != ElementKey::Kind::Int) {
    out.error = "list indices must be integers, not " + target.key;
    return;
  }
  WatchSpec spec;
  spec.kind = isList ? BindingKind::ListItem : BindingKind::DictItem;
  spec.owner = o->serial;
  spec.writtenObjects = {o->serial};
  spec.key = *key;
  spec.description = "element [" + key->repr() + "] of " + target.object + " (a " +
                     std::string(o->type->name->view()) + ")";
  out.spec = spec;
}

}  // namespace

std::string ElementKey::repr() const {
  switch (kind) {
    case Kind::Int:
      return std::to_string(number);
    case Kind::Str: {
      std::string out = "'";
      for (char c : text)
        out += c == '\'' ? std::string("\\'") : std::string(1, c);
      return out + "'";
    }
    case Kind::Tuple: {
      std::string out = "(";
      for (size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + items[i].repr();
      return out + (items.size() == 1 ? ",)" : ")");
    }
  }
  return "";
}

WriteTarget parseWriteTarget(const std::string& raw) {
  const char* accepted = "a variable name, obj.attr or x[k]";
  size_t begin = raw.find_first_not_of(" \t");
  size_t end = raw.find_last_not_of(" \t");
  if (begin == std::string::npos || raw.find('\n') != std::string::npos)
    throw std::invalid_argument(std::string("the target must be ") + accepted);
  std::string text = raw.substr(begin, end - begin + 1);
  std::unique_ptr<syntax::ParsedModule> tree;
  try {
    tree = syntax::parse(text, "<target>", syntax::ParseMode::Eval);
  } catch (const syntax::SyntaxError& e) {
    throw std::invalid_argument("'" + text + "' is not a Python expression (" + e.what() + ")");
  }
  const syntax::Expr* body = static_cast<const syntax::Expression*>(tree->root)->body;
  WriteTarget target;
  switch (body->kind) {
    case syntax::NodeKind::Name:
      target.form = WriteTarget::Form::Name;
      target.name = static_cast<const syntax::Name*>(body)->id;
      return target;
    case syntax::NodeKind::Attribute: {
      auto* a = static_cast<const syntax::Attribute*>(body);
      target.form = WriteTarget::Form::Attribute;
      target.name = a->attr;
      target.object = sourceOf(text, a->value);
      return target;
    }
    case syntax::NodeKind::Subscript: {
      auto* s = static_cast<const syntax::Subscript*>(body);
      if (s->slice->kind == syntax::NodeKind::Slice)
        throw std::invalid_argument("'" + text + "' is a slice; follow one element, x[k]");
      target.form = WriteTarget::Form::Element;
      target.object = sourceOf(text, s->value);
      target.key = sourceOf(text, s->slice);
      return target;
    }
    default:
      throw std::invalid_argument("'" + text + "' is not " + accepted);
  }
}

TargetResolution resolveWriteTarget(Interp& I, const WriteTarget& target) {
  TargetResolution out;
  if (!I.frame) {
    out.error = "no frame is executing at this step";
    return out;
  }
  switch (target.form) {
    case WriteTarget::Form::Name:
      resolveName(I, I.frame, target.name, out);
      break;
    case WriteTarget::Form::Attribute:
      resolveAttribute(I, target, out);
      break;
    case WriteTarget::Form::Element:
      resolveElement(I, target, out);
      break;
  }
  return out;
}

}  // namespace rw::recorder
