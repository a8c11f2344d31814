#include "sqlite_database.h"

#include <sqlite3.h>

#include <utility>

#include "storage_error.h"

namespace rw::storage {
namespace {

// Readers and the writer share a file across processes; a lock is only ever held briefly
// (a commit, a checkpoint), so waiting this long means something is wrong.
constexpr int kBusyTimeoutMs = 5000;

std::string describe(int code) {
  switch (code & 0xff) {
    case SQLITE_NOTADB:
      return "not an SQLite database, so not a Rewind trace";
    case SQLITE_CORRUPT:
      return "the file is corrupt or truncated";
    case SQLITE_FULL:
      return "the disk is full";
    case SQLITE_CANTOPEN:
      return "the file cannot be opened";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return "permission denied";
    case SQLITE_IOERR:
      return "input/output error";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "the file is locked by another process";
    case SQLITE_NOMEM:
      return "out of memory";
    default:
      return "SQLite error";
  }
}

}  // namespace

Statement::Statement(Database& database, sqlite3_stmt* statement)
    : database_(database), statement_(statement) {}

Statement::Statement(Statement&& other) noexcept
    : database_(other.database_), statement_(std::exchange(other.statement_, nullptr)) {}

Statement::~Statement() {
  sqlite3_finalize(statement_);
}

Statement& Statement::bind(int parameter, int64_t value) {
  if (int rc = sqlite3_bind_int64(statement_, parameter, value); rc != SQLITE_OK) {
    database_.fail("binding a value", rc);
  }
  return *this;
}

Statement& Statement::bind(int parameter, std::string_view text) {
  int rc = sqlite3_bind_text64(statement_, parameter, text.data(), text.size(), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
  if (rc != SQLITE_OK) database_.fail("binding a text", rc);
  return *this;
}

Statement& Statement::bindBlob(int parameter, std::span<const uint8_t> bytes) {
  // An empty span may have a null data pointer, which SQLite would store as NULL.
  static const uint8_t kNoBytes = 0;
  const void* data = bytes.empty() ? &kNoBytes : bytes.data();
  int rc = sqlite3_bind_blob64(statement_, parameter, data, bytes.size(), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) database_.fail("binding a blob", rc);
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(statement_);
  database_.fail(sqlite3_stmt_readonly(statement_) ? "reading" : "writing", rc);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

int64_t Statement::int64At(int column) const {
  return sqlite3_column_int64(statement_, column);
}

std::string Statement::textAt(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
  int size = sqlite3_column_bytes(statement_, column);
  return text ? std::string(text, static_cast<size_t>(size)) : std::string();
}

std::vector<uint8_t> Statement::blobAt(int column) const {
  const auto* bytes = static_cast<const uint8_t*>(sqlite3_column_blob(statement_, column));
  int size = sqlite3_column_bytes(statement_, column);
  return bytes ? std::vector<uint8_t>(bytes, bytes + size) : std::vector<uint8_t>();
}

Database::Database(std::string path, Access access) : path_(std::move(path)) {
  int flags = (access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
              SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path_.c_str(), &connection_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = connection_ ? sqlite3_errmsg(connection_) : sqlite3_errstr(rc);
    sqlite3_close(connection_);
    connection_ = nullptr;
    throw traceError(path_, "cannot open: " + describe(rc) + " (" + detail + ")");
  }
  sqlite3_extended_result_codes(connection_, 1);
  sqlite3_busy_timeout(connection_, kBusyTimeoutMs);
}

Database::~Database() {
  sqlite3_close_v2(connection_);
}

void Database::exec(const std::string& sql) {
  if (int rc = sqlite3_exec(connection_, sql.c_str(), nullptr, nullptr, nullptr); rc != SQLITE_OK) {
    fail(sql.starts_with("PRAGMA") || sql.starts_with("SELECT") ? "reading" : "writing", rc);
  }
}

Statement Database::prepare(const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  int rc = sqlite3_prepare_v3(connection_, sql.c_str(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
  if (rc != SQLITE_OK) fail("reading the schema", rc);
  return Statement(*this, statement);
}

bool Database::hasTable(const std::string& name) {
  Statement statement = prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
  statement.bind(1, name);
  return statement.step();
}

bool Database::trySetJournalMode(const std::string& mode) {
  Statement statement = prepare("PRAGMA journal_mode = " + mode);
  int rc = sqlite3_step(statement.handle());
  if (rc == SQLITE_ROW) return statement.textAt(0) == mode;
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) return false;
  fail("switching to journal mode " + mode, rc);
}

void Database::close() {
  if (int rc = sqlite3_close(connection_); rc != SQLITE_OK) fail("closing", rc);
  connection_ = nullptr;
}

void Database::fail(const std::string& what, int code) const {
  std::string detail = connection_ ? sqlite3_errmsg(connection_) : sqlite3_errstr(code);
  throw traceError(path_, what + ": " + describe(code) + " (" + detail + ")");
}

}  // namespace rw::storage
