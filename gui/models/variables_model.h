// The variables of one frame and the module's globals, as two groups of a tree: name, kind
// (local, cell, free, global), value and type. Values the last step changed are marked.
// A value that is an object of the step's heap opens into its fields (items, attributes,
// cell contents); big containers show a page at a time, then a "show more" row.
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <unordered_map>
#include <vector>

#include "gui/session/trace_info.h"

namespace rw::gui {

class VariablesModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  enum Column { NameColumn, KindColumn, ValueColumn, TypeColumn, ColumnCount };
  enum Group { FrameGroup, GlobalsGroup, GroupCount };
  static constexpr int ChangedRole = Qt::UserRole + 1;
  static constexpr int ShowMoreRole = Qt::UserRole + 2;  // true on a "show more" row
  static constexpr int ObjectIdRole = Qt::UserRole + 3;
  static constexpr int kPageSize = 20;

  explicit VariablesModel(QObject* parent = nullptr);

  // Shows frame `frameRow` of `state` (the innermost is 0; rows past the call stack are its
  // suspended generator frames) and the globals; `previous` is the
  // state one step earlier, against which changes are marked (null: nothing is marked).
  // From one state to the next the rows are updated in place: rows (and opened fields) that
  // keep their names are changed, announcing those whose text differs; a list of rows whose
  // names differ is replaced. Opened values stay open, and the view need not lay out again.
  void setFrame(StepStatePtr state, StepStatePtr previous, int frameRow);
  void clear();
  QModelIndex groupIndex(Group group) const { return index(group, 0); }
  // Whether `frame` is a module body, whose variables are the globals: its group stays empty
  // and the globals list them.
  static bool isModuleBody(const recorder::FrameView& frame, const recorder::StepState& state);
  // The variables the frame group lists for `frame`.
  static std::vector<recorder::VariableView> frameVariables(const recorder::FrameView& frame,
                                                            const recorder::StepState& state);
  // Loads the next page of the container whose "show more" row is `index`.
  void showMore(const QModelIndex& index);

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  bool hasChildren(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  enum class NodeKind { Group, Variable, Field, More };
  // What setFrame shows: the frame's title, both groups' variables and which of them changed.
  struct Content {
    QString frameTitle;
    bool moduleBody = false;  // the frame's variables are the globals
    std::vector<recorder::VariableView> groups[GroupCount];
    std::vector<bool> changed[GroupCount];
  };
  struct Node {
    NodeKind kind = NodeKind::Group;
    int parent = -1;  // node index; -1 for the groups
    int row = 0;
    const recorder::VariableView* variable = nullptr;  // Variable
    const recorder::HeapField* field = nullptr;        // Field
    const recorder::HeapObjectView* object = nullptr;  // what the value opens into
    bool changed = false;
    bool childrenMade = false;
    size_t shownFields = 0;  // of `object`
    std::vector<int> children;
  };

  static Content contentOf(const StepStatePtr& state, const StepStatePtr& previous, int frameRow);
  void reset(StepStatePtr state, StepStatePtr previous, Content content);
  void update(StepStatePtr state, StepStatePtr previous, Content content);
  void updateGroup(Group group, std::vector<recorder::VariableView> variables,
                   const std::vector<bool>& changed);
  // Points node `id` at `object`, its value's object in the new state; fields already made
  // follow it.
  void updateFields(int id, const recorder::HeapObjectView* object);
  // Removes the child rows of node `id` from row `first` on.
  void removeRowsFrom(int id, int first);
  void freeSubtree(int id);
  void indexHeap();
  QModelIndex indexOfNode(int id, int column = 0) const;

  int addNode(Node node) const;
  const recorder::HeapObjectView* objectOf(const recorder::ValueView& value) const;
  // Creates the first page of a node's children when they are first asked for.
  void makeChildren(int node) const;
  void appendPage(int node) const;
  void appendFields(int node, size_t end) const;
  int nodeOf(const QModelIndex& index) const;
  QVariant groupData(const Node& node, int column, int role) const;

  StepStatePtr state_;
  StepStatePtr previous_;
  QString frameTitle_;
  bool moduleBody_ = false;
  std::vector<recorder::VariableView> groups_[GroupCount];
  std::unordered_map<uint64_t, const recorder::HeapObjectView*> heap_;
  mutable std::vector<Node> nodes_;     // grows as rows are opened
  mutable std::vector<int> freeNodes_;  // of removed rows, reused first
};

}  // namespace rw::gui
