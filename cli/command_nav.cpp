// `rewind nav [--json] TRACE.rwd --from N|end CMD [ARG]`: moves through a recorded run with
// gdb's vocabulary and prints the step it arrives at.
#include <iostream>
#include <optional>
#include <utility>

#include "commands.h"
#include "json_writer.h"
#include "recorder/timeline.h"
#include "syntax/ast.h"

namespace rw::cli {

namespace {

const char* kNavUsage =
    "usage: rewind nav [--json] TRACE.rwd --from N|end CMD [ARG]\n"
    "Moves from step N ('end' is the last step) and prints the step it arrives at, with its\n"
    "file, line and function. CMD is one of:\n"
    "  step, reverse-step          the next (previous) line start in any frame\n"
    "  next, reverse-next          the next (previous) line start in this frame or a caller\n"
    "  finish                      the first step after this frame returns, in its caller\n"
    "  reverse-finish              the call that entered this frame\n"
    "  stepi, reverse-stepi        one instruction\n"
    "  continue, reverse-continue  ARG: FILE:LINE, 'FILE:LINE if CONDITION' or exception\n"
    "  next-write, last-write      ARG: name, obj.attr or x[k] (evaluated at step N)\n"
    "  created, died               ARG: an expression naming an object at step N\n"
    "  node, reverse-node          ARG: FILE:LINE:COL, the outermost syntax tree node that\n"
    "                              starts there (COL counts UTF-8 bytes from 0, like ast's\n"
    "                              col_offset): the next (previous) step that enters it\n"
    "Exit status: 0 arrived, 1 no such step, 2 bad arguments, 3 the trace cannot be read.\n";

int usageError(const std::string& message) {
  std::cerr << "rewind nav: " << message << "\n" << kNavUsage;
  return 2;
}

// FILE:LINE or FILE:LINE if CONDITION.
std::optional<recorder::Breakpoint> parseBreakpoint(const std::string& text, std::string& error) {
  recorder::Breakpoint b;
  std::string location = text;
  size_t condition = text.find(" if ");
  if (condition != std::string::npos) {
    location = text.substr(0, condition);
    b.condition = text.substr(condition + 4);
    if (b.condition.find_first_not_of(" \t") == std::string::npos) {
      error = "the breakpoint '" + text + "' has an empty condition";
      return std::nullopt;
    }
  }
  size_t colon = location.rfind(':');
  std::string line = colon == std::string::npos ? "" : location.substr(colon + 1);
  if (colon == std::string::npos || colon == 0 || line.empty() ||
      line.find_first_not_of("0123456789") != std::string::npos || line.size() > 9 ||
      std::stoi(line) == 0) {
    error = "a breakpoint is FILE:LINE or 'FILE:LINE if CONDITION', not '" + text + "'";
    return std::nullopt;
  }
  b.file = location.substr(0, colon);
  b.line = std::stoi(line);
  return b;
}

struct NodePlace {
  std::string file;
  int line = 0;
  int col = 0;
};

std::optional<int> number(const std::string& text) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoi(text);
}

// FILE:LINE:COL.
std::optional<NodePlace> parseNodePlace(const std::string& text, std::string& error) {
  size_t colColon = text.rfind(':');
  size_t lineColon = colColon == std::string::npos || colColon == 0 ? std::string::npos
                                                                    : text.rfind(':', colColon - 1);
  std::optional<int> line, col;
  if (lineColon != std::string::npos && lineColon > 0) {
    line = number(text.substr(lineColon + 1, colColon - lineColon - 1));
    col = number(text.substr(colColon + 1));
  }
  if (!line || !col || *line == 0) {
    error = "a node is FILE:LINE:COL, not '" + text + "'";
    return std::nullopt;
  }
  return NodePlace{text.substr(0, lineColon), *line, *col};
}

// The source the trace knows as `file` (its path or its trailing components), and the
// outermost node of its tree that starts at the place; throws NavigationError.
std::pair<int64_t, uint32_t> findNode(recorder::Timeline& timeline, const NodePlace& place) {
  std::optional<int64_t> source;
  for (const recorder::SourceInfo& s : timeline.sources())
    if (s.path == place.file || s.path.ends_with("/" + place.file)) source = s.id;
  if (!source)
    throw recorder::NavigationError("no source named " + place.file + " is in the trace");
  for (const syntax::Node* node : timeline.ast(*source).byId)
    if (node->span.line == place.line && node->span.col == place.col) return {*source, node->id};
  throw recorder::NavigationError("no syntax tree node of " + place.file + " starts at line " +
                                  std::to_string(place.line) + ", column " +
                                  std::to_string(place.col));
}

struct Where {
  std::string file;
  int line = 0;
  std::string function;
};

void print(const recorder::Arrival& a, const std::optional<Where>& where, bool json) {
  if (json) {
    JsonWriter j;
    j.beginObject();
    j.key("found").value(a.step.has_value());
    j.key("step");
    if (a.step) {
      j.value(*a.step);
      j.key("file").value(where->file);
      j.key("line").value(static_cast<int64_t>(where->line));
      j.key("function").value(where->function);
    } else {
      j.null();
    }
    j.key("note").value(a.note);
    j.key("warnings").beginArray();
    for (const std::string& w : a.warnings)
      j.value(w);
    j.endArray();
    j.endObject();
    std::cout << j.text() << "\n";
    return;
  }
  for (const std::string& w : a.warnings)
    std::cerr << "rewind nav: warning: " << w << "\n";
  if (!a.step) {
    std::cout << "no such step: " << a.note << "\n";
    return;
  }
  std::cout << "step " << *a.step << "  " << where->file << ":" << where->line << " in "
            << where->function;
  if (!a.note.empty()) std::cout << "  (" << a.note << ")";
  std::cout << "\n";
}

}  // namespace

