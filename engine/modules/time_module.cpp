// The time module. Clock readings come from the Host, so a recording logs them and a replay
// gets the same values back.
#include <cmath>

#include "modules/native_modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Value timeTime(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time.time", args, 0, 0);
  return newFloat(I, I.host.wallTime());
}

Value timeTimeNs(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time.time_ns", args, 0, 0);
  return newIntFromBig(I, support::BigInt::fromDouble(I.host.wallTime() * 1e9));
}

Value timePerfCounter(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time.perf_counter", args, 0, 0);
  return newFloat(I, I.host.monotonicTime());
}

Value timeMonotonic(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time.monotonic", args, 0, 0);
  return newFloat(I, I.host.monotonicTime());
}

Value monotonicNanoseconds(Interp& I) {
  return newIntFromBig(I, support::BigInt::fromDouble(I.host.monotonicTime() * 1e9));
}

Value timePerfCounterNs(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time.perf_counter_ns", args, 0, 0);
  return monotonicNanoseconds(I);
}

Value timeMonotonicNs(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time.monotonic_ns", args, 0, 0);
  return monotonicNanoseconds(I);
}

Value timeSleep(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "time.sleep", args, 1, 1);
  double seconds = isInt(I, args.args[0]) ? intToDouble(I, args.args[0])
                   : isInstance(I, args.args[0], I.types.float_)
                       ? floatValue(args.args[0])
                       : (raiseTypeError(I, "'" + std::string(typeName(I, args.args[0])) +
                                                "' object cannot be interpreted as an integer"),
                          0.0);
  if (std::isnan(seconds)) raiseValueError(I, "Invalid value NaN (not a number)");
  if (seconds < 0) raiseValueError(I, "sleep length must be non-negative");
  // A recorded program does not wait: time is data here, and replays must not block.
  return I.None();
}

}  // namespace

void initTimeModule(Interp& I, Module* module) {
  addModuleFunction(I, module, "time", timeTime, "Return the current time in seconds since the Epoch.");
  addModuleFunction(I, module, "time_ns", timeTimeNs, "Return the current time in nanoseconds since the Epoch.");
  addModuleFunction(I, module, "perf_counter", timePerfCounter, "Performance counter for benchmarking.");
  addModuleFunction(I, module, "perf_counter_ns", timePerfCounterNs,
                    "Performance counter for benchmarking as nanoseconds.");
  addModuleFunction(I, module, "monotonic", timeMonotonic, "Monotonic clock, cannot go backward.");
  addModuleFunction(I, module, "monotonic_ns", timeMonotonicNs,
                    "Monotonic clock, cannot go backward, as nanoseconds.");
  addModuleFunction(I, module, "sleep", timeSleep, "Delay execution for a given number of seconds.");
}

}  // namespace rw
