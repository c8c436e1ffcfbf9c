// The job runner: at most one job of a kind at a time, progress and success on the GUI thread,
// cancellation, errors reported the same way for every job, and waiting inspections.
#include <QtTest>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "core/util/cancellation.h"
#include "widgets/job_runner.h"

using namespace xlqa;

namespace {

// Work that runs until `release` turns true or the job is cancelled.
BackgroundJob::Work waitFor(std::shared_ptr<std::atomic<bool>> release) {
  return [release](BackgroundJob& job) {
    while (!release->load() && !job.cancelFlag()->load()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  };
}

}  // namespace

class TestJobRunner : public QObject {
  Q_OBJECT
 private slots:
  void oneJobOfAKindAtATime() {
    JobRunner runner;
    QSignalSpy refused(&runner, &JobRunner::refused);
    auto release = std::make_shared<std::atomic<bool>>(false);
    int succeeded = 0;
    QVERIFY(runner.start(jobRequest(JobKind::Task, "first", "Cannot first", waitFor(release), [&] { ++succeeded; })));
    QVERIFY(runner.isRunning(JobKind::Task));
    QVERIFY(
        !runner.start(jobRequest(JobKind::Task, "second", "Cannot second", waitFor(release), [&] { ++succeeded; })));
    QCOMPARE(refused.count(), 1);
    QVERIFY(runner.refuses(JobKind::Task));
    QCOMPARE(refused.count(), 2);
    // Another kind runs beside it.
    QVERIFY(runner.start(
        jobRequest(JobKind::Inspection, "beside", "Cannot inspect", waitFor(release), [&] { ++succeeded; })));
    *release = true;
    QTRY_VERIFY(!runner.isRunning(JobKind::Task) && !runner.isRunning(JobKind::Inspection));
    QCOMPARE(succeeded, 2);
    QVERIFY(!runner.refuses(JobKind::Task));
    QVERIFY(runner.start(jobRequest(
        JobKind::Task, "third", "Cannot third", [](BackgroundJob&) {}, [&] { ++succeeded; })));
    QTRY_COMPARE(succeeded, 3);
  }

  void reportsProgressAndFinishes() {
    JobRunner runner;
    QSignalSpy started(&runner, &JobRunner::started), progress(&runner, &JobRunner::progress),
        finished(&runner, &JobRunner::finished);
    bool done = false;
    const auto work = [](BackgroundJob& job) { job.reportProgress(0.5, "half"); };
    runner.start(jobRequest(JobKind::Task, "counting", "Cannot count", work, [&] { done = true; }));
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY(done);
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress[0][1].toDouble(), 0.5);
    QCOMPARE(progress[0][2].toString(), QStringLiteral("half"));
    QCOMPARE(finished.count(), 1);
  }

  void cancels() {
    JobRunner runner;
    QSignalSpy cancelled(&runner, &JobRunner::cancelled), failed(&runner, &JobRunner::failed);
    auto release = std::make_shared<std::atomic<bool>>(false);
    bool succeeded = false;
    runner.start(jobRequest(JobKind::Task, "long", "Cannot wait", waitFor(release), [&] { succeeded = true; }));
    runner.cancel(JobKind::Task);
    QTRY_VERIFY(!runner.isRunning(JobKind::Task));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled[0][0].toString(), QStringLiteral("long"));
    QVERIFY(!succeeded);
    QCOMPARE(failed.count(), 0);

    // A request with its own cancel handler says it itself; Cancelled thrown counts as a cancel.
    bool ownHandler = false;
    JobRequest thrown = jobRequest(
        JobKind::Task, "thrown", "Cannot", [](BackgroundJob&) { throw Cancelled(); }, [&] { succeeded = true; });
    thrown.cancelled = [&] { ownHandler = true; };
    runner.start(std::move(thrown));
    QTRY_VERIFY(ownHandler);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!succeeded);
  }

  void reportsErrorsTheSameWay() {
    JobRunner runner;
    QSignalSpy failed(&runner, &JobRunner::failed);
    bool succeeded = false;
    runner.start(jobRequest(
        JobKind::Task, "broken", "Cannot open the run", [](BackgroundJob&) { throw std::runtime_error("no manifest"); },
        [&] { succeeded = true; }));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed[0][0].toString(), QStringLiteral("Cannot open the run"));
    QCOMPARE(failed[0][1].toString(), QStringLiteral("no manifest"));
    QVERIFY(!succeeded);
    QVERIFY(!runner.isRunning(JobKind::Task));

    JobRequest noted = jobRequest(JobKind::Inspection, "noted", "Cannot inspect",
                                  [](BackgroundJob&) { throw std::runtime_error("boom"); });
    noted.errorNote = "nothing changed";
    runner.start(std::move(noted));
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(failed[1][1].toString(), QStringLiteral("boom\nnothing changed"));

    // A view that shows its task's outcome itself (the training panel) gets the error instead.
    QString own;
    JobRequest training = jobRequest(JobKind::Training, "training", "The training failed",
                                     [](BackgroundJob&) { throw std::runtime_error("no data"); });
    training.failed = [&](const QString& error) { own = error; };
    runner.start(std::move(training));
    QTRY_COMPARE(own, QStringLiteral("no data"));
    QCOMPARE(failed.count(), 2);
  }

  void aJobItsOwnerDeletesFreesItsKind() {
    JobRunner runner;
    auto release = std::make_shared<std::atomic<bool>>(false);
    BackgroundJob* job = runner.start(jobRequest(JobKind::Training, "training", "Cannot", waitFor(release)));
    QVERIFY(job);
    job->cancel();
    delete job;  // waits for the worker, as a TrainingJob does for its checkpoint
    QVERIFY(!runner.isRunning(JobKind::Training));
    QVERIFY(runner.start(jobRequest(JobKind::Training, "again", "Cannot", [](BackgroundJob&) {})));
    QTRY_VERIFY(!runner.isRunning(JobKind::Training));
  }

  void theNewestWaitingRequestRunsNext() {
    JobRunner runner;
    auto release = std::make_shared<std::atomic<bool>>(false);
    QStringList ran;
    const auto request = [&](const QString& name, BackgroundJob::Work work) {
      return jobRequest(JobKind::Inspection, name, "Cannot", std::move(work), [&ran, name] { ran << name; });
    };
    runner.startWhenFree(request("first", waitFor(release)));
    runner.startWhenFree(request("older", [](BackgroundJob&) {}));
    runner.startWhenFree(request("newest", [](BackgroundJob&) {}));
    QCOMPARE(runner.job(JobKind::Inspection)->title(), QStringLiteral("first"));
    *release = true;
    QTRY_COMPARE(ran, (QStringList{"first", "newest"}));
    QTRY_VERIFY(!runner.isRunning(JobKind::Inspection));
  }
};

QTEST_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
