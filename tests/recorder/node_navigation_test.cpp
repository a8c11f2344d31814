// Going to the steps that execute a syntax tree node (executeNode) and to the changes and
// the creation of an object named by its id (objectWrite, objectCreation). Node entries are
// checked against their definition, applied to the state at every step of the trace.
#include <algorithm>

#include "nav_test_support.h"
#include "syntax/ast.h"

namespace rw::recorder::testing {
namespace {

constexpr Direction kForward = Direction::Forward;
constexpr Direction kBackward = Direction::Backward;

int64_t sourceIdOf(Timeline& t, const std::string& file) {
  for (const SourceInfo& s : t.sources())
    if (s.path.ends_with(file)) return s.id;
  ADD_FAILURE() << "no source " << file;
  return -1;
}

// The node of `kind` on `line`, the `index`-th from the left.
uint32_t nodeOn(Timeline& t, int64_t sourceId, std::string_view kind, int line, size_t index = 0) {
  std::vector<const syntax::Node*> found;
  for (const syntax::Node* n : t.ast(sourceId).byId)
    if (n->span.line == line && syntax::nodeKindName(n->kind) == kind) found.push_back(n);
  std::sort(found.begin(), found.end(),
            [](const syntax::Node* a, const syntax::Node* b) { return a->span.col < b->span.col; });
  EXPECT_LT(index, found.size()) << kind << " on line " << line;
  return index < found.size() ? found[index]->id : 0;
}

std::string globalRepr(Timeline& t, int64_t step, const std::string& name) {
  for (const VariableView& v : t.state(step).globals)
    if (v.name == name) return v.value.repr;
  return "<unbound>";
}

// Every step an executeNode chain arrives at, from `from` on.
std::vector<int64_t> chain(Timeline& t, int64_t from, Direction d, int64_t sourceId,
                           uint32_t node) {
  std::vector<int64_t> steps;
  for (Arrival a = t.executeNode(from, d, sourceId, node); a.step;
       a = t.executeNode(*a.step, d, sourceId, node)) {
    steps.push_back(*a.step);
    if (steps.size() > 1000) break;
  }
  if (d == kBackward) std::reverse(steps.begin(), steps.end());
  return steps;
}

// The definition, step by step: the innermost frame's instruction comes from the node or a
// descendant, and the instruction that frame executed before did not.
class EntryOracle {
 public:
  EntryOracle(Timeline& t, int64_t sourceId) {
    for (int64_t s = 0; s < t.steps(); ++s) {
      StepState state = t.state(s);
      const FrameView& top = state.frames.front();
      const CodeInfo& code = t.code(top.codeId);
      steps_.push_back(
          Step{top.id, code.sourceId == sourceId
                           ? std::optional(code.instructions[top.offset].location.astNode)
                           : std::nullopt});
    }
  }

  std::vector<int64_t> entries(uint32_t first, uint32_t end) const {
    std::vector<int64_t> found;
    std::map<uint64_t, bool> wasInside;
    for (size_t s = 0; s < steps_.size(); ++s) {
      const Step& step = steps_[s];
      bool inside = step.node && *step.node >= first && *step.node < end;
      if (inside && !wasInside[step.frame]) found.push_back(static_cast<int64_t>(s));
      wasInside[step.frame] = inside;
    }
    return found;
  }

