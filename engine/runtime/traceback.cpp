// Formatting uncaught exceptions the way CPython 3.11 prints them.
#include "runtime/traceback.h"

#include <algorithm>
#include <unordered_set>

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/exception_group.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "objects/str.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "support/utf8.h"
#include "syntax/parser.h"

namespace rw {

namespace {

std::string sourceLine(Interp& I, const std::string& filename, int line) {
  auto it = I.sourceTexts.find(filename);
  if (it == I.sourceTexts.end() || line <= 0) return "";
  std::string_view text = it->second;
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return "";
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  std::string result(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (!result.empty() && result.back() == '\r') result.pop_back();
  return result;
}

size_t charOffset(const std::string& line, int byteOffset) {
  if (byteOffset <= 0) return 0;
  size_t limit = std::min(static_cast<size_t>(byteOffset), line.size());
  return support::countCodePoints(std::string_view(line).substr(0, limit));
}

struct Anchors {
  size_t leftEnd;
  size_t rightStart;
};

bool isSpaceChar(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

// Finds the operator of a binary operation or the brackets of a subscript inside the
// failing expression, like traceback._extract_caret_anchors_from_line_segment.
std::optional<Anchors> extractAnchors(const std::string& segment) {
  std::unique_ptr<syntax::ParsedModule> tree;
  try {
    tree = syntax::parse(segment, "<segment>", syntax::ParseMode::Exec);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  auto* module = static_cast<syntax::Module*>(tree->root);
  if (module->body.size() != 1 || module->body[0]->kind != syntax::NodeKind::ExprStmt) return std::nullopt;
  const syntax::Expr* expr = static_cast<syntax::ExprStmt*>(module->body[0])->value;
  auto normalize = [&](int byteOffset) { return charOffset(segment, byteOffset); };
  if (expr->kind == syntax::NodeKind::BinOp) {
    auto* b = static_cast<const syntax::BinOp*>(expr);
    size_t operatorStart = static_cast<size_t>(b->left->span.endCol);
    size_t operatorEnd = static_cast<size_t>(b->right->span.col);
    std::string operatorText = segment.substr(operatorStart, operatorEnd - operatorStart);
    size_t skip = 0;
    while (skip < operatorText.size() && isSpaceChar(operatorText[skip])) ++skip;
    size_t left = operatorStart + skip;
    size_t right = left + 1;
    if (skip + 1 < operatorText.size() && !isSpaceChar(operatorText[skip + 1])) ++right;
    while (left < segment.size() && (isSpaceChar(segment[left]) || segment[left] == ')' || segment[left] == '#')) {
      ++left;
      ++right;
    }
    return Anchors{normalize(static_cast<int>(left)), normalize(static_cast<int>(right))};
  }
  if (expr->kind == syntax::NodeKind::Subscript) {
    auto* s = static_cast<const syntax::Subscript*>(expr);
    size_t left = static_cast<size_t>(s->value->span.endCol);
    size_t right = static_cast<size_t>(s->slice->span.endCol) + 1;
    while (left < segment.size() && (isSpaceChar(segment[left]) || segment[left] != '[')) ++left;
    while (right < segment.size() && (isSpaceChar(segment[right]) || segment[right] != ']')) ++right;
    if (right < segment.size()) ++right;
    return Anchors{normalize(static_cast<int>(left)), normalize(static_cast<int>(right))};
  }
  return std::nullopt;
}

void formatEntry(Interp& I, Frame* frame, uint32_t lasti, int lineno, std::string& out) {
  Code* code = frame->code;
  std::string filename(code->filename->view());
  out += "  File \"" + filename + "\", line " + std::to_string(lineno) + ", in " +
         std::string(code->name->view()) + "\n";
  std::string line = sourceLine(I, filename, lineno);
  size_t indent = 0;
  while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f')) ++indent;
  std::string stripped = line.substr(indent);
  while (!stripped.empty() && isSpaceChar(stripped.back())) stripped.pop_back();
  if (stripped.empty()) return;
  out += "    " + stripped + "\n";
  if (lasti >= code->locations.size()) return;
  const Location& loc = code->locations[lasti];
  if (loc.line != lineno || loc.endLine <= 0) return;
  size_t startOffset = charOffset(line, loc.col);
  size_t endOffset = loc.endLine == loc.line ? charOffset(line, loc.endCol)
                                             : charOffset(line, static_cast<int>(indent + stripped.size()));
  size_t indentChars = charOffset(line, static_cast<int>(indent));
  size_t strippedChars = support::countCodePoints(stripped);
  if (endOffset <= startOffset) return;
  std::optional<Anchors> anchors;
  if (loc.endLine == loc.line) {
    size_t from = static_cast<size_t>(loc.col), to = std::min(line.size(), static_cast<size_t>(loc.endCol));
    if (from < to) anchors = extractAnchors(line.substr(from, to - from));
  }
  bool wholeLine = startOffset == indentChars && endOffset - startOffset >= strippedChars;
  if (wholeLine && !(anchors && anchors->rightStart > anchors->leftEnd)) return;
  std::string carets = "    " + std::string(startOffset - indentChars, ' ');
  size_t width = endOffset - startOffset;
  if (anchors) {
    carets += std::string(std::min(anchors->leftEnd, width), '~');
    carets += std::string(anchors->rightStart - std::min(anchors->leftEnd, anchors->rightStart), '^');
    if (width > anchors->rightStart) carets += std::string(width - anchors->rightStart, '~');
  } else {
    carets += std::string(width, '^');
  }
  out += carets + "\n";
}

std::string typeLabel(Interp& I, Value exc) {
  Type* t = typeOf(I, exc);
  std::string name(t->qualname ? t->qualname->view() : t->name->view());
  if (t->module) {
    std::string_view module = t->module->view();
    if (module != "__main__" && module != "builtins") name = std::string(module) + "." + name;
  }
  return name;
}

std::string attrString(Interp& I, ExceptionObject* e, const char* name) {
  if (!e->dict) return "";
  Value v = dictGetStr(I, e->dict, name);
  if (!v || v.is(I.None())) return "";
  return strString(I, v);
}

// An integer attribute of a SyntaxError, or `missing` when it is absent or None.
int64_t intAttr(Interp& I, ExceptionObject* e, const char* name, int64_t missing) {
  Value v = e->dict ? dictGetStr(I, e->dict, name) : Value();
  return v && v.isSmallInt() ? v.asSmallInt() : missing;
}

// The source line and carets as CPython 3.11's C printer (print_error_text in
// Python/pythonrun.c) lays them out for an uncaught SyntaxError. It works on the UTF-8 bytes
// of the line with the offsets as they are, so that carets land where CPython puts them.
void appendErrorText(std::string_view text, int64_t offset, int64_t endOffset, std::string& out) {
  int64_t carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  --offset;  // 0-based
  while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
    text.remove_prefix(1);
    --offset;
  }
  int64_t length = static_cast<int64_t>(text.size());
  if (length > 0 && text.back() == '\n') --length;
  offset = std::min(offset, length);
  // A text spanning lines: show the line the offset falls on.
  for (size_t newline; (newline = text.find('\n')) != std::string_view::npos;) {
    int64_t lineLength = static_cast<int64_t>(newline);
    if (lineLength >= offset) break;
    text.remove_prefix(newline + 1);
    length -= lineLength + 1;
    offset -= lineLength + 1;
  }
  out += "    ";
  out += text;
  if (text.empty() || text.back() != '\n') out += "\n";
  if (offset < 0) return;
  out += "    " + std::string(static_cast<size_t>(offset), ' ') +
         std::string(static_cast<size_t>(carets), '^') + "\n";
}

// False when the error has no line number: CPython then prints it like any exception.
bool formatSyntaxError(Interp& I, Value exc, std::string& out) {
  auto* e = static_cast<ExceptionObject*>(exc.asObject());
  int64_t lineno = intAttr(I, e, "lineno", -1);
  if (lineno < 0) return false;
  std::string filename = attrString(I, e, "filename");
  out += "  File \"" + (filename.empty() ? std::string("<string>") : filename) + "\", line " +
         std::to_string(lineno) + "\n";
  Value textValue = e->dict ? dictGetStr(I, e->dict, "text") : Value();
  if (textValue && isInstance(I, textValue, I.types.str)) {
    std::string_view text = strView(textValue);
    int64_t offset = intAttr(I, e, "offset", -1);
    // Only SyntaxError itself marks a range; its subclasses get one caret.
    bool exactType = typeOf(I, exc) == I.exc.SyntaxError;
    int64_t endLineno = exactType ? intAttr(I, e, "end_lineno", lineno) : lineno;
    int64_t endOffset = exactType ? intAttr(I, e, "end_offset", -1) : -1;
    int64_t size = static_cast<int64_t>(text.size());
    if (endLineno > lineno) endOffset = size;
    endOffset = std::min(endOffset, size + 1);
    appendErrorText(text, offset, endOffset, out);
  }
  std::string msg = attrString(I, e, "msg");
  out += typeLabel(I, exc) + ": " + (msg.empty() ? "<no detail available>" : msg) + "\n";
  return true;
}

// How many times in a row the same frame and line are printed before the rest are counted.
constexpr int kRecursiveCutoff = 3;

void appendRepeated(int count, std::string& out) {
  if (count <= kRecursiveCutoff) return;
  count -= kRecursiveCutoff;
  out += "  [Previous line repeated " + std::to_string(count) + " more time" + (count > 1 ? "s" : "") + "]\n";
}

void formatStack(Interp& I, Value traceback, std::string& out) {
  const Code* lastCode = nullptr;
  int lastLine = -1;
  int count = 0;
  for (Value tb = traceback; tb; tb = static_cast<Traceback*>(tb.asObject())->next) {
    auto* entry = static_cast<Traceback*>(tb.asObject());
    const Code* code = entry->frame->code;
    bool same = lastCode && code->filename->view() == lastCode->filename->view() &&
                code->name->view() == lastCode->name->view() && entry->lineno == lastLine;
    if (!same) {
      appendRepeated(count, out);
      lastCode = code;
      lastLine = entry->lineno;
      count = 0;
    }
    if (++count > kRecursiveCutoff) continue;
    formatEntry(I, entry->frame, entry->lasti, entry->lineno, out);
  }
  appendRepeated(count, out);
}

// The exception's type and message, then its notes (CPython's format_exception_only).
std::string exceptionOnly(Interp& I, Value exc) {
  std::string out;
  if (isInstance(I, exc, I.exc.SyntaxError) && formatSyntaxError(I, exc, out)) return out;
  std::string message;
  try {
    message = strString(I, exc);
  } catch (PyException&) {
    decref(I.takePendingException());
    message = "<exception str() failed>";
  }
  out += typeLabel(I, exc);
  if (!message.empty()) out += ": " + message;
  out += "\n";
  Value notes = static_cast<ExceptionObject*>(exc.asObject())->notes;
  if (notes && isInstance(I, notes, I.types.list)) {
    Ref hold = Ref::borrow(notes);
    List* list = static_cast<List*>(notes.asObject());
    for (int64_t i = 0; i < list->size; ++i) {
      Value note = list->items[i];
      if (isInstance(I, note, I.types.str)) {
        out += std::string(strView(note)) + "\n";
        continue;
      }
      try {
        out += strString(I, note) + "\n";
      } catch (PyException&) {
        decref(I.takePendingException());
        out += "<note str() failed>\n";
      }
    }
  } else if (notes) {
    try {
      out += reprString(I, notes) + "\n";
    } catch (PyException&) {
      decref(I.takePendingException());
      out += "<__notes__ repr() failed>\n";
    }
  }
  return out;
}

// traceback.py's _ExceptionPrintContext: nested exception groups are drawn with an indent
// and a margin per level.
struct PrintContext {
  std::unordered_set<Object*> seen;
  int groupDepth = 0;
  bool needClose = false;

  static constexpr int kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;

  std::string indent() const { return std::string(static_cast<size_t>(2 * groupDepth), ' '); }

  void emit(const std::string& text, std::string& out, char margin = '|') const {
    std::string prefix = indent();
    if (groupDepth) prefix += std::string(1, margin) + " ";
    size_t start = 0;
    while (start < text.size()) {
      size_t nl = text.find('\n', start);
      size_t stop = nl == std::string::npos ? text.size() : nl + 1;
      out += prefix;
      out.append(text, start, stop - start);
      start = stop;
    }
  }
};

const char* const kCauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
const char* const kContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";

void formatWithChain(Interp& I, Value exc, PrintContext& ctx, std::string& out);

void formatGroup(Interp& I, Value exc, PrintContext& ctx, std::string& out) {
  auto* e = static_cast<ExceptionObject*>(exc.asObject());
  bool topLevel = ctx.groupDepth == 0;
  if (topLevel) ++ctx.groupDepth;
  if (e->traceback) {
    ctx.emit("Exception Group Traceback (most recent call last):\n", out, topLevel ? '+' : '|');
    std::string stack;
    formatStack(I, e->traceback, stack);
    ctx.emit(stack, out);
  }
  ctx.emit(exceptionOnly(I, exc), out);
  Tuple* excs = static_cast<ExceptionGroupObject*>(e)->exceptions;
  int64_t count = excs ? excs->size : 0;
  int64_t shown = count <= PrintContext::kMaxGroupWidth ? count : PrintContext::kMaxGroupWidth + 1;
  ctx.needClose = false;
  for (int64_t i = 0; i < shown; ++i) {
    bool last = i == shown - 1;
    if (last) ctx.needClose = true;
    bool truncated = i >= PrintContext::kMaxGroupWidth;
    std::string title = truncated ? "..." : std::to_string(i + 1);
    out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
    ++ctx.groupDepth;
    if (!truncated) {
      formatWithChain(I, excs->item(i), ctx, out);
    } else {
      int64_t remaining = count - PrintContext::kMaxGroupWidth;
      ctx.emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n", out);
    }
    if (last && ctx.needClose) {
      out += ctx.indent() + "+------------------------------------\n";
      ctx.needClose = false;
    }
    --ctx.groupDepth;
  }
  if (topLevel) ctx.groupDepth = 0;
}

void formatWithChain(Interp& I, Value exc, PrintContext& ctx, std::string& out) {
  // The chain from the outermost cause or context to `exc`, each with the message before it.
  std::vector<std::pair<const char*, Value>> chain;
  for (Value walk = exc; walk;) {
    ctx.seen.insert(walk.asObject());
    auto* e = static_cast<ExceptionObject*>(walk.asObject());
    const char* message = nullptr;
    Value next;
    if (e->cause && !ctx.seen.count(e->cause.asObject())) {
      message = kCauseMessage;
      next = e->cause;
    } else if (e->context && !e->suppressContext && !ctx.seen.count(e->context.asObject())) {
      message = kContextMessage;
      next = e->context;
    }
    chain.emplace_back(message, walk);
    walk = next;
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (it->first) ctx.emit(it->first, out);
    Value e = it->second;
    if (!isExceptionGroup(I, e)) {
      Value tb = static_cast<ExceptionObject*>(e.asObject())->traceback;
      if (tb) {
        ctx.emit("Traceback (most recent call last):\n", out);
        std::string stack;
        formatStack(I, tb, stack);
        ctx.emit(stack, out);
      }
      ctx.emit(exceptionOnly(I, e), out);
    } else if (ctx.groupDepth > PrintContext::kMaxGroupDepth) {
      ctx.emit("... (max_group_depth is " + std::to_string(PrintContext::kMaxGroupDepth) + ")\n", out);
    } else {
      formatGroup(I, e, ctx, out);
    }
  }
}

}  // namespace

std::string formatException(Interp& I, Value exception) {
  std::string out;
  PrintContext ctx;
  formatWithChain(I, exception, ctx, out);
  return out;
}

}  // namespace rw
