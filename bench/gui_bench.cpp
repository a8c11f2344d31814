// gui_bench [IDLE_STEPS] [STEPS]: the desktop app's speed on the trace of
// ../shared/bench/richards_like.py (small size: 6000), offscreen. Reports the time to open the
// trace (until step 0 is shown), then, over STEPS (1000) steps forward and as many backward,
// the time of one step plus redrawing every view: median, p95 and the worst. Targets: p95 at
// most 16 ms, opening at most 1 s. Not a test: the figures depend on the machine.
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "gui/main_window.h"
#include "gui/session/program_recording.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/timeline_bar.h"
#include "recorder/recorder.h"
#include "recorder/timeline.h"
#include "runtime/host.h"

namespace {

using rw::gui::MainWindow;
using rw::gui::TimelineController;

// Output goes nowhere: only the trace matters here.
class QuietHost : public rw::ProcessHost {
 public:
  void write(rw::OutputStream, std::string_view) override {}
  void flush(rw::OutputStream) override {}
};

std::string readFile(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    std::fprintf(stderr, "gui_bench: can't read %s\n", path.c_str());
    std::exit(2);
  }
  std::string text;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
    text.append(buffer, n);
  std::fclose(f);
  return text;
}

// Sleeps in the event loop until `done`: answers from the worker arrive as events.
bool waitUntil(const std::function<bool()>& done) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > 60000) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
  }
  return true;
}

// Paints the whole window now, as the event loop would once the views changed: every view the
// default layout shows (the views in background tabs are painted when their tab is chosen).
void redrawEveryView(MainWindow& window) {
  window.repaint();
}

// The offscreen platform warns about every window it cannot resize natively.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
  if (message.contains("propagateSizeHints")) return;
  std::fprintf(stderr, "%s\n", qPrintable(message));
  if (type == QtFatalMsg) std::abort();
}

struct Figures {
  double median, p95, worst;
  double stateMedian, redrawMedian;  // the two parts of a step
  double cpuMedian, cpuP95;          // CPU time of all the app's threads per step
};

// The process's CPU time: on a machine shared with other work, wall time measures the
// machine's load as much as the app.
double cpuMs() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double quantile(std::vector<double> ms, double q) {
  std::sort(ms.begin(), ms.end());
  return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
}

}  // namespace

int main(int argc, char* argv[]) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  std::string idleSteps = argc > 1 ? argv[1] : "6000";
  int steps = argc > 2 ? std::atoi(argv[2]) : 1000;
  qInstallMessageHandler(quietOffscreenWarnings);
  QApplication app(argc, argv);
  QApplication::setOrganizationName("rewind-bench");
  QTemporaryDir scratch;
  qputenv("XDG_CONFIG_HOME", scratch.path().toLocal8Bit());

  std::string program = std::string(REWIND_SHARED_DIR) + "/bench/richards_like.py";
  std::string trace = scratch.filePath("richards.rwd").toStdString();
  rw::recorder::RecordOptions options;
  options.tracePath = trace;
  QuietHost host;
  QElapsedTimer timer;
  timer.start();
  rw::recorder::RecordResult recorded =
      rw::recorder::recordProgram(program, readFile(program), {program, idleSteps}, options, host);
  std::printf("recorded richards_like.py %s: %lld steps in %.0f ms\n", idleSteps.c_str(),
              static_cast<long long>(recorded.steps), static_cast<double>(timer.elapsed()));

  MainWindow window;
  window.resize(1440, 900);
  window.show();
  TimelineController* controller = window.controller();
  timer.restart();
  controller->openFile(QString::fromStdString(trace));
  waitUntil(
      [&] { return !controller->isLoading() && controller->isIdle() && controller->state(); });
  redrawEveryView(window);
  double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  std::printf("open: %.1f ms (target <= 1000)\n", openMs);
  // The timeline markers are found by replaying the whole run on a thread of their own; the
  // steps are timed once that is over, as they would be a few seconds after opening.
  timer.restart();
  waitUntil([&] { return controller->eventsComplete(); });
  std::printf("markers found in %.0f ms more (%zu calls, raises and writes)\n",
              static_cast<double>(timer.elapsed()), controller->events().size());

  auto measure = [&](int64_t first, int delta) {
    std::vector<double> ms, stateMs, redrawMs, cpu;
    int64_t step = first;
    for (int i = 0; i < steps; ++i) {
      step += delta;
      QElapsedTimer one;
      one.start();
      double cpuBefore = cpuMs();
      controller->requestStep(step);
      waitUntil([&] { return controller->isIdle() && controller->state()->step == step; });
      double shown = static_cast<double>(one.nsecsElapsed()) / 1e6;
      redrawEveryView(window);
      ms.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
      stateMs.push_back(shown);
      redrawMs.push_back(ms.back() - shown);
      cpu.push_back(cpuMs() - cpuBefore);
    }
    return Figures{quantile(ms, 0.5),      quantile(ms, 0.95),      quantile(ms, 1.0),
                   quantile(stateMs, 0.5), quantile(redrawMs, 0.5), quantile(cpu, 0.5),
                   quantile(cpu, 0.95)};
  };
  // From the middle of the run, where frames, heap and output are all busy.
  int64_t middle = recorded.steps / 2;
  controller->requestStep(middle);
  waitUntil([&] { return controller->isIdle() && controller->state()->step == middle; });
  Figures forward = measure(middle, 1);
  Figures backward = measure(middle + steps, -1);
  for (auto [name, f] : {std::pair{"forward ", forward}, std::pair{"backward", backward}})
    std::printf(
        "step %s + redraw: median %.2f ms, p95 %.2f ms, worst %.2f ms (%d steps; "
        "median state shown %.2f ms, redraw %.2f ms; CPU median %.2f ms, p95 %.2f ms)\n",
        name, f.median, f.p95, f.worst, steps, f.stateMedian, f.redrawMedian, f.cpuMedian,
        f.cpuP95);
  // Where a redraw's time goes: each view painted alone, median over a few steps.
  std::map<QString, std::vector<double>> perView;
  std::vector<double> stateOnly;
  auto timeline = rw::recorder::Timeline::open(trace);
  for (int i = 0; i < 40; ++i) {
    int64_t step = middle + i;
    controller->requestStep(step);
    waitUntil([&] { return controller->isIdle() && controller->state()->step == step; });
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
      QElapsedTimer one;
      one.start();
      dock->widget()->grab();
      perView[dock->objectName()].push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
    }
    for (auto [name, widget] :
         {std::pair{QString("timelineBar"), static_cast<QWidget*>(window.timelineBar())},
          std::pair{QString("wholeWindowAgain"), static_cast<QWidget*>(&window)}}) {
      QElapsedTimer one;
      one.start();
      widget->grab();
      perView[name].push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
    }
    QElapsedTimer one;
    one.start();
    timeline->state(step);
    stateOnly.push_back(static_cast<double>(one.nsecsElapsed()) / 1e6);
  }
  std::printf("painting one view alone (median ms):");
  for (auto& [name, ms] : perView)
    std::printf(" %s %.2f", qPrintable(name), quantile(ms, 0.5));
  std::printf("\nTimeline::state alone, stepping forward: median %.2f ms\n",
              quantile(stateOnly, 0.5));

  bool ok = openMs <= 1000 && forward.p95 <= 16 && backward.p95 <= 16;
  std::printf("%s\n", ok ? "within targets" : "OUTSIDE TARGETS");
  return 0;
}
