#include "gui/views/record_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rw::gui {

RecordDialog::RecordDialog(const QString& program, const RecordingSettings& settings,
                           QWidget* parent)
    : QDialog(parent),
      input_(new QPlainTextEdit(this)),
      sandboxed_(new QCheckBox(tr("Only files in the program's folder (sandbox)"), this)),
      maxMillions_(new QSpinBox(this)) {
  setWindowTitle(tr("Record %1").arg(QFileInfo(program).fileName()));
  setObjectName("recordDialog");
  input_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  input_->setPlaceholderText(tr("What input() reads, one line per call; then end of file"));
  input_->setPlainText(QString::fromStdString(settings.input));
  sandboxed_->setChecked(settings.sandboxed);
  maxMillions_->setRange(1, 500);
  maxMillions_->setSuffix(tr(" million steps"));
  maxMillions_->setValue(static_cast<int>(std::max<int64_t>(1, settings.maxSteps / 1'000'000)));

  auto* form = new QFormLayout;
  form->addRow(tr("Standard input:"), input_);
  form->addRow(tr("Files:"), sandboxed_);
  form->addRow(tr("Stop after:"), maxMillions_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
  resize(520, 360);
}

RecordingSettings RecordDialog::settings() const {
  RecordingSettings s;
  s.input = input_->toPlainText().toStdString();
  if (!s.input.empty() && s.input.back() != '\n') s.input += '\n';
  s.sandboxed = sandboxed_->isChecked();
  s.maxSteps = static_cast<int64_t>(maxMillions_->value()) * 1'000'000;
  return s;
}

}  // namespace rw::gui
