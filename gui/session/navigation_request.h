// A movement through the trace asked of the timeline's thread, and where it arrived. The
// request carries everything the search needs (the breakpoints, whether to stop at
// exceptions, whether to skip Rewind's own modules), so the worker keeps no GUI state.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gui/session/trace_info.h"
#include "recorder/timeline.h"

namespace rw::gui {

enum class NavCommand {
  StepInstruction,  // one instruction
  StepLine,         // step into: the next line start in any frame
  StepOver,         // the next line start in this frame or a caller
  StepOut,          // finish / reverse-finish
  Continue,         // to a breakpoint (and an exception when asked), else the trace's end
  Exception,        // to the next (previous) raise
  Write,            // to the next (previous) write of `expression`
  ExecuteNode,      // to the next (previous) step entering syntax tree node `astNode`
  ObjectWrite,      // to the next (previous) change of object `objectId`
  ObjectCreation,   // to the step that created object `objectId`
};

struct NavRequest {
  NavCommand command = NavCommand::StepLine;
  recorder::Direction direction = recorder::Direction::Forward;
  int64_t from = 0;
  std::vector<recorder::Breakpoint> breakpoints;  // Continue
  bool stopAtExceptions = false;                  // Continue
  bool justMyCode = false;  // arriving inside Rewind's own modules moves on out of them
  std::string expression;   // Write
  int64_t sourceId = 0;     // ExecuteNode
  uint32_t astNode = 0;     // ExecuteNode
  uint64_t objectId = 0;    // ObjectWrite, ObjectCreation
};

struct NavResult {
  NavRequest request;
  std::optional<int64_t> step;  // nothing: the command found no step (state stays as it was)
  QString note;                 // what was found, or why nothing was
  QStringList warnings;         // breakpoint conditions that raised on the way
  StepStatePtr state;           // the state at `step`
  StepStatePtr previous;        // the state one step earlier (null at step 0)
};

using NavResultPtr = std::shared_ptr<const NavResult>;

// Names for menus and the status bar ("step over", "reverse step over").
QString navCommandName(NavCommand command, recorder::Direction direction);

}  // namespace rw::gui

Q_DECLARE_METATYPE(rw::gui::NavResultPtr)
