// SQL over a trace: runs one statement on the trace file (read-only) with extra tables that
// are computed rather than stored. Each QueryTable becomes an SQLite virtual table of the same
// name; integer constraints on the columns it says narrow a scan (step, line, code, ...) are
// handed to its scan so it can skip chunks, and SQLite checks every constraint again on the
// rows it returns.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace rw::storage {

// NULL, INTEGER or TEXT.
using QueryValue = std::variant<std::monostate, int64_t, std::string>;

struct QueryColumn {
  std::string name;
  bool integer = true;   // INTEGER, else TEXT
  bool narrows = false;  // constraints on it are passed to QueryTable::scan
};

struct QueryConstraint {
  enum class Op { Eq, Lt, Le, Gt, Ge };
  int column = 0;
  Op op = Op::Eq;
  int64_t value = 0;
};

class QueryRows {
 public:
  virtual ~QueryRows() = default;
  // Fills `row` (one value per column) and returns true, or returns false at the end.
  virtual bool next(std::vector<QueryValue>& row) = 0;
};

class QueryTable {
 public:
  virtual ~QueryTable() = default;
  virtual std::string name() const = 0;
  virtual std::vector<QueryColumn> columns() const = 0;
  // Rows that may satisfy `constraints` (all of them on columns that narrow); it may return
  // more rows, never fewer. Errors are thrown as exceptions and reported by runTraceQuery.
  virtual std::unique_ptr<QueryRows> scan(const std::vector<QueryConstraint>& constraints) = 0;
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<QueryValue>> rows;
};

// Runs `sql` (one statement) on the trace at `path` with `tables` available by name. Throws
// StorageError for an unreadable trace or a failing statement (with SQLite's message); the
// trace is never modified.
QueryResult runTraceQuery(const std::string& path, const std::string& sql,
                          const std::vector<QueryTable*>& tables);

}  // namespace rw::storage
