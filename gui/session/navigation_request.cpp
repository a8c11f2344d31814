#include "gui/session/navigation_request.h"

#include <QCoreApplication>

namespace rw::gui {

QString navCommandName(NavCommand command, recorder::Direction direction) {
  bool back = direction == recorder::Direction::Backward;
  auto tr = [](const char* text) { return QCoreApplication::translate("Navigation", text); };
  switch (command) {
    case NavCommand::StepInstruction:
      return back ? tr("reverse step instruction") : tr("step instruction");
    case NavCommand::StepLine:
      return back ? tr("reverse step into") : tr("step into");
    case NavCommand::StepOver:
      return back ? tr("reverse step over") : tr("step over");
    case NavCommand::StepOut:
      return back ? tr("reverse step out") : tr("step out");
    case NavCommand::Continue:
      return back ? tr("reverse continue") : tr("continue");
    case NavCommand::Exception:
      return back ? tr("previous exception") : tr("next exception");
    case NavCommand::Write:
      return back ? tr("previous change") : tr("next change");
    case NavCommand::ExecuteNode:
      return back ? tr("previous execution of the node") : tr("next execution of the node");
    case NavCommand::ObjectWrite:
      return back ? tr("previous change of the object") : tr("next change of the object");
    case NavCommand::ObjectCreation:
      return tr("creation of the object");
  }
  return {};
}

}  // namespace rw::gui
