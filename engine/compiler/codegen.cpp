// Code units, constant and name tables, and the module entry point of the code generator.
#include "compiler/codegen.h"
#include "compiler/find_annotations.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/interp.h"
#include "syntax/parser.h"
#include "syntax/tokenizer.h"

namespace rw {

using namespace syntax;

void Codegen::error(const Node* node, const std::string& message) {
  SyntaxErrorInfo info;
  info.message = message;
  info.filename = input_.filename;
  if (node) {
    info.line = node->span.line;
    info.col = node->span.col + 1;
    info.endLine = node->span.endLine;
    info.endCol = node->span.endCol + 1;
  }
  throw syntax::SyntaxError(std::move(info));
}

void Codegen::setLocation(const Node* node) {
  Location loc;
  loc.node = node->id;
  loc.line = node->span.line;
  loc.endLine = node->span.endLine;
  loc.col = node->span.col;
  loc.endCol = node->span.endCol;
  b().setLocation(loc);
}

void Codegen::setNoLocation() {
  Location loc = b().location();
  loc.line = 0;
  loc.endLine = 0;
  loc.col = 0;
  loc.endCol = 0;
  b().setLocation(loc);
}

std::string Codegen::mangle(const std::string& name) const {
  if (className_.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name.ends_with("__")) return name;
  if (name.find('.') != std::string::npos) return name;
  size_t strip = className_.find_first_not_of('_');
  if (strip == std::string::npos) return name;
  return "_" + className_.substr(strip) + name;
}

void Codegen::enterUnit(Scope* scope, const Node* node, const std::string& name, int line) {
  auto unit = std::make_unique<CodeUnit>();
  unit->scope = scope;
  unit->node = node;
  unit->parent = unit_;
  unit->name = name;
  unit->firstlineno = line;
  for (const std::string& v : scope->varnames) {
    unit->varnameIndex.emplace(v, static_cast<uint32_t>(unit->varnames.size()));
    unit->varnames.push_back(v);
  }
  unit->cellvars = scope->namesWithScope(SymbolScope::Cell);
  if (scope->needsClassClosure) {
    unit->cellvars.push_back("__class__");
    std::sort(unit->cellvars.begin(), unit->cellvars.end());
  }
  // CPython 3.11 lists the cells that are parameters first, in parameter order, then the
  // others by name (scope->varnames holds only the parameters here).
  auto parameterRank = [&](const std::string& cell) {
    auto it = unit->varnameIndex.find(cell);
    return it == unit->varnameIndex.end() ? UINT32_MAX : it->second;
  };
  std::stable_sort(unit->cellvars.begin(), unit->cellvars.end(),
                   [&](const std::string& a, const std::string& b) {
                     return parameterRank(a) < parameterRank(b);
                   });
  unit->freevars = scope->namesWithScope(SymbolScope::Free);
  // A class body that reads a name free in a method and bound in itself also keeps it free.
  for (const Symbol& sym : scope->symbols) {
    if ((sym.flags & kDefFreeClass) &&
        std::find(unit->freevars.begin(), unit->freevars.end(), sym.name) == unit->freevars.end())
      unit->freevars.push_back(sym.name);
  }
  std::sort(unit->freevars.begin(), unit->freevars.end());
  unit_ = unit.get();
  units_.push_back(std::move(unit));
  ++nesting_;
  Location start;
  start.node = node->id;
  start.line = line;
  start.endLine = line;
  b().setLocation(start);
}

uint32_t Codegen::varnameIndex(const std::string& raw) {
  std::string name = mangle(raw);
  auto [it, inserted] =
      unit_->varnameIndex.emplace(name, static_cast<uint32_t>(unit_->varnames.size()));
  if (inserted) unit_->varnames.push_back(name);
  return it->second;
}

uint32_t Codegen::cellIndex(const std::string& name) {
  auto& cells = unit_->cellvars;
  auto c = std::find(cells.begin(), cells.end(), name);
  if (c != cells.end()) return static_cast<uint32_t>(c - cells.begin());
  auto& frees = unit_->freevars;
  auto f = std::find(frees.begin(), frees.end(), name);
  if (f != frees.end()) return static_cast<uint32_t>(cells.size() + (f - frees.begin()));
  throw std::logic_error("compiler: '" + name + "' is neither a cell nor a free variable");
}

uint32_t Codegen::addConstValue(Value value, const std::string& key) {
  auto it = unit_->constIndex.find(key);
  if (it != unit_->constIndex.end()) {
    decref(value);
    return it->second;
  }
  uint32_t index = static_cast<uint32_t>(unit_->consts.size());
  unit_->consts.push_back(Ref::steal(value));
  unit_->constIndex.emplace(key, index);
  return index;
}

uint32_t Codegen::addConstObject(Ref object) {
  uint32_t index = static_cast<uint32_t>(unit_->consts.size());
  unit_->consts.push_back(std::move(object));
  return index;
}

uint32_t Codegen::noneConst() {
  ConstantValue none;
  return addConst(none);
}

Codegen::ConstantObject Codegen::constantObject(const ConstantValue& c) {
  // Keys keep 1, 1.0 and True apart, as CPython's constant cache does.
  switch (c.kind) {
    case ConstantValue::Kind::None: return {Ref::borrow(I.None()), "N"};
    case ConstantValue::Kind::True: return {Ref::borrow(I.boolean(true)), "T"};
    case ConstantValue::Kind::False: return {Ref::borrow(I.boolean(false)), "F"};
    case ConstantValue::Kind::Ellipsis: return {Ref::borrow(Value(I.ellipsis)), "E"};
    case ConstantValue::Kind::Int: return {Ref::steal(intFromDecimal(I, c.text)), "i" + c.text};
    case ConstantValue::Kind::Float: {
      uint64_t bits;
      std::memcpy(&bits, &c.number, sizeof bits);
      return {Ref::steal(newFloat(I, c.number)), "f" + std::to_string(bits)};
    }
    case ConstantValue::Kind::Str: {
      Str* s = c.text.size() <= 40 ? newRef(I.intern(c.text)) : newStr(I, c.text);
      return {Ref::steal(Value(s)), "s" + c.text};
    }
    case ConstantValue::Kind::Complex: {
      uint64_t bits;
      std::memcpy(&bits, &c.number, sizeof bits);
      return {Ref::steal(newComplex(I, 0.0, c.number)), "c" + std::to_string(bits)};
    }
    case ConstantValue::Kind::Bytes: return {Ref::steal(Value(newBytes(I, c.text))), "b" + c.text};
  }
  error(nullptr, "unknown kind of literal");
}

uint32_t Codegen::addConst(const ConstantValue& c) {
  ConstantObject object = constantObject(c);
  return addConstValue(object.value.release(), object.key);
}

Code* Codegen::leaveUnit() {
  CodeUnit& u = *unit_;
  AssembledCode assembled = assemble(u.builder);
  Code* code = I.alloc<Code>(I.types.code);
  code->instructions = std::move(assembled.instructions);
  code->locations = std::move(assembled.locations);
  code->exceptionTable = std::move(assembled.exceptionTable);
  code->stacksize = assembled.stacksize;
  code->consts = newTuple(I, static_cast<int64_t>(u.consts.size()));
  for (size_t i = 0; i < u.consts.size(); ++i) code->consts->items()[i] = u.consts[i].release();
  auto strTuple = [&](const std::vector<std::string>& names) {
    Tuple* t = newTuple(I, static_cast<int64_t>(names.size()));
    for (size_t i = 0; i < names.size(); ++i) t->items()[i] = newRef(I.intern(names[i]));
    return t;
  };
  code->names = strTuple(u.builder.names());
  code->varnames = strTuple(u.varnames);
  code->cellvars = strTuple(u.cellvars);
  code->freevars = strTuple(u.freevars);
  code->name = newRef(I.intern(u.name));
  code->qualname = newRef(I.intern(u.qualname.empty() ? u.name : u.qualname));
  code->filename = newRef(I.intern(input_.filename));
  code->argcount = u.argcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->firstlineno = u.firstlineno;
  code->flags = u.flags;
  if (u.freevars.empty() && u.cellvars.empty()) code->flags |= kCoNoFree;
  code->cellArgs.assign(u.cellvars.size(), -1);
  for (size_t i = 0; i < u.cellvars.size(); ++i) {
    auto it = u.varnameIndex.find(u.cellvars[i]);
    if (it != u.varnameIndex.end() &&
        it->second < static_cast<uint32_t>(u.argcount + u.kwonlyargcount +
                                           ((u.flags & kCoVarargs) ? 1 : 0) +
                                           ((u.flags & kCoVarkeywords) ? 1 : 0)))
      code->cellArgs[i] = static_cast<int32_t>(it->second);
  }
  code->sourceId = input_.sourceId;
  code->astNode = u.node->id;
  CodeUnit* parent = u.parent;
  units_.pop_back();
  unit_ = parent;
  --nesting_;
  return code;
}

void Codegen::emitPrologue() {
  CodeUnit& u = *unit_;
  for (size_t i = 0; i < u.cellvars.size(); ++i) b().emit(Opcode::MAKE_CELL, i);
  if (!u.freevars.empty()) b().emit(Opcode::COPY_FREE_VARS, u.freevars.size());
  if (u.flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) {
    b().emit(Opcode::RETURN_GENERATOR);
    b().emit(Opcode::POP_TOP);
  }
  b().emit(Opcode::RESUME, 0);
}

Code* Codegen::compileModule() {
  const Node* root = input_.module->root;
  enterUnit(input_.symbols->top.get(), root, "<module>", 1);
  emitPrologue();
  if (root->kind == NodeKind::Expression) {
    auto* e = static_cast<const Expression*>(root);
    expression(e->body);
    b().emit(Opcode::RETURN_VALUE);
    return leaveUnit();
  }
  const StmtList& body = root->kind == NodeKind::Module
                             ? static_cast<const syntax::Module*>(root)->body
                             : static_cast<const Interactive*>(root)->body;
  // Annotated names at module level go into __annotations__, made first like CPython does.
  if (containsAnnotations(body)) b().emit(Opcode::SETUP_ANNOTATIONS);
  // A module docstring becomes __doc__.
  size_t first = 0;
  if (!input_.interactive && !body.empty() && body[0]->kind == NodeKind::ExprStmt) {
    auto* e = static_cast<const ExprStmt*>(body[0])->value;
    if (e->kind == NodeKind::Constant &&
        static_cast<const syntax::Constant*>(e)->value.kind == ConstantValue::Kind::Str) {
      setLocation(body[0]);
      b().emit(Opcode::LOAD_CONST, addConst(static_cast<const syntax::Constant*>(e)->value));
      b().emit(Opcode::STORE_NAME, nameIndex("__doc__"));
      first = 1;
    }
  }
  for (size_t i = first; i < body.size(); ++i) statement(body[i]);
  setNoLocation();
  b().emit(Opcode::RETURN_CONST, noneConst());
  return leaveUnit();
}

Code* compile(Interp& I, const CompileInput& input) {
  Codegen codegen(I, input);
  return codegen.compileModule();
}

Code* compileSource(Interp& I, std::string_view source, const std::string& filename,
                    int64_t sourceId, ParseMode mode, std::unique_ptr<ParsedModule>* keepAst) {
  std::unique_ptr<ParsedModule> module = parse(source, filename, mode);
  std::unique_ptr<SymbolTable> symbols = buildSymbolTable(*module, filename);
  CompileInput input;
  input.module = module.get();
  input.symbols = symbols.get();
  input.filename = filename;
  input.sourceId = sourceId;
  input.interactive = mode == ParseMode::Single;
  Code* code = compile(I, input);
  if (keepAst) *keepAst = std::move(module);
  return code;
}

}  // namespace rw
