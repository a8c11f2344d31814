#include "gui/models/frames_model.h"

#include <QFileInfo>

namespace rw::gui {

FramesModel::FramesModel(QObject* parent) : QAbstractTableModel(parent) {}

void FramesModel::setState(StepStatePtr state) {
  beginResetModel();
  state_ = std::move(state);
  endResetModel();
}

const recorder::FrameView* FramesModel::frame(int row) const {
  if (!state_ || row < 0 || row >= static_cast<int>(state_->frames.size())) return nullptr;
  return &state_->frames[static_cast<size_t>(row)];
}

int FramesModel::rowOfFrame(uint64_t frameId) const {
  for (int row = 0; row < rowCount(); ++row)
    if (frame(row)->id == frameId) return row;
  return -1;
}

int FramesModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !state_) return 0;
  return static_cast<int>(state_->frames.size());
}

int FramesModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant FramesModel::data(const QModelIndex& index, int role) const {
  const recorder::FrameView* f = frame(index.row());
  if (!index.isValid() || !f) return {};
  if (role == FrameIdRole) return QVariant::fromValue<quint64>(f->id);
  if (role == Qt::ToolTipRole) return QString::fromStdString(f->file);
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
