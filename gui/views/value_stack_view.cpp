#include "gui/views/value_stack_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/models/value_stack_model.h"
#include "gui/views/table_setup.h"

namespace rw::gui {

ValueStackView::ValueStackView(ValueStackModel* model, QWidget* parent)
    : QWidget(parent), effect_(new QLabel(this)), table_(new QTableView(this)) {
  setUpReadOnlyTable(table_, model);
  sizeColumnsInCharacters(table_, table_->horizontalHeader(),
                          {{ValueStackModel::SlotColumn, 3},
                           {ValueStackModel::TypeColumn, 12},
                           {ValueStackModel::EffectColumn, 6}});
  table_->horizontalHeader()->setSectionResizeMode(ValueStackModel::ValueColumn,
                                                   QHeaderView::Stretch);
  effect_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(effect_);
  layout->addWidget(table_);
}

void ValueStackView::setEffect(const recorder::InstructionView* instruction, bool executing) {
  if (!instruction) {
    effect_->clear();
    return;
  }
  QString name = QString::fromStdString(instruction->opname);
  if (!instruction->argRepr.empty())
    name += " (" + QString::fromStdString(instruction->argRepr) + ")";
  if (!executing) {
    effect_->setText(tr("Waiting in <b>%1</b>").arg(name.toHtmlEscaped()));
    return;
  }
  effect_->setText(tr("Next: <b>%1</b> pops %2, pushes %3")
                       .arg(name.toHtmlEscaped())
                       .arg(instruction->pops)
                       .arg(instruction->pushes));
}

QString ValueStackView::effectText() const {
  return effect_->text();
}

}  // namespace rw::gui
