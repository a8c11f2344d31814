#include "recorder/code_blob.h"

#include "compiler/disassembler.h"
#include "objects/code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"
#include "support/byte_buffer.h"

namespace rw::recorder {

namespace {

void writeStrings(support::ByteWriter& w, Interp& I, Tuple* tuple, bool useRepr) {
  w.varint(tuple->size);
  for (int64_t i = 0; i < tuple->size; ++i)
    w.string(useRepr ? reprString(I, tuple->item(i)) : std::string(strView(tuple->item(i))));
}

std::vector<std::string> readStrings(support::ByteReader& r) {
  std::vector<std::string> out(r.count());
  for (std::string& s : out) s = r.string();
  return out;
}

}  // namespace

std::vector<uint8_t> encodeCodeBlob(Interp& I, const Code* code, const std::string& file) {
  Interp::Inspection inspection(I);
  support::ByteWriter w;
  w.varint(code->serial);
  w.svarint(code->sourceId);
  w.string(code->name->view());
  w.string(code->qualname->view());
  w.string(file);
  for (int64_t v : {int64_t{code->firstlineno}, int64_t{code->argcount}, int64_t{code->posonlyargcount},
                    int64_t{code->kwonlyargcount}, int64_t{code->stacksize}, int64_t{code->flags},
                    int64_t{code->astNode}})
    w.svarint(v);
  writeStrings(w, I, code->consts, true);
  writeStrings(w, I, code->names, false);
  writeStrings(w, I, code->varnames, false);
  writeStrings(w, I, code->cellvars, false);
  writeStrings(w, I, code->freevars, false);
  std::vector<DisassembledInstruction> instructions = disassemble(I, code);
  w.varint(instructions.size());
  for (const DisassembledInstruction& d : instructions) {
    w.varint(static_cast<uint64_t>(d.opcode));
    w.varint(d.arg);
    w.string(d.argRepr);
    w.svarint(d.pops);
    w.svarint(d.pushes);
    w.u8(d.isJumpTarget ? 1 : 0);
    w.varint(d.location.node);
    w.svarint(d.location.line);
    w.svarint(d.location.endLine);
    w.svarint(d.location.col);
    w.svarint(d.location.endCol);
  }
  w.varint(code->exceptionTable.size());
  for (const ExceptionEntry& e : code->exceptionTable) {
    w.varint(e.start);
    w.varint(e.end);
    w.varint(e.target);
    w.varint(e.depth);
    w.u8(e.pushLasti ? 1 : 0);
  }
  return w.take();
}

CodeInfo decodeCodeBlob(const std::vector<uint8_t>& blob) {
  support::ByteReader r(blob);
  CodeInfo c;
  c.id = static_cast<int64_t>(r.varint());
  c.sourceId = r.svarint();
  c.name = r.string();
  c.qualname = r.string();
  c.filename = r.string();
  c.firstLine = static_cast<int>(r.svarint());
  c.argcount = static_cast<int>(r.svarint());
  c.posonlyargcount = static_cast<int>(r.svarint());
  c.kwonlyargcount = static_cast<int>(r.svarint());
  c.stacksize = static_cast<int>(r.svarint());
  c.flags = static_cast<uint32_t>(r.svarint());
  c.astNode = static_cast<uint32_t>(r.svarint());
  c.consts = readStrings(r);
  c.names = readStrings(r);
  c.varnames = readStrings(r);
  c.cellvars = readStrings(r);
  c.freevars = readStrings(r);
  c.instructions.resize(r.count());
  uint32_t offset = 0;
  for (InstructionInfo& info : c.instructions) {
    uint64_t op = r.varint();
    if (op >= static_cast<uint64_t>(kOpcodeCount)) throw support::DecodeError("unknown opcode in code blob");
    info.instruction.offset = offset++;
    info.instruction.opname = std::string(opcodeInfo(static_cast<Opcode>(op)).name);
    info.instruction.arg = static_cast<uint32_t>(r.varint());
    info.instruction.argRepr = r.string();
    info.instruction.pops = static_cast<int>(r.svarint());
    info.instruction.pushes = static_cast<int>(r.svarint());
    info.jumpTarget = r.u8() != 0;
    info.location.sourceId = c.sourceId;
    info.location.file = c.filename;
    info.location.astNode = static_cast<uint32_t>(r.varint());
    info.location.line = static_cast<int>(r.svarint());
    info.location.endLine = static_cast<int>(r.svarint());
    info.location.col = static_cast<int>(r.svarint());
    info.location.endCol = static_cast<int>(r.svarint());
  }
  c.exceptionTable.resize(r.count());
  for (ExceptionRange& e : c.exceptionTable) {
    e.start = static_cast<uint32_t>(r.varint());
    e.end = static_cast<uint32_t>(r.varint());
    e.target = static_cast<uint32_t>(r.varint());
    e.depth = static_cast<uint32_t>(r.varint());
    e.lasti = r.u8() != 0;
  }
  return c;
}

}  // namespace rw::recorder
