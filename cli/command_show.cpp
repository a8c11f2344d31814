// `rewind show [--json] TRACE.rwd --step N|end`: the state of a recorded run at one step.
#include <iostream>

#include "commands.h"
#include "json_writer.h"
#include "recorder/timeline.h"

namespace rw::cli {

namespace {

const char* kShowUsage =
    "usage: rewind show [--json] TRACE.rwd --step N|end\n"
    "Prints the state before instruction N executes (steps count from 0; 'end' is the last\n"
    "step): location, instruction, value stack, frames with their variables, output so far.\n";

void writeJson(const recorder::StepState& s) {
  JsonWriter j;
  j.beginObject();
  j.key("step").value(s.step);
  j.key("steps").value(s.steps);
  j.key("file").value(s.frames.empty() ? s.location.file : s.frames.front().file);
  j.key("line").value(static_cast<int64_t>(s.frames.empty() ? s.location.line : s.frames.front().line));
  j.key("function").value(s.frames.empty() ? "" : s.frames.front().function);
  j.key("instruction").beginObject();
  j.key("offset").value(static_cast<int64_t>(s.instruction.offset));
  j.key("opname").value(s.instruction.opname);
  j.key("arg").value(static_cast<int64_t>(s.instruction.arg));
  j.key("argrepr").value(s.instruction.argRepr);
  j.endObject();
  j.key("location").beginObject();
  j.key("line").value(static_cast<int64_t>(s.location.line));
  j.key("end_line").value(static_cast<int64_t>(s.location.endLine));
  j.key("col").value(static_cast<int64_t>(s.location.col));
  j.key("end_col").value(static_cast<int64_t>(s.location.endCol));
  j.key("ast_node").value(static_cast<int64_t>(s.location.astNode));
  j.endObject();
  j.key("stack").beginArray();
  if (!s.frames.empty())
    for (const recorder::ValueView& v : s.frames.front().stack) j.value(v.repr);
  j.endArray();
  j.key("frames").beginArray();
  for (const recorder::FrameView& f : s.frames) {
    j.beginObject();
    j.key("function").value(f.function);
    j.key("file").value(f.file);
    j.key("line").value(static_cast<int64_t>(f.line));
    j.key("offset").value(static_cast<int64_t>(f.offset));
    j.key("locals").beginObject();
    for (const recorder::VariableView& v : f.variables)
      if (v.kind == "local" && v.bound) j.key(v.name).value(v.value.repr);
    j.endObject();
    j.key("cells").beginObject();
    for (const recorder::VariableView& v : f.variables)
      if (v.kind != "local" && v.bound) j.key(v.name).value(v.value.repr);
    j.endObject();
    j.key("stack").beginArray();
    for (const recorder::ValueView& v : f.stack) j.value(v.repr);
    j.endArray();
    j.endObject();
  }
  j.endArray();
  j.key("globals").beginObject();
  for (const recorder::VariableView& v : s.globals) j.key(v.name).value(v.value.repr);
  j.endObject();
  j.key("stdout").value(s.stdoutText);
  j.key("stderr").value(s.stderrText);
  j.endObject();
  std::cout << j.text() << "\n";
}

void writeText(const recorder::StepState& s) {
  std::cout << "step " << s.step << " of " << s.steps;
  if (!s.frames.empty())
    std::cout << "  " << s.frames.front().file << ":" << s.frames.front().line << " in " << s.frames.front().function;
  std::cout << "\n";
  std::cout << "instruction: " << s.instruction.offset << " " << s.instruction.opname << " "
            << s.instruction.arg;
  if (!s.instruction.argRepr.empty()) std::cout << " (" << s.instruction.argRepr << ")";
  std::cout << "\n";
  std::cout << "value stack (bottom first):";
  if (s.frames.empty() || s.frames.front().stack.empty()) std::cout << " empty";
  std::cout << "\n";
  if (!s.frames.empty())
    for (const recorder::ValueView& v : s.frames.front().stack) std::cout << "  " << v.repr << "\n";
  std::cout << "frames (innermost first):\n";
  for (const recorder::FrameView& f : s.frames) {
    std::cout << "  " << f.function << "  " << f.file << ":" << f.line << "  (offset " << f.offset << ")\n";
    for (const recorder::VariableView& v : f.variables)
      std::cout << "    " << v.name << " [" << v.kind << "] = " << (v.bound ? v.value.repr : "<unbound>") << "\n";
  }
  std::cout << "output so far:\n" << s.stdoutText;
  if (!s.stdoutText.empty() && s.stdoutText.back() != '\n') std::cout << "\n";
  if (!s.stderrText.empty()) std::cout << "stderr so far:\n" << s.stderrText;
}

}  // namespace

int showCommand(const std::vector<std::string>& args) {
  bool json = false;
  std::string trace, stepText;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json") {
      json = true;
    } else if (args[i] == "--step" && i + 1 < args.size()) {
      stepText = args[++i];
    } else if (args[i] == "-h" || args[i] == "--help") {
      std::cerr << kShowUsage;
      return 0;
    } else if (trace.empty() && !args[i].starts_with("-")) {
      trace = args[i];
    } else {
      std::cerr << "rewind show: unexpected argument '" << args[i] << "'\n" << kShowUsage;
      return 2;
    }
  }
  if (trace.empty() || stepText.empty()) {
    std::cerr << kShowUsage;
    return 2;
  }
  try {
    std::unique_ptr<recorder::Timeline> timeline = recorder::Timeline::open(trace);
    int64_t step;
    if (stepText == "end") {
      step = timeline->steps() - 1;
    } else {
      try {
        size_t used = 0;
        step = std::stoll(stepText, &used);
        if (used != stepText.size()) throw std::invalid_argument(stepText);
      } catch (const std::exception&) {
        std::cerr << "rewind show: --step needs a number or 'end', not '" << stepText << "'\n";
        return 2;
      }
      if (step < 0 || step >= timeline->steps()) {
        std::cerr << "rewind show: " << trace << " has steps 0 to " << timeline->steps() - 1
                  << "; there is no step " << step << "\n";
        return 1;
      }
    }
    recorder::StepState state = timeline->state(step);
    if (json)
      writeJson(state);
    else
      writeText(state);
  } catch (const recorder::TimelineError& e) {
    std::cerr << "rewind show: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace rw::cli