int navCommand(const std::vector<std::string>& args) {
  bool json = false;
  std::string trace, fromText, command;
  std::vector<std::string> rest;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!command.empty()) {
      rest.push_back(args[i]);
    } else if (args[i] == "--json") {
      json = true;
    } else if (args[i] == "-h" || args[i] == "--help") {
      std::cerr << kNavUsage;
      return 0;
    } else if (args[i] == "--from") {
      if (i + 1 >= args.size()) return usageError("--from needs a step number or 'end'");
      fromText = args[++i];
    } else if (args[i].starts_with("-")) {
      return usageError("unknown option '" + args[i] + "'");
    } else if (trace.empty()) {
      trace = args[i];
    } else {
      command = args[i];
    }
  }
  if (trace.empty()) return usageError("no trace given");
  if (fromText.empty()) return usageError("no --from step given");
  if (command.empty()) return usageError("no command given");
  std::string arg;
  for (const std::string& r : rest)
    arg += (arg.empty() ? "" : " ") + r;

  enum class Needs { Nothing, Breakpoint, Expression, Node };
  static const std::vector<std::pair<std::string, Needs>> kCommands = {
      {"step", Needs::Nothing},
      {"reverse-step", Needs::Nothing},
      {"next", Needs::Nothing},
      {"reverse-next", Needs::Nothing},
      {"finish", Needs::Nothing},
      {"reverse-finish", Needs::Nothing},
      {"stepi", Needs::Nothing},
      {"reverse-stepi", Needs::Nothing},
      {"continue", Needs::Breakpoint},
      {"reverse-continue", Needs::Breakpoint},
      {"next-write", Needs::Expression},
      {"last-write", Needs::Expression},
      {"created", Needs::Expression},
      {"died", Needs::Expression},
      {"node", Needs::Node},
      {"reverse-node", Needs::Node}};
  std::optional<Needs> needs;
  for (const auto& [name, what] : kCommands)
    if (name == command) needs = what;
  if (!needs) return usageError("unknown command '" + command + "'");
  if (*needs == Needs::Nothing && !arg.empty()) return usageError(command + " takes no argument");
  if (*needs != Needs::Nothing && arg.empty())
    return usageError(command + (*needs == Needs::Breakpoint
                                     ? " needs FILE:LINE, 'FILE:LINE if CONDITION' or exception"
                                 : *needs == Needs::Node ? " needs FILE:LINE:COL"
                                                         : " needs an expression"));
  std::optional<recorder::Breakpoint> breakpoint;
  if (*needs == Needs::Breakpoint && arg != "exception") {
    std::string error;
    breakpoint = parseBreakpoint(arg, error);
    if (!breakpoint) return usageError(error);
  }
  std::optional<NodePlace> nodePlace;
  if (*needs == Needs::Node) {
    std::string error;
    nodePlace = parseNodePlace(arg, error);
    if (!nodePlace) return usageError(error);
  }

  try {
    std::unique_ptr<recorder::Timeline> timeline = recorder::Timeline::open(trace);
    int64_t steps = timeline->steps();
    if (steps <= 0) {
      std::cerr << "rewind nav: " << trace << " has no steps\n";
      return 3;
    }
    int64_t from = steps - 1;
    if (fromText != "end") {
      size_t used = 0;
      try {
        from = std::stoll(fromText, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used == 0 || used != fromText.size())
        return usageError("--from needs a step number or 'end', not '" + fromText + "'");
      if (from < 0 || from >= steps)
        return usageError(trace + " has steps 0 to " + std::to_string(steps - 1) +
                          "; there is no step " + fromText);
    }
    using recorder::Direction;
    bool reverse = command.starts_with("reverse-") || command == "last-write";
    Direction direction = reverse ? Direction::Backward : Direction::Forward;
    std::string verb = reverse && command.starts_with("reverse-") ? command.substr(8) : command;
    recorder::Arrival arrival;
    if (verb == "step")
      arrival = timeline->stepLine(from, direction);
    else if (verb == "next")
      arrival = timeline->stepOver(from, direction);
    else if (verb == "finish")
      arrival = timeline->stepOut(from, direction);
    else if (verb == "stepi")
      arrival = timeline->stepInstruction(from, direction);
    else if (verb == "continue" && !breakpoint)
      arrival = timeline->continueToException(from, direction);
    else if (verb == "continue")
      arrival = timeline->continueTo(from, direction, {*breakpoint});
    else if (verb == "next-write" || verb == "last-write")
      arrival = timeline->write(from, direction, arg);
    else if (verb == "node") {
      auto [source, node] = findNode(*timeline, *nodePlace);
      arrival = timeline->executeNode(from, direction, source, node);
    } else if (verb == "created")
      arrival = timeline->creation(from, arg);
    else
      arrival = timeline->death(from, arg);
    std::optional<Where> where;
    if (arrival.step) {
      recorder::StepState state = timeline->state(*arrival.step);
      where = Where{state.location.file, state.location.line, ""};
      if (!state.frames.empty())
        where = Where{state.frames.front().file, state.frames.front().line,
                      state.frames.front().function};
    }
    print(arrival, where, json);
    return arrival.step ? 0 : 1;
  } catch (const recorder::NavigationError& e) {
    std::cerr << "rewind nav: " << e.what() << "\n";
    return 2;
  } catch (const recorder::TimelineError& e) {
    std::cerr << "rewind nav: " << e.what() << "\n";
    return 3;
  }
}

}  // namespace rw::cli
