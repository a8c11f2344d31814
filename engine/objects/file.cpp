// Files from open(): whole-file reads and buffered writes through the Host, so a recording
// logs what was read (and whether writes succeeded) and a replay gets the same. Text mode
// decodes UTF-8 with universal newlines; binary mode gives bytes.
#include "objects/file.h"

#include <cerrno>
#include <cstring>

#include "objects/byte_string.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/snapshot.h"
#include "runtime/type_support.h"
#include "support/utf8.h"

namespace rw {

namespace {

constexpr const char* kUnsupportedOperation = "io.UnsupportedOperation";

// io.UnsupportedOperation: an OSError that is also a ValueError, like CPython's.
[[noreturn]] void raiseUnsupported(Interp& I, std::string_view message) {
  raiseError(I, static_cast<Type*>(I.findStatic(kUnsupportedOperation)), message);
}

struct FileObject : Object {
  Str* name = nullptr;
  Str* mode = nullptr;
  bool binary = false;
  bool readable = false;
  bool writable = false;
  bool closed = false;
  std::string content;  // what is left to read, or what waits to be written
  size_t position = 0;  // read position in `content`
};

Type* fileType(Interp& I) { return static_cast<Type*>(I.findStatic("type:TextIOWrapper-file")); }

FileObject* asFile(Value v) { return static_cast<FileObject*>(v.asObject()); }

std::string strerrorText(int error) {
  switch (error) {
    case ENOENT: return "No such file or directory";
    case EACCES: return "Permission denied";
    case EEXIST: return "File exists";
    case EISDIR: return "Is a directory";
    case ENOTDIR: return "Not a directory";
    default: return std::strerror(error);
  }
}

[[noreturn]] void raiseFileError(Interp& I, int error, const std::string& message, const std::string& path) {
  Type* type = error == ENOENT ? I.exc.FileNotFoundError
               : error == EACCES || error == EPERM ? I.exc.PermissionError
               : error == EEXIST ? I.exc.FileExistsError
               : error == EISDIR ? I.exc.IsADirectoryError
               : error == ENOTDIR ? I.exc.NotADirectoryError
                                  : I.exc.OSError;
  Ref text = Ref::steal(Value(newStr(I, message.empty() ? strerrorText(error) : message)));
  Ref file = Ref::steal(Value(newStr(I, path)));
  I.raise(newException(I, type, newTupleOf(I, {Value::smallInt(error), text.get(), file.get()})));
}

void checkOpen(Interp& I, FileObject* f) {
  if (f->closed) raiseValueError(I, "I/O operation on closed file.");
}

void flushPending(Interp& I, FileObject* f) {
  if (!f->writable || f->content.empty()) return;
  FileWriteResult r = I.host.writeFile(std::string(f->name->view()), f->content, FileWriteMode::Append);
  f->content.clear();
  if (r.error) raiseFileError(I, r.error, r.message, std::string(f->name->view()));
}

Value textOrBytes(Interp& I, FileObject* f, std::string_view data) {
  if (f->binary) return Value(newBytes(I, data));
  return Value(newStr(I, data));
}

Value fileRead(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "read", args, 0, 1);
  FileObject* f = asFile(self);
  checkOpen(I, f);
  if (!f->readable) raiseUnsupported(I, "not readable");
  int64_t size = args.nargs && !args.args[0].is(I.None()) ? asSsize(I, args.args[0], I.exc.OverflowError) : -1;
  std::string_view rest = std::string_view(f->content).substr(f->position);
  size_t take = rest.size();
  if (size >= 0) {
    if (f->binary) {
      take = std::min<size_t>(take, static_cast<size_t>(size));
    } else {
      // `size` counts characters in text mode.
      size_t pos = 0;
      for (int64_t n = 0; n < size && pos < rest.size(); ++n) support::decodeUtf8(rest, pos);
      take = pos;
    }
  }
  f->position += take;
  return textOrBytes(I, f, rest.substr(0, take));
}

Value fileReadline(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "readline", args, 0, 1);
  FileObject* f = asFile(self);
  checkOpen(I, f);
  if (!f->readable) raiseUnsupported(I, "not readable");
  std::string_view rest = std::string_view(f->content).substr(f->position);
  size_t end = rest.find('\n');
  end = end == std::string_view::npos ? rest.size() : end + 1;
  f->position += end;
  return textOrBytes(I, f, rest.substr(0, end));
}

Value fileReadlines(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "readlines", args, 0, 1);
  List* lines = newList(I);
  Ref hold = Ref::steal(Value(lines));
  while (true) {
    Ref line = Ref::steal(fileReadline(I, self, CallArgs{}));
    if (length(I, line.get()) == 0) break;
    listAppend(I, lines, line.get());
  }
  return hold.release();
}

