// Recording options for a Python program: the text its input() calls read, and whether it
// may touch files outside its own folder.
#pragma once

#include <QDialog>

#include "gui/session/program_recording.h"

class QCheckBox;
class QPlainTextEdit;
class QSpinBox;

namespace rw::gui {

class RecordDialog : public QDialog {
  Q_OBJECT

 public:
  RecordDialog(const QString& program, const RecordingSettings& settings,
               QWidget* parent = nullptr);

  RecordingSettings settings() const;

 private:
  QPlainTextEdit* input_;
  QCheckBox* sandboxed_;
  QSpinBox* maxMillions_;
};

}  // namespace rw::gui
