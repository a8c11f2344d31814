// The time module. Clock readings come from the Host, so a recording logs them and a replay
// gets the same values back.
#include "modules/native_modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Value timeTime(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time", args, 0, 0);
  return newFloat(I, I.host.wallTime());
}

Value timeTimeNs(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time_ns", args, 0, 0);
  return newIntFromBig(I, support::BigInt::fromDouble(I.host.wallTime() * 1e9));
}

Value timePerfCounter(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "perf_counter", args, 0, 0);
  return newFloat(I, I.host.monotonicTime());
}

Value timeSleep(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "sleep", args, 1, 1);
  double seconds = isInt(I, args.args[0]) ? intToDouble(I, args.args[0])
                   : isInstance(I, args.args[0], I.types.float_)
                       ? floatValue(args.args[0])
                       : (raiseTypeError(I, "'" + std::string(typeName(I, args.args[0])) +
                                                "' object cannot be interpreted as an integer"),
                          0.0);
  if (seconds < 0) raiseValueError(I, "sleep length must be non-negative");
  // A recorded program does not wait: time is data here, and replays must not block.
  return I.None();
}

}  // namespace

void initTimeModule(Interp& I, Module* module) {
  addModuleFunction(I, module, "time", timeTime, "Return the current time in seconds since the Epoch.");
  addModuleFunction(I, module, "time_ns", timeTimeNs, "Return the current time in nanoseconds since the Epoch.");
  addModuleFunction(I, module, "perf_counter", timePerfCounter, "Performance counter for benchmarking.");
  addModuleFunction(I, module, "monotonic", timePerfCounter, "Monotonic clock, cannot go backward.");
  addModuleFunction(I, module, "sleep", timeSleep, "Delay execution for a given number of seconds.");
}

}  // namespace rw
