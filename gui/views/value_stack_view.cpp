#include "gui/views/value_stack_view.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/models/value_stack_model.h"
#include "gui/views/table_setup.h"
#include "gui/views/text_line.h"

namespace rw::gui {

ValueStackView::ValueStackView(ValueStackModel* model, QWidget* parent)
    : QWidget(parent), effect_(new TextLine(this)), table_(new QTableView(this)) {
  setUpReadOnlyTable(table_, model);
  sizeColumnsInCharacters(table_, table_->horizontalHeader(),
                          {{ValueStackModel::SlotColumn, 3},
                           {ValueStackModel::TypeColumn, 12},
                           {ValueStackModel::EffectColumn, 6}});
  table_->horizontalHeader()->setSectionResizeMode(ValueStackModel::ValueColumn,
                                                   QHeaderView::Stretch);
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
    effect_->setRuns({{tr("Waiting in "), false}, {name, true}});
    return;
  }
  effect_->setRuns(
      {{tr("Next: "), false},
       {name, true},
       {tr(" pops %1, pushes %2").arg(instruction->pops).arg(instruction->pushes), false}});
}

QString ValueStackView::effectText() const {
  return effect_->text();
}

}  // namespace rw::gui
