#include "gui/models/frames_model.h"

#include <QBrush>
#include <QFileInfo>
#include <QFont>
#include <algorithm>

#include "gui/models/model_colors.h"

namespace rw::gui {

FramesModel::FramesModel(QObject* parent) : QAbstractTableModel(parent) {}

namespace {

bool sameRow(const recorder::FrameView& a, bool aSuspended, const recorder::FrameView& b,
             bool bSuspended) {
  return aSuspended == bSuspended && a.id == b.id && a.line == b.line && a.offset == b.offset &&
         a.function == b.function && a.state == b.state && a.file == b.file;
}

}  // namespace

int FramesModel::rowsOf(const StepStatePtr& state) {
  return state ? static_cast<int>(state->frames.size() + state->suspended.size()) : 0;
}

void FramesModel::setState(StepStatePtr state) {
  int before = rows_, after = rowsOf(state);
  if (after < before) {
    beginRemoveRows({}, after, before - 1);
    rows_ = after;
    endRemoveRows();
  }
  int common = std::min(before, after);
  int firstChanged = common, lastChanged = -1;
  for (int row = 0; row < common; ++row) {
    const recorder::FrameView* old = frame(row);
    bool oldSuspended = isSuspended(row);
    auto index = static_cast<size_t>(row);
    bool suspended = index >= state->frames.size();
    const recorder::FrameView& now =
        suspended ? state->suspended[index - state->frames.size()] : state->frames[index];
    if (!sameRow(*old, oldSuspended, now, suspended)) {
      firstChanged = std::min(firstChanged, row);
      lastChanged = row;
    }
  }
  state_ = std::move(state);
  if (lastChanged >= 0)
    emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
  if (after > before) {
    beginInsertRows({}, before, after - 1);
    rows_ = after;
    endInsertRows();
  }
}

const recorder::FrameView* FramesModel::frame(int row) const {
  if (!state_ || row < 0 || row >= rows_) return nullptr;
  auto index = static_cast<size_t>(row);
  if (index < state_->frames.size()) return &state_->frames[index];
  index -= state_->frames.size();
  return index < state_->suspended.size() ? &state_->suspended[index] : nullptr;
}

bool FramesModel::isSuspended(int row) const {
  return state_ && row >= static_cast<int>(state_->frames.size()) && row < rows_;
}

int FramesModel::rowOfFrame(uint64_t frameId) const {
  for (int row = 0; row < rowCount(); ++row)
    if (frame(row)->id == frameId) return row;
  return -1;
}

int FramesModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : rows_;
}

int FramesModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant FramesModel::data(const QModelIndex& index, int role) const {
  const recorder::FrameView* f = frame(index.row());
  if (!index.isValid() || !f) return {};
  if (role == FrameIdRole) return QVariant::fromValue<quint64>(f->id);
  if (role == Qt::ToolTipRole)
    return isSuspended(index.row())
               ? tr("A generator's frame, not running: %1").arg(QString::fromStdString(f->file))
               : QString::fromStdString(f->file);
  if (role == Qt::ForegroundRole && isSuspended(index.row())) return QBrush(colors::unbound());
  if (role == Qt::FontRole && isSuspended(index.row())) {
    QFont italic;
    italic.setItalic(true);
    return italic;
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case FunctionColumn:
      return QString::fromStdString(f->function);
    case LineColumn:
      return f->line;
    case OffsetColumn:
      return f->offset;
    case StateColumn:
      return QString::fromStdString(f->state);
    case FileColumn:
      return QFileInfo(QString::fromStdString(f->file)).fileName();
  }
  return {};
}

QVariant FramesModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case FunctionColumn:
      return tr("Function");
    case LineColumn:
      return tr("Line");
    case OffsetColumn:
      return tr("Offset");
    case StateColumn:
      return tr("State");
    case FileColumn:
      return tr("File");
  }
  return {};
}

}  // namespace rw::gui