Value fileWrite(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "write", args, 1, 1);
  FileObject* f = asFile(self);
  checkOpen(I, f);
  if (!f->writable) raiseUnsupported(I, "not writable");
  Value data = args.args[0];
  if (f->binary) {
    std::string_view bytes = bytesLikeArgument(I, data);
    f->content.append(bytes);
    return newInt(I, static_cast<int64_t>(bytes.size()));
  }
  if (!isInstance(I, data, I.types.str))
    raiseTypeError(I, "write() argument must be str, not " + std::string(typeName(I, data)));
  f->content.append(strView(data));
  return newInt(I, static_cast<Str*>(data.asObject())->length);
}

Value fileWritelines(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "writelines", args, 1, 1);
  Ref it = Ref::steal(getIter(I, args.args[0]));
  while (Ref line = Ref::steal(iterNext(I, it.get()))) {
    Value one = line.get();
    Ref r = Ref::steal(fileWrite(I, self, CallArgs{&one, 1, nullptr}));
  }
  return I.None();
}

Value fileFlush(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "flush", args, 0, 0);
  FileObject* f = asFile(self);
  checkOpen(I, f);
  flushPending(I, f);
  return I.None();
}

Value fileClose(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "close", args, 0, 0);
  FileObject* f = asFile(self);
  if (f->closed) return I.None();
  f->closed = true;
  flushPending(I, f);
  return I.None();
}

Value fileEnter(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__enter__", args, 0, 0);
  checkOpen(I, asFile(self));
  return newRef(self);
}

Value fileExit(Interp& I, Value self, CallArgs) {
  Ref r = Ref::steal(fileClose(I, self, CallArgs{}));
  return I.None();
}

Value fileIter(Interp& I, Value self) {
  checkOpen(I, asFile(self));
  return newRef(self);
}

Value fileNext(Interp& I, Value self) {
  Value line = fileReadline(I, self, CallArgs{});
  if (length(I, line) == 0) {
    decref(line);
    return Value();
  }
  return line;
}

Value fileGetAttr(Interp& I, Value self, Str* name) {
  FileObject* f = asFile(self);
  std::string_view n = name->view();
  if (n == "name") return newRef(Value(f->name));
  if (n == "mode") return newRef(Value(f->mode));
  if (n == "closed") return I.boolean(f->closed);
  return genericGetAttr(I, self, name);
}

Value fileRepr(Interp& I, Value self) {
  FileObject* f = asFile(self);
  std::string kind = f->binary ? (f->readable ? "<_io.BufferedReader" : "<_io.BufferedWriter") : "<_io.TextIOWrapper";
  std::string text = kind + " name=" + reprString(I, Value(f->name));
  if (!f->binary) text += " mode=" + reprString(I, Value(f->mode)) + " encoding='UTF-8'";
  return Value(newStr(I, text + ">"));
}

void fileDestroy(Object* o) {
  FileObject* f = static_cast<FileObject*>(o);
  // Written data still pending when the file dies is flushed, as CPython does on finalization.
  if (!f->closed && f->writable && !f->content.empty()) {
    if (Interp* I = Interp::current(); I && !I->suspendDestruction)
      I->host.writeFile(std::string(f->name->view()), f->content, FileWriteMode::Append);
  }
  decref(Value(f->name));
  decref(Value(f->mode));
  f->~FileObject();
}

// ---- snapshots ------------------------------------------------------------------------------

void fileSnapshotWrite(Interp&, Object* o, SnapshotEncoder& e) {
  FileObject* f = static_cast<FileObject*>(o);
  e.object(f->name);
  e.object(f->mode);
  e.w.u8(static_cast<uint8_t>(f->binary | (f->readable << 1) | (f->writable << 2) | (f->closed << 3)));
  e.w.string(f->content);
  e.w.varint(f->position);
}
Object* fileSnapshotAllocate(Interp& I, Type* type, SnapshotDecoder&) {
  void* memory = I.allocateRaw(std::max<size_t>(sizeof(FileObject), type->basicSize), type->hasFlag(kTypeGc));
  return new (memory) FileObject();
}
void fileSnapshotRead(Interp&, Object* o, SnapshotDecoder& d) {
  FileObject* f = static_cast<FileObject*>(o);
  f->name = d.object<Str>();
  f->mode = d.object<Str>();
  uint8_t bits = d.r.u8();
  f->binary = bits & 1;
  f->readable = bits & 2;
  f->writable = bits & 4;
  f->closed = bits & 8;
  f->content = d.r.string();
  f->position = static_cast<size_t>(d.r.varint());
}
const SnapshotCodec kFileCodec{fileSnapshotWrite, fileSnapshotAllocate, fileSnapshotRead, nullptr, false, nullptr};

// ---- open() ---------------------------------------------------------------------------------

