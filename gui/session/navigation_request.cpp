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
  }
  return {};
}

}  // namespace rw::gui
