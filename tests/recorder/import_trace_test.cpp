// A recorded program that imports a package: the trace keeps the source of every imported
// module, and a step inside a module resolves to that module's source, line and syntax tree,
// also when the step is reached by replaying from a keyframe taken before the import.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "engine/capturing_host.h"
#include "recorder/recorder.h"
#include "recorder/timeline.h"
#include "runtime/host.h"
#include "syntax/ast.h"

namespace rw::recorder {
namespace {

namespace fs = std::filesystem;

const fs::path kPrograms = fs::path(REWIND_SOURCE_DIR) / "tests/recorder/programs";

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The text of line `line` (1-based) without its line break.
std::string lineOf(const std::string& text, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i)
    start = text.find('\n', start) + 1;
  return text.substr(start, text.find('\n', start) - start);
}

const SourceInfo* sourceNamed(const Timeline& timeline, const std::string& path) {
  for (const SourceInfo& s : timeline.sources())
    if (s.path == path) return &s;
  return nullptr;
}

class ImportTraceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    trace_ = fs::temp_directory_path() / "rewind_import_trace.rwd";
    RecordOptions options;
    options.tracePath = trace_.string();
    options.overwrite = true;
    options.keyframeSteps = 5;  // keyframes before, and right after, each import
    rw::testing::CapturingHost host;
    host.setReadFolder(kPrograms);
    std::string program = "imports_package.py";
    result_ = recordProgram(program, readText(kPrograms / program), {program}, options, host);
    output_ = host.out();
    timeline_ = Timeline::open(trace_.string());
  }
  void TearDown() override {
    timeline_.reset();
    fs::remove(trace_);
  }

  fs::path trace_;
  RecordResult result_;
  std::string output_;
  std::unique_ptr<Timeline> timeline_;
};

TEST_F(ImportTraceTest, EveryImportedModuleSourceIsInTheTrace) {
  EXPECT_EQ(result_.exitCode, 0);
  EXPECT_EQ(output_, "12 12 cm\nTrue\n");
  for (const char* path : {"imports_package.py", "geometry/__init__.py", "geometry/shapes.py"}) {
    const SourceInfo* source = sourceNamed(*timeline_, path);
    ASSERT_NE(source, nullptr) << path;
    EXPECT_EQ(source->text, readText(kPrograms / path)) << path;
  }
}

TEST_F(ImportTraceTest, StepsInsideAModuleResolveToItsSource) {
  const SourceInfo* shapes = sourceNamed(*timeline_, "geometry/shapes.py");
  ASSERT_NE(shapes, nullptr);
  // The module's code objects name its source.
  int shapesCodes = 0;
  for (int64_t id : timeline_->codeIds()) {
    const CodeInfo& code = timeline_->code(id);
    if (code.filename != "geometry/shapes.py") continue;
    EXPECT_EQ(code.sourceId, shapes->id) << code.qualname;
    ++shapesCodes;
  }
  EXPECT_GE(shapesCodes, 3);  // the module, Rectangle's body and its __init__, area

  // The first step of area()'s `result = ...` line, searched in the recording.
  std::optional<StepState> inArea;
  for (int64_t step = 0; step < timeline_->steps() && !inArea; ++step) {
    StepState state = timeline_->state(step);
    if (state.location.sourceId == shapes->id && !state.frames.empty() &&
        state.frames[0].function == "area" && state.location.line == 8)
      inArea = state;
  }
  ASSERT_TRUE(inArea.has_value());
  EXPECT_EQ(inArea->location.file, "geometry/shapes.py");
  EXPECT_EQ(lineOf(shapes->text, inArea->location.line), "    result = shape.width * shape.height");
  EXPECT_EQ(inArea->frames[0].file, "geometry/shapes.py");
  EXPECT_EQ(inArea->frames[1].function, "<module>");
  EXPECT_EQ(inArea->frames[1].file, "imports_package.py");
  // The AST node of the instruction is a node of the module's own tree.
  const syntax::ParsedModule& tree = timeline_->ast(shapes->id);
  ASSERT_LT(inArea->location.astNode, tree.byId.size());
  EXPECT_EQ(tree.byId[inArea->location.astNode]->span.line, 8);

  // Reached again by a fresh replay from the nearest keyframe, the state is the same.
  timeline_->state(inArea->step - 1);
  StepState again = timeline_->state(inArea->step);
  EXPECT_EQ(again.location.sourceId, shapes->id);
  EXPECT_EQ(again.location.line, 8);
  EXPECT_EQ(again.frames[0].variables.size(), inArea->frames[0].variables.size());
}

// A recording in the sandbox of the program's folder imports from that folder.
TEST(ImportSandboxTest, TheSandboxAllowsImportsFromTheProgramsFolder) {
  fs::path trace = fs::temp_directory_path() / "rewind_import_sandbox.rwd";
  RecordOptions options;
  options.tracePath = trace.string();
  options.overwrite = true;
  fs::path program = kPrograms / "imports_package.py";
  ProcessHost host(ProcessHost::folderOf(program.string()));
  RecordResult result =
      recordProgram(program.string(), readText(program), {program.string()}, options, host);
  EXPECT_EQ(result.exitCode, 0);
  std::unique_ptr<Timeline> timeline = Timeline::open(trace.string());
  EXPECT_NE(sourceNamed(*timeline, (kPrograms / "geometry/shapes.py").string()), nullptr);
  timeline.reset();
  fs::remove(trace);
}

}  // namespace
}  // namespace rw::recorder
