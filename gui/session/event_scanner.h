// Finds what the timeline bar marks — calls, raises, output, breakpoint hits — on a thread
// and a timeline of its own, so the scan never delays stepping. Results arrive a range at a
// time; a new request (another trace, other breakpoints) abandons the one running.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

#include "recorder/timeline.h"

namespace rw::gui {

using TimelineEvents = std::shared_ptr<const std::vector<recorder::TimelineEvent>>;
using StepList = std::shared_ptr<const std::vector<int64_t>>;

class EventScanner : public QObject {
  Q_OBJECT

 public:
  EventScanner();
  ~EventScanner() override;

  // Steps scanned per answer, and the most the scan covers (a longer trace is marked up to
  // there: the scan replays every step it covers).
  static constexpr int64_t kRangeSteps = 200'000;
  static constexpr int64_t kMaxScannedSteps = 10'000'000;
  static constexpr size_t kMaxBreakpointHits = 2'000;

  // Called from any thread: scans (searches for hits) older than `generation` stop being
  // worked on.
  void supersedeScans(quint64 generation) { latestScan_ = generation; }
  void supersedeHitSearches(quint64 generation) { latestHits_ = generation; }

 public slots:
  void scan(quint64 generation, const QString& tracePath);
  void findBreakpointHits(quint64 generation, const QString& tracePath,
                          const std::vector<rw::recorder::Breakpoint>& breakpoints);

 signals:
  // Events of steps [first, end); `done` with the last range.
  void eventsFound(quint64 generation, rw::gui::TimelineEvents events, qint64 end, bool done);
  void breakpointHitsFound(quint64 generation, rw::gui::StepList hits);
  void scanFailed(quint64 generation, const QString& message);

 private:
  recorder::Timeline& timelineFor(const QString& tracePath);

  std::unique_ptr<recorder::Timeline> timeline_;
  QString tracePath_;
  std::atomic<quint64> latestScan_{0};
  std::atomic<quint64> latestHits_{0};
};

}  // namespace rw::gui

Q_DECLARE_METATYPE(rw::gui::TimelineEvents)
Q_DECLARE_METATYPE(rw::gui::StepList)