 private:
  struct Step {
    uint64_t frame = 0;
    std::optional<uint32_t> node;  // none: code of another source
  };
  std::vector<Step> steps_;
};

// One past the node's last descendant, found by walking the tree.
uint32_t subtreeEnd(const syntax::ParsedModule& module, uint32_t node) {
  uint32_t last = node;
  std::vector<syntax::Node*> pending{module.byId[node]};
  while (!pending.empty()) {
    syntax::Node* n = pending.back();
    pending.pop_back();
    last = std::max(last, n->id);
    syntax::forEachChild(*n, [&](syntax::Node* child) { pending.push_back(child); });
  }
  return last + 1;
}

TEST(NodeNavigationTest, StatementsSharingALineAreEnteredSeparately) {
  RecordedProgram p("shared_lines");
  Timeline& t = p.timeline();
  int64_t source = sourceIdOf(t, "shared_lines.py");
  uint32_t second = nodeOn(t, source, "AugAssign", 13, 1);
  std::vector<int64_t> steps = chain(t, 0, kForward, source, second);
  ASSERT_EQ(steps.size(), 3u) << "once per iteration";
  int64_t lineStart = *t.continueTo(0, kForward, {Breakpoint{p.file(), 13, ""}}).step;
  EXPECT_GT(steps[0], lineStart) << "the second statement starts after the line does";
  for (size_t i = 0; i < steps.size(); ++i) {
    EXPECT_EQ(p.where(steps[i]), "13 <module>");
    EXPECT_EQ(globalRepr(t, steps[i], "i"), std::to_string(i));
  }
  EXPECT_EQ(chain(t, p.last(), kBackward, source, second), steps);
  Arrival a = t.executeNode(0, kForward, source, second);
  EXPECT_EQ(a.note, "executes the AugAssign at 13:24");
  Arrival none = t.executeNode(steps.back(), kForward, source, second);
  EXPECT_FALSE(none.step);
  EXPECT_EQ(none.note,
            "the AugAssign at 13:24 does not run after step " + std::to_string(steps.back()));
}

TEST(NodeNavigationTest, LoopsCallsAndComprehensions) {
  RecordedProgram p("shared_lines");
  Timeline& t = p.timeline();
  int64_t source = sourceIdOf(t, "shared_lines.py");
  // The loop is entered once: each iteration comes back from inside it.
  EXPECT_EQ(chain(t, 0, kForward, source, nodeOn(t, source, "For", 12)).size(), 1u);
  // The call's frame returns into the statement, not into the call.
  std::vector<int64_t> calls = chain(t, 0, kForward, source, nodeOn(t, source, "Call", 13));
  EXPECT_EQ(calls.size(), 3u);
  std::vector<int64_t> inComprehension =
      chain(t, 0, kForward, source, nodeOn(t, source, "Call", 14, 0));
  ASSERT_EQ(inComprehension.size(), 2u);
  for (int64_t s : inComprehension)
    EXPECT_EQ(p.where(s), "14 <listcomp>");
  std::vector<int64_t> returns = chain(t, 0, kForward, source, nodeOn(t, source, "Return", 4));
  ASSERT_EQ(returns.size(), 5u);
  for (int64_t s : returns)
    EXPECT_EQ(p.where(s), "4 square");
  // The def statement once, then every frame of the function as it starts.
  EXPECT_EQ(chain(t, 0, kForward, source, nodeOn(t, source, "FunctionDef", 3)).size(), 6u);
  Arrival never = t.executeNode(0, kForward, source, nodeOn(t, source, "Return", 8));
  EXPECT_FALSE(never.step);
  EXPECT_EQ(never.note, "the Return at 8:4 does not run after step 0");
  // A declaration makes no instruction.
  RecordedProgram objects("objects");
  Arrival declaration = objects.timeline().executeNode(
      0, kForward, sourceIdOf(objects.timeline(), "objects.py"),
      nodeOn(objects.timeline(), sourceIdOf(objects.timeline(), "objects.py"), "Global", 16));
  EXPECT_FALSE(declaration.step);
  EXPECT_EQ(declaration.note, "the Global at 16:4 compiles to no instruction of the recorded code");
}

// Every node of the program, both ways, with small chunks and keyframes (searches cross
// many replays) and with one chunk.
TEST(NodeNavigationTest, EveryNodeMatchesTheDefinition) {
  for (auto [chunk, keyframe] : {std::pair<int64_t, int64_t>{7, 5}, {100000, 100000}}) {
    RecordedProgram p("shared_lines", chunk, keyframe);
    Timeline& t = p.timeline();
    int64_t source = sourceIdOf(t, "shared_lines.py");
    EntryOracle oracle(t, source);
    const syntax::ParsedModule& module = t.ast(source);
    for (uint32_t node = 0; node < module.byId.size(); ++node) {
      std::vector<int64_t> expected = oracle.entries(node, subtreeEnd(module, node));
      EXPECT_EQ(chain(t, 0, kForward, source, node),
                std::vector<int64_t>(std::upper_bound(expected.begin(), expected.end(), 0),
                                     expected.end()))
          << "node " << node << ", chunks of " << chunk;
      EXPECT_EQ(chain(t, p.last(), kBackward, source, node),
                std::vector<int64_t>(expected.begin(),
                                     std::lower_bound(expected.begin(), expected.end(), p.last())))
          << "node " << node << ", chunks of " << chunk;
    }
  }
}

TEST(NodeNavigationTest, BadNodesAreExplained) {
  RecordedProgram p("shared_lines");
  Timeline& t = p.timeline();
  int64_t source = sourceIdOf(t, "shared_lines.py");
  EXPECT_THROW(t.executeNode(0, kForward, source, 100000), NavigationError);
  EXPECT_THROW(t.executeNode(0, kForward, 987654, 1), TimelineError);
  EXPECT_THROW(t.executeNode(-1, kForward, source, 1), NavigationError);
  EXPECT_THROW(t.executeNode(t.steps(), kBackward, source, 1), NavigationError);
}

uint64_t globalId(Timeline& t, int64_t step, const std::string& name) {
  for (const VariableView& v : t.state(step).globals)
    if (v.name == name) return v.value.id;
  ADD_FAILURE() << name << " is not a global at step " << step;
  return 0;
}

TEST(ObjectNavigationTest, ChangesOfAnObjectByItsId) {
  RecordedProgram p("objects");
  Timeline& t = p.timeline();
  int64_t end = p.last();
  auto changes = [&](uint64_t id, int64_t from, Direction d) {
    std::vector<std::string> places;
    for (Arrival a = t.objectWrite(from, d, id); a.step; a = t.objectWrite(*a.step, d, id)) {
      places.push_back(p.where(a));
      if (places.size() > 10) break;
    }
    return places;
  };
  using Places = std::vector<std::string>;
  uint64_t point = globalId(t, end, "p");
  EXPECT_EQ(changes(point, end, kBackward),
            (Places{"39 <module>", "9 Point.move", "6 Point.__init__", "5 Point.__init__"}));
  Places forward = changes(point, 0, kForward);
  EXPECT_EQ(forward,
            (Places{"5 Point.__init__", "6 Point.__init__", "9 Point.move", "39 <module>"}));
  uint64_t items = globalId(t, end, "items");
  EXPECT_EQ(changes(items, end, kBackward).front(), "44 <module>")
      << "sort() writes inside a builtin";
  EXPECT_EQ(changes(items, p.firstAt(44), kBackward).front(), "43 <module>");
  Arrival a = t.objectWrite(end, kBackward, point);
  EXPECT_EQ(a.note, "changes the object");
  // The chunk that made an object holds its first writes, which are not indexed as writes:
  // the same answers with one chunk and with small ones.
  RecordedProgram small("objects", 5, 3);
  EXPECT_EQ(small.timeline().objectWrite(end, kBackward, point).step, a.step);
  EXPECT_EQ(small.timeline().objectWrite(0, kForward, point).step,
            t.objectWrite(0, kForward, point).step);
}

TEST(ObjectNavigationTest, CreationOfAnObjectByItsId) {
  RecordedProgram p("objects");
  Timeline& t = p.timeline();
  int64_t s = p.firstAt(53);
  Arrival made = t.objectCreation(globalId(t, s, "temp"));
  EXPECT_EQ(made.step, t.creation(s, "temp").step);
  EXPECT_EQ(made.note, "creates the object");
  EXPECT_EQ(p.where(t.objectCreation(globalId(t, s, "p"))), "37 <module>");
  Arrival never = t.objectCreation(1);
  EXPECT_FALSE(never.step);
  EXPECT_EQ(never.note, "the object was made before the program's first step");
  Arrival none = t.objectWrite(s, kForward, globalId(t, s, "temp"));
  EXPECT_FALSE(none.step);
  EXPECT_EQ(none.note, "the object is not changed after step " + std::to_string(s));
  EXPECT_THROW(t.objectWrite(t.steps(), kForward, 1), NavigationError);
}

}  // namespace
}  // namespace rw::recorder::testing
