// Text streams for standard output and error.
#include "runtime/stdio.h"

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct TextStream : Object {
  OutputStream which = OutputStream::Stdout;
};

Type* streamType(Interp& I) { return static_cast<Type*>(I.findStatic("type:stdio-stream")); }

void write(Interp& I, OutputStream which, std::string_view text) {
  I.host.write(which, text);
  if (I.observer) I.observer->onOutput(which, text);
}

Value streamWrite(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "write", args, 1, 1);
  if (!isInstance(I, args.args[0], I.types.str))
    raiseTypeError(I, "write() argument must be str, not " + std::string(typeName(I, args.args[0])));
  std::string_view text = strView(args.args[0]);
  write(I, static_cast<TextStream*>(self.asObject())->which, text);
  return newInt(I, static_cast<Str*>(args.args[0].asObject())->length);
}

Value streamFlush(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "flush", args, 0, 0);
  I.host.flush(static_cast<TextStream*>(self.asObject())->which);
  return I.None();
}

Value streamRepr(Interp& I, Value self) {
  bool out = static_cast<TextStream*>(self.asObject())->which == OutputStream::Stdout;
  return Value(newStr(I, std::string("<_io.TextIOWrapper name='<") + (out ? "stdout" : "stderr") +
                             ">' mode='w' encoding='utf-8'>"));
}

Value sysStream(Interp& I, const char* name) {
  Value v = dictGetStr(I, I.sysModule->dict, name);
  if (!v) raiseError(I, I.exc.RuntimeError, std::string("lost sys.") + name);
  return v;
}

}  // namespace

void createStdioStreams(Interp& I) {
  Type* t = newStaticType(I, "TextIOWrapper", I.types.object, sizeof(TextStream), 0);
  I.registerStatic("type:stdio-stream", t);
  t->repr = streamRepr;
  addMethod(I, t, "write", streamWrite);
  addMethod(I, t, "flush", streamFlush);
  const struct {
    const char* name;
    OutputStream which;
  } streams[] = {{"stdout", OutputStream::Stdout}, {"stderr", OutputStream::Stderr}};
  for (auto& s : streams) {
    TextStream* stream = I.alloc<TextStream>(t);
    stream->which = s.which;
    I.registerStatic(std::string("sys.") + s.name, stream);
    dictSetStr(I, I.sysModule->dict, s.name, Value(stream));
    dictSetStr(I, I.sysModule->dict, (std::string("__") + s.name + "__").c_str(), Value(stream));
    decref(Value(stream));
  }
}

Value stdoutStream(Interp& I) { return sysStream(I, "stdout"); }
Value stderrStream(Interp& I) { return sysStream(I, "stderr"); }

void writeToStream(Interp& I, Value stream, std::string_view text) {
  if (isType(I, stream, streamType(I))) {
    write(I, static_cast<TextStream*>(stream.asObject())->which, text);
    return;
  }
  Ref s = Ref::steal(Value(newStr(I, text)));
  Ref r = Ref::steal(callMethod(I, stream, I.intern("write"), {s.get()}));
}

void flushStream(Interp& I, Value stream) {
  if (isType(I, stream, streamType(I))) {
    I.host.flush(static_cast<TextStream*>(stream.asObject())->which);
    return;
  }
  Value flush = lookupAttr(I, stream, I.intern("flush"));
  if (flush) {
    Ref f = Ref::steal(flush);
    Ref r = Ref::steal(call(I, f.get(), {}));
  }
}

}  // namespace rw
