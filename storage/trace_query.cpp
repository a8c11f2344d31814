#include "trace_query.h"

#include <sqlite3.h>

#include <cctype>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <optional>
#include <sstream>

#include "sqlite_database.h"
#include "storage_error.h"
#include "trace_schema.h"

namespace rw::storage {
namespace {

// SQLite's view of a QueryTable.
struct VirtualTable : sqlite3_vtab {
  QueryTable* table = nullptr;
  std::vector<QueryColumn> columns;
};

struct Cursor : sqlite3_vtab_cursor {
  std::unique_ptr<QueryRows> rows;
  std::vector<QueryValue> row;
  sqlite3_int64 rowid = 0;
  bool atEnd = true;
};

VirtualTable& tableOf(sqlite3_vtab* vtab) {
  return *static_cast<VirtualTable*>(vtab);
}
Cursor& cursorOf(sqlite3_vtab_cursor* cursor) {
  return *static_cast<Cursor*>(cursor);
}

// No exception may cross back into SQLite: report it as the table's error instead.
int reportError(sqlite3_vtab* vtab, const std::exception& error) {
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = sqlite3_mprintf("%s", error.what());
  return SQLITE_ERROR;
}

std::optional<QueryConstraint::Op> operatorOf(unsigned char sqliteOp) {
  switch (sqliteOp) {
    case SQLITE_INDEX_CONSTRAINT_EQ:
      return QueryConstraint::Op::Eq;
    case SQLITE_INDEX_CONSTRAINT_LT:
      return QueryConstraint::Op::Lt;
    case SQLITE_INDEX_CONSTRAINT_LE:
      return QueryConstraint::Op::Le;
    case SQLITE_INDEX_CONSTRAINT_GT:
      return QueryConstraint::Op::Gt;
    case SQLITE_INDEX_CONSTRAINT_GE:
      return QueryConstraint::Op::Ge;
    default:
      return std::nullopt;
  }
}

int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char** error) {
  auto* table = static_cast<QueryTable*>(aux);
  auto vtab = std::make_unique<VirtualTable>();
  vtab->table = table;
  vtab->columns = table->columns();
  std::string declaration = "CREATE TABLE x(";
  for (size_t i = 0; i < vtab->columns.size(); ++i) {
    if (i) declaration += ", ";
    declaration +=
        "\"" + vtab->columns[i].name + "\" " + (vtab->columns[i].integer ? "INTEGER" : "TEXT");
  }
  declaration += ")";
  if (int rc = sqlite3_declare_vtab(db, declaration.c_str()); rc != SQLITE_OK) {
    *error = sqlite3_mprintf("cannot declare table %s", table->name().c_str());
    return rc;
  }
  *out = vtab.release();
  return SQLITE_OK;
}

int disconnect(sqlite3_vtab* vtab) {
  delete &tableOf(vtab);
  return SQLITE_OK;
}

// Passes the usable constraints on narrowing columns to xFilter (idxStr lists "column op"
// pairs in argv order) and tells the planner how much they narrow the scan, so that it puts
// a constrained virtual table first in a join.
int bestIndex(sqlite3_vtab* vtab, sqlite3_index_info* info) {
  const VirtualTable& table = tableOf(vtab);
  std::ostringstream plan;
  int argument = 0;
  double cost = 1e9;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    if (!c.usable || c.iColumn < 0 || !table.columns[static_cast<size_t>(c.iColumn)].narrows)
      continue;
    std::optional<QueryConstraint::Op> op = operatorOf(c.op);
    if (!op) continue;
    info->aConstraintUsage[i].argvIndex = ++argument;
    plan << c.iColumn << " " << static_cast<int>(*op) << " ";
    cost /= *op == QueryConstraint::Op::Eq ? 1000.0 : 10.0;
  }
  std::string text = plan.str();
  info->idxStr = sqlite3_mprintf("%s", text.c_str());
  info->needToFreeIdxStr = 1;
  info->estimatedCost = cost;
  info->estimatedRows = static_cast<sqlite3_int64>(cost);
  return SQLITE_OK;
}

int openCursor(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
  *out = new Cursor();
  return SQLITE_OK;
}