Value builtinOpen(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "open", args, {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
  if (!isInstance(I, a[0], I.types.str))
    raiseTypeError(I, "expected str, bytes or os.PathLike object, not " + std::string(typeName(I, a[0])));
  std::string path(strView(a[0]));
  std::string mode = a[1] ? std::string(strView(a[1])) : "r";
  bool binary = mode.find('b') != std::string::npos;
  // In the order of CPython's _io.open: unknown or repeated characters, then conflicts.
  char kind = 0;
  int kinds = 0;
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    if (std::string_view("rwax+bt").find(c) == std::string_view::npos || mode.find(c, i + 1) != std::string::npos)
      raiseValueError(I, "invalid mode: '" + mode + "'");
    if (c == 'r' || c == 'w' || c == 'a' || c == 'x') {
      kind = c;
      ++kinds;
    }
  }
  if (binary && mode.find('t') != std::string::npos) raiseValueError(I, "can't have text and binary mode at once");
  if (kinds > 1) raiseValueError(I, "must have exactly one of create/read/write/append mode");
  if (!kind) raiseValueError(I, "Must have exactly one of create/read/write/append mode and at most one plus");
  if (mode.find('+') != std::string::npos)
    raiseValueError(I, "mode '" + mode + "' (read and write together) is not supported by Rewind");
  if (binary) {
    const char* arguments[] = {"an encoding", "an errors", "a newline"};
    for (int i = 0; i < 3; ++i)
      if (a[3 + i] && !a[3 + i].is(I.None()))
        raiseValueError(I, std::string("binary mode doesn't take ") + arguments[i] + " argument");
  }
  if (a[3] && !a[3].is(I.None())) {
    std::string encoding(strView(a[3]));
    for (char& c : encoding) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (encoding != "utf-8" && encoding != "utf8") raiseError(I, I.exc.LookupError, "unknown encoding: " + std::string(strView(a[3])));
  }
  FileObject* f = I.alloc<FileObject>(fileType(I));
  Ref hold = Ref::steal(Value(f));
  f->name = static_cast<Str*>(newRef(a[0]).asObject());
  f->mode = newStr(I, mode);
  f->binary = binary;
  if (kind == 'r') {
    FileReadResult r = I.host.readFile(path);
    if (r.error) raiseFileError(I, r.error, r.message, path);
    f->readable = true;
    if (binary) {
      f->content = std::move(r.data);
    } else {
      if (auto bad = support::validateUtf8(r.data)) {
        raiseError(I, I.exc.UnicodeDecodeError,
                   "'utf-8' codec can't decode byte 0x" + [&] {
                     char buffer[4];
                     std::snprintf(buffer, sizeof buffer, "%02x", static_cast<unsigned char>(r.data[bad->offset]));
                     return std::string(buffer);
                   }() + " in position " + std::to_string(bad->offset) + ": " + bad->reason);
      }
      // Universal newlines: \r\n and \r read as \n.
      std::string text;
      text.reserve(r.data.size());
      for (size_t i = 0; i < r.data.size(); ++i) {
        if (r.data[i] == '\r') {
          text += '\n';
          if (i + 1 < r.data.size() && r.data[i + 1] == '\n') ++i;
        } else {
          text += r.data[i];
        }
      }
      f->content = std::move(text);
    }
  } else {
    FileWriteMode writeMode = kind == 'w' ? FileWriteMode::Truncate : kind == 'a' ? FileWriteMode::Append : FileWriteMode::Exclusive;
    FileWriteResult r = I.host.writeFile(path, "", writeMode);
    if (r.error) raiseFileError(I, r.error, r.message, path);
    f->writable = true;
  }
  return hold.release();
}

}  // namespace

void initFileType(Interp& I) {
  Type* t = newStaticType(I, "TextIOWrapper", I.types.object, sizeof(FileObject), 0);
  I.registerStatic("type:TextIOWrapper-file", t);
  t->destroy = fileDestroy;
  t->iter = fileIter;
  t->next = fileNext;
  t->getAttr = fileGetAttr;
  t->repr = fileRepr;
  addMethod(I, t, "read", fileRead);
  addMethod(I, t, "readline", fileReadline);
  addMethod(I, t, "readlines", fileReadlines);
  addMethod(I, t, "write", fileWrite);
  addMethod(I, t, "writelines", fileWritelines);
  addMethod(I, t, "flush", fileFlush);
  addMethod(I, t, "close", fileClose);
  addMethod(I, t, "__enter__", fileEnter);
  addMethod(I, t, "__exit__", fileExit);
  registerSnapshotCodec(I, t, &kFileCodec);
  Ref bases = Ref::steal(Value(newTupleOf(I, {Value(I.exc.OSError), Value(I.exc.ValueError)})));
  Ref ns = Ref::steal(Value(newDict(I)));
  dictSetStr(I, ns.as<Dict>(), "__module__", Value(I.intern("io")));
  Ref name = Ref::steal(Value(newStr(I, "UnsupportedOperation")));
  Value args[] = {name.get(), bases.get(), ns.get()};
  Ref unsupported = Ref::steal(call(I, Value(I.types.type), CallArgs{args, 3, nullptr}));
  I.registerStatic(kUnsupportedOperation, unsupported.obj());
  BuiltinFunction* open = newBuiltinFunction(I, "open", builtinOpen, Value(I.builtinsModule), nullptr,
                                             "Open file and return a stream.");
  I.registerStatic("builtins.open", open);
  dictSetStr(I, I.builtins, "open", Value(open));
  decref(Value(open));
}

}  // namespace rw
