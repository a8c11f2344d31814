// The timeline's navigation commands on small programs whose answers are known: stepping at
// the trace's ends, stepping over recursion, leaving generators, exceptions unwinding
// through frames, breakpoint conditions (true, false, raising, with side effects), writes
// of every kind of binding, and objects' births and deaths.
#include "nav_test_support.h"

namespace rw::recorder::testing {
namespace {

constexpr Direction kForward = Direction::Forward;
constexpr Direction kBackward = Direction::Backward;

std::string opname(RecordedProgram& p, int64_t step) {
  return p.timeline().state(step).instruction.opname;
}

TEST(NavigationTest, InstructionStepsStopAtTheEnds) {
  RecordedProgram p("calls_and_loops");
  Timeline& t = p.timeline();
  EXPECT_EQ(t.stepInstruction(0, kForward).step, 1);
  EXPECT_EQ(t.stepInstruction(5, kBackward).step, 4);
  Arrival first = t.stepInstruction(0, kBackward);
  EXPECT_FALSE(first.step);
  EXPECT_EQ(first.note, "step 0 is the first step");
  EXPECT_FALSE(t.stepInstruction(p.last(), kForward).step);
  EXPECT_THROW(t.stepInstruction(p.last() + 1, kForward), NavigationError);
  EXPECT_THROW(t.stepLine(-1, kForward), NavigationError);
}

TEST(NavigationTest, CommandsAtTheEndsOfTheTraceFindNoStep) {
  RecordedProgram p("calls_and_loops");
  Timeline& t = p.timeline();
  EXPECT_FALSE(t.stepLine(p.last(), kForward).step);
  EXPECT_FALSE(t.stepLine(0, kBackward).step);
  EXPECT_FALSE(t.stepOver(p.last(), kForward).step);
  EXPECT_FALSE(t.stepOver(0, kBackward).step);
  EXPECT_EQ(t.stepOut(0, kForward).note, "the outermost frame has no caller to return to");
  EXPECT_FALSE(t.stepOut(p.last(), kBackward).step);
  EXPECT_FALSE(t.continueToException(0, kForward).step);
  EXPECT_FALSE(t.continueToException(p.last(), kBackward).step);
  EXPECT_FALSE(t.continueTo(p.last(), kForward, {Breakpoint{p.file(), 3, ""}}).step);
  EXPECT_FALSE(t.continueTo(0, kBackward, {Breakpoint{p.file(), 3, ""}}).step);
  // The first line start is found from step 0 and the last from the last step.
  EXPECT_EQ(p.where(t.stepLine(0, kForward)), "2 <module>");
  EXPECT_EQ(p.where(t.stepLine(p.last(), kBackward)), "24 <module>");
}

TEST(NavigationTest, NextStepsOverARecursiveCall) {
  RecordedProgram p("calls_and_loops");
  Timeline& t = p.timeline();
  int64_t outerCall = p.firstAt(10);
  EXPECT_EQ(p.locals(outerCall).at("n"), "4");
  EXPECT_EQ(p.where(t.stepOver(outerCall, kForward)), "23 <module>");
  Arrival into = t.stepLine(outerCall, kForward);
  EXPECT_EQ(p.where(into), "8 fact");
  EXPECT_EQ(p.locals(*into.step).at("n"), "3");
  // From the innermost call the next line start at its depth or above is back in <module>.
  EXPECT_EQ(p.where(t.stepOver(p.firstAt(9), kForward)), "23 <module>");
  // reverse-next from the line after the call skips the whole recursion.
  int64_t after = *t.stepOver(outerCall, kForward).step;
  EXPECT_EQ(p.where(t.stepOver(after, kBackward)), "22 <module>");
  // reverse-step goes into it instead: the last line start of the innermost call.
  EXPECT_EQ(p.where(t.stepLine(after, kBackward)), "9 fact");
}

TEST(NavigationTest, FinishLeavesAGeneratorForItsForLoop) {
  RecordedProgram p("calls_and_loops");
  Timeline& t = p.timeline();
  int64_t atYield = p.firstAt(15);
  Arrival out = t.stepOut(atYield, kForward);
  EXPECT_EQ(p.where(out), "20 <module>");
  EXPECT_EQ(opname(p, *out.step - 1), "YIELD_VALUE") << "the step right after the yield";
  // reverse-finish from the resumed generator: the FOR_ITER that resumed it.
  Arrival resumer = t.stepOut(p.firstAt(16), kBackward);
  EXPECT_EQ(p.where(resumer), "20 <module>");
  EXPECT_EQ(opname(p, *resumer.step), "FOR_ITER");
  // A plain call: finish returns into the caller's line, reverse-finish goes to the call.
  int64_t inAdd = p.firstAt(4);
  EXPECT_EQ(p.where(t.stepOut(inAdd, kForward)), "21 <module>");
  Arrival call = t.stepOut(inAdd, kBackward);
  EXPECT_EQ(p.where(call), "21 <module>");
  EXPECT_EQ(opname(p, *call.step), "CALL");
  EXPECT_EQ(p.where(t.stepInstruction(*call.step, kForward)), "2 add");
}

TEST(NavigationTest, ExceptionsAndTheirUnwindingThroughFrames) {
  RecordedProgram p("exceptions");
  Timeline& t = p.timeline();
  Arrival raised = t.continueToException(0, kForward);
  EXPECT_EQ(p.where(raised), "4 inner");
  EXPECT_EQ(raised.note, "ValueError raised");
  // inner has no handler, nor has middle: leaving inner lands in outer's handler.
  Arrival unwound = t.stepOut(*raised.step, kForward);
  ASSERT_TRUE(unwound.step);
  EXPECT_EQ(t.state(*unwound.step).frames.front().function, "outer");
  EXPECT_EQ(p.where(t.stepLine(*raised.step, kForward)), "18 outer");
  Arrival keyError = t.continueToException(*raised.step, kForward);
  EXPECT_EQ(p.where(keyError), "25 <module>");
  EXPECT_EQ(keyError.note, "KeyError raised");
  EXPECT_FALSE(t.continueToException(*keyError.step, kForward).step);
  EXPECT_EQ(t.continueToException(p.last(), kBackward).step, keyError.step);
  EXPECT_EQ(t.continueToException(*keyError.step, kBackward).step, raised.step);
  EXPECT_FALSE(t.continueToException(*raised.step, kBackward).step);
}

TEST(NavigationTest, BreakpointConditionsAreEvaluatedInTheFrame) {
  RecordedProgram p("exceptions");
  Timeline& t = p.timeline();
  Arrival big = t.continueTo(0, kForward, {Breakpoint{"exceptions.py", 5, "x > 3"}});
  EXPECT_EQ(p.where(big), "5 inner");
  EXPECT_EQ(p.locals(*big.step).at("x"), "5");
  Arrival small = t.continueTo(p.last(), kBackward, {Breakpoint{"exceptions.py", 5, "x < 3"}});
  EXPECT_EQ(p.locals(*small.step).at("x"), "2");
  // A path ending in the file's name names it too.
  EXPECT_EQ(t.continueTo(0, kForward, {Breakpoint{"nav_programs/exceptions.py", 5, "x > 3"}}).step,
            big.step);
  EXPECT_EQ(t.continueTo(0, kForward, {Breakpoint{"exceptions.py", 5, "True"}}).step, p.firstAt(5));
}

TEST(NavigationTest, ConditionsThatRaiseDoNotStopAndAreReported) {
  RecordedProgram p("exceptions");
  Timeline& t = p.timeline();
  Arrival never = t.continueTo(0, kForward, {Breakpoint{"exceptions.py", 5, "undefined > 0"}});
  EXPECT_FALSE(never.step);
  ASSERT_EQ(never.warnings.size(), 2u) << "line 5 runs twice";
  EXPECT_NE(never.warnings[0].find("NameError: name 'undefined' is not defined"), std::string::npos)
      << never.warnings[0];
  // At x == 2 the condition divides by zero; at x == 5 it is true.
  Arrival later = t.continueTo(0, kForward, {Breakpoint{"exceptions.py", 5, "10 // (x - 2) > 1"}});
  EXPECT_EQ(p.locals(*later.step).at("x"), "5");
  ASSERT_EQ(later.warnings.size(), 1u);
  EXPECT_NE(later.warnings[0].find("ZeroDivisionError"), std::string::npos) << later.warnings[0];
}

TEST(NavigationTest, ConditionsWithSideEffectsAreRefusedAndTheReplayStaysExact) {
  RecordedProgram p("objects");
  Timeline& t = p.timeline();
  int64_t end = p.lastAt(54);
  std::map<std::string, std::string> before = p.locals(end);
  EXPECT_THROW(t.continueTo(0, kForward, {Breakpoint{"objects.py", 26, "items.append(1)"}}),
               NavigationError);
  EXPECT_THROW(t.continueTo(0, kForward, {Breakpoint{"objects.py", 26, "print('hi')"}}),
               NavigationError);
  EXPECT_EQ(p.locals(end), before);
  EXPECT_EQ(before.at("items"), "[3, 4, 9]");
  // Functions without side effects may be called.
  Arrival pure = t.continueTo(0, kForward, {Breakpoint{"objects.py", 33, "scale(k, 1) == 8"}});
  EXPECT_EQ(p.where(pure), "33 scale");
}

// Everything a state shows that depends on identities.
std::string render(const StepState& s) {
  std::ostringstream o;
  for (const FrameView& f : s.frames) {
    o << f.function << " #" << f.id << "\n";
    for (const VariableView& v : f.variables)
      o << "  " << v.name << " #" << v.value.id << " " << v.value.repr << "\n";
  }
  for (const HeapObjectView& h : s.heap)
    o << "heap #" << h.id << " " << h.type << "\n";
  return o.str();
}

TEST(NavigationTest, ConditionsLeaveCollectionsWhereTheyWere) {
  RecordedProgram searched("cycles", 1 << 14, 1 << 17);
  RecordedProgram fresh("cycles", 1 << 14, 1 << 17);
  // Evaluated, making containers, at every call before value 60, while the program's own
  // containers drive the collector.
  Arrival hit = searched.timeline().continueTo(
      0, kForward, {Breakpoint{"cycles.py", 15, "[value] == [60] and {'k': [value]} != {}"}});
  ASSERT_TRUE(hit.step);
  EXPECT_EQ(searched.locals(*hit.step).at("value"), "60");
  // The same replay goes on: the cycle made here dies in the collection it died in when
  // recorded, and the final state has the same objects.
  Arrival collected = searched.timeline().death(*hit.step, "a");
  ASSERT_TRUE(collected.step);
  EXPECT_EQ(collected.step, fresh.timeline().death(*hit.step, "a").step);
  EXPECT_EQ(render(searched.timeline().state(searched.last())),
            render(fresh.timeline().state(fresh.last())));
}

TEST(NavigationTest, BadBreakpointsAreExplained) {
  RecordedProgram p("objects");
  Timeline& t = p.timeline();
  EXPECT_THROW(t.continueTo(0, kForward, {Breakpoint{"objects.py", 7, ""}}), NavigationError);
  EXPECT_THROW(t.continueTo(0, kForward, {Breakpoint{"nosuch.py", 3, ""}}), NavigationError);
  EXPECT_THROW(t.continueTo(0, kForward, {Breakpoint{"objects.py", 9, "x >"}}), NavigationError);
  EXPECT_THROW(t.continueTo(0, kForward, {}), NavigationError);
  // Several breakpoints: the first one hit.
  Arrival a = t.continueTo(0, kForward,
                           {Breakpoint{"objects.py", 34, ""}, Breakpoint{"objects.py", 26, ""}});
  EXPECT_EQ(p.where(a), "26 make_closure.<locals>.inc");
}

TEST(NavigationTest, WritesOfALocalVariableFollowItsFrame) {
  RecordedProgram p("objects");
  Timeline& t = p.timeline();
  int64_t atReturn = p.firstAt(34);
  Arrival doubled = t.write(atReturn, kBackward, "k");
  EXPECT_EQ(p.where(doubled), "32 scale");
  EXPECT_EQ(doubled.note, "writes local variable 'k' of scale");
  // Before that the argument was bound by the call.
  Arrival bound = t.write(*doubled.step, kBackward, "k");
  EXPECT_EQ(p.where(bound), "51 <module>");
  EXPECT_FALSE(t.write(*bound.step, kBackward, "k").step);
  EXPECT_EQ(p.where(t.write(p.firstAt(32), kForward, "v")), "33 scale");
  EXPECT_FALSE(t.write(atReturn, kForward, "v").step);
}

TEST(NavigationTest, WritesOfGlobalsAttributesElementsAndCells) {
  RecordedProgram p("objects");
  Timeline& t = p.timeline();
  int64_t end = p.last();
  // Follows the writes until there are none, or until the target no longer names anything
  // (before the assignment that first binds it).
  auto chain = [&](int64_t from, Direction d, const std::string& target) {
    std::vector<std::string> places;
    try {
      for (Arrival a = t.write(from, d, target); a.step; a = t.write(*a.step, d, target)) {
        places.push_back(p.where(a));
        if (places.size() > 10) break;
      }
    } catch (const NavigationError&) {
      places.push_back("unbound");
    }
    return places;
  };
  using Places = std::vector<std::string>;
  EXPECT_EQ(chain(end, kBackward, "counter"), (Places{"17 bump", "17 bump", "12 <module>"}));
  EXPECT_EQ(chain(0, kForward, "counter"), (Places{"12 <module>", "17 bump", "17 bump"}));
  // The object is followed by identity, whatever names it where the search arrives.
  Arrival moved = t.write(end, kBackward, "p.x");
  EXPECT_EQ(p.where(moved), "9 Point.move");
  Arrival initialised = t.write(*moved.step, kBackward, "p.x");
  EXPECT_EQ(p.where(initialised), "5 Point.__init__");
  EXPECT_THROW(t.write(*initialised.step, kBackward, "p.x"), NavigationError)
      << "p is not bound yet";
  EXPECT_FALSE(t.write(*initialised.step, kBackward, "self.x").step);
  EXPECT_EQ(t.write(*initialised.step, kForward, "self.x").step, moved.step);
  Arrival set = t.write(end, kBackward, "p.y");
  EXPECT_EQ(p.where(set), "39 <module>") << "setattr() writes inside a builtin";
  EXPECT_EQ(p.where(t.write(*set.step, kBackward, "p.y")), "6 Point.__init__");
  // list.sort and dict.update write inside builtins; a container is born with its items.
  EXPECT_EQ(chain(end, kBackward, "items[0]"),
            (Places{"44 <module>", "43 <module>", "42 <module>", "unbound"}));
  EXPECT_EQ(chain(end, kBackward, "items[2]"), (Places{"42 <module>", "unbound"}));
  EXPECT_EQ(chain(end, kBackward, "table['b']"), (Places{"46 <module>"}));
  EXPECT_EQ(chain(end, kBackward, "table['a']"), (Places{"47 <module>", "45 <module>", "unbound"}));
  EXPECT_EQ(
      chain(p.lastAt(26), kBackward, "count"),
      (Places{"25 make_closure.<locals>.inc", "25 make_closure.<locals>.inc", "21 make_closure"}));
}

TEST(NavigationTest, BadWriteTargetsAreExplained) {
  RecordedProgram p("objects");
  Timeline& t = p.timeline();
  for (const char* target :
       {"a + b", "nosuch.x", "items[1:2]", "counter.x", "items['a']", "[1].x", ""})
    EXPECT_THROW(t.write(p.last(), kBackward, target), NavigationError) << target;
}

TEST(NavigationTest, ObjectsAreCreatedAndDie) {
  RecordedProgram p("objects");
  Timeline& t = p.timeline();
  int64_t s = p.firstAt(53);
  EXPECT_EQ(p.where(t.creation(s, "temp")), "52 <module>");
  EXPECT_EQ(p.where(t.death(s, "temp")), "53 <module>");
  EXPECT_EQ(p.where(t.creation(s, "p")), "37 <module>");
  Arrival alive = t.death(s, "p");
  EXPECT_FALSE(alive.step);
  EXPECT_EQ(alive.note, "p is still alive when the trace ends");
  Arrival builtin = t.creation(s, "print");
  EXPECT_FALSE(builtin.step);
  EXPECT_NE(builtin.note.find("when the interpreter started"), std::string::npos);
  EXPECT_THROW(t.creation(s, "1"), NavigationError);
  EXPECT_THROW(t.creation(s, "[1]"), NavigationError);
  EXPECT_THROW(t.creation(s, "undefined"), NavigationError);
  EXPECT_THROW(t.death(s, "("), NavigationError);
}

TEST(NavigationTest, GeneratorFramesAreObjectsToo) {
  RecordedProgram p("generators_and_classes");
  Timeline& t = p.timeline();
  int64_t s = p.lastAt(38);  // print(...) at the end
  // A generator object is made by its frame's first instruction (RETURN_GENERATOR), on the
  // def line; the frame itself by the call.
  EXPECT_EQ(p.where(t.creation(s, "g")), "3 evens");
  EXPECT_EQ(p.where(t.creation(s, "g.gi_frame")), "34 <module>");
  EXPECT_EQ(p.where(t.creation(s, "s.items")), "18 Stack.__init__");
  // pop() changed which object the last element is.
  EXPECT_EQ(p.where(t.write(s, kBackward, "s.items[-1]")), "25 Stack.pop");
}

}  // namespace
}  // namespace rw::recorder::testing