int closeCursor(sqlite3_vtab_cursor* cursor) {
  delete &cursorOf(cursor);
  return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* base) {
  Cursor& cursor = cursorOf(base);
  try {
    cursor.atEnd = !cursor.rows->next(cursor.row);
    ++cursor.rowid;
  } catch (const std::exception& e) {
    cursor.atEnd = true;
    return reportError(base->pVtab, e);
  }
  return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* base, int, const char* idxStr, int argc, sqlite3_value** argv) {
  Cursor& cursor = cursorOf(base);
  VirtualTable& table = tableOf(base->pVtab);
  std::vector<QueryConstraint> constraints;
  std::istringstream plan(idxStr ? idxStr : "");
  for (int i = 0; i < argc; ++i) {
    int column = 0;
    int op = 0;
    plan >> column >> op;
    // Only integer values narrow a scan; SQLite itself filters the rows by the others.
    if (sqlite3_value_numeric_type(argv[i]) != SQLITE_INTEGER) continue;
    constraints.push_back(
        {column, static_cast<QueryConstraint::Op>(op), sqlite3_value_int64(argv[i])});
  }
  try {
    cursor.rows = table.table->scan(constraints);
    cursor.row.assign(table.columns.size(), QueryValue{});
    cursor.rowid = 0;
  } catch (const std::exception& e) {
    cursor.atEnd = true;
    return reportError(base->pVtab, e);
  }
  return next(base);
}

int eof(sqlite3_vtab_cursor* cursor) {
  return cursorOf(cursor).atEnd ? 1 : 0;
}

int column(sqlite3_vtab_cursor* base, sqlite3_context* context, int index) {
  const QueryValue& value = cursorOf(base).row[static_cast<size_t>(index)];
  if (const int64_t* n = std::get_if<int64_t>(&value))
    sqlite3_result_int64(context, *n);
  else if (const std::string* s = std::get_if<std::string>(&value))
    sqlite3_result_text(context, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
  else
    sqlite3_result_null(context);
  return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* out) {
  *out = cursorOf(cursor).rowid;
  return SQLITE_OK;
}

// Eponymous-only (no xCreate): each table exists under its module's name in every query.
const sqlite3_module kModule = [] {
  sqlite3_module m{};
  m.iVersion = 1;
  m.xConnect = connect;
  m.xBestIndex = bestIndex;
  m.xDisconnect = disconnect;
  m.xOpen = openCursor;
  m.xClose = closeCursor;
  m.xFilter = filter;
  m.xNext = next;
  m.xEof = eof;
  m.xColumn = column;
  m.xRowid = rowid;
  return m;
}();

QueryValue resultValue(sqlite3_stmt* statement, int index) {
  switch (sqlite3_column_type(statement, index)) {
    case SQLITE_NULL:
      return QueryValue{};
    case SQLITE_INTEGER:
      return QueryValue{static_cast<int64_t>(sqlite3_column_int64(statement, index))};
    case SQLITE_BLOB:
      return QueryValue{"<blob of " + std::to_string(sqlite3_column_bytes(statement, index)) +
                        " bytes>"};
    default: {
      const unsigned char* text = sqlite3_column_text(statement, index);
      return QueryValue{std::string(reinterpret_cast<const char*>(text),
                                    static_cast<size_t>(sqlite3_column_bytes(statement, index)))};
    }
  }
}

bool blank(const char* text) {
  for (; *text; ++text)
    if (!std::isspace(static_cast<unsigned char>(*text)) && *text != ';') return false;
  return true;
}

}  // namespace

QueryResult runTraceQuery(const std::string& path, const std::string& sql,
                          const std::vector<QueryTable*>& tables) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) throw traceError(path, "no such trace file");
  Database database(path, Database::Access::ReadOnly);
  checkTraceSchema(database);
  sqlite3* db = database.handle();
  for (QueryTable* table : tables)
    if (sqlite3_create_module_v2(db, table->name().c_str(), &kModule, table, nullptr) != SQLITE_OK)
      throw traceError(path, "cannot register the table " + table->name());
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &raw, &tail) != SQLITE_OK)
    throw StorageError(std::string("SQL error: ") + sqlite3_errmsg(db));
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
  if (!statement) throw StorageError("SQL error: the query is empty");
  if (tail && !blank(tail)) throw StorageError("SQL error: give one statement at a time");
  QueryResult result;
  int count = sqlite3_column_count(raw);
  for (int i = 0; i < count; ++i)
    result.columns.emplace_back(sqlite3_column_name(raw, i));
  for (;;) {
    int rc = sqlite3_step(raw);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) throw StorageError(std::string("SQL error: ") + sqlite3_errmsg(db));
    std::vector<QueryValue> row;
    row.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
      row.push_back(resultValue(raw, i));
    result.rows.push_back(std::move(row));
  }
  return result;
}

}  // namespace rw::storage
