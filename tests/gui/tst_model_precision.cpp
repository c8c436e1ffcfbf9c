// The app's model precision: File → Model precision offers fp32, bf16 and fp16 (fp16 only with a
// CUDA GPU), remembers the choice, loads models in it with progress, reloads the open models when
// it changes, and a cancelled load ends quietly.
#include <QAction>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

#include <algorithm>

#include "core/system/runtime_info.h"
#include "support/isolated_settings.h"
#include "support/shared_data.h"
#include "widgets/background_job.h"
#include "widgets/main_window.h"
#include "widgets/workbench_document.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");  // has a tokenizer

QString modelDir() { return QString::fromStdString(test::sharedPath(kModel)); }

// Opens the student model and waits, collecting the fractions its job reports.
void openStudent(MainWindow& window, QList<double>& fractions) {
  window.openModel(ModelRole::Student, modelDir());
  QVERIFY(window.currentJob());
  QObject::connect(window.currentJob(), &BackgroundJob::progress, &window,
                   [&fractions](double fraction, const QString&) { fractions << fraction; });
  QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
}

double largest(const QList<double>& values) {
  return values.isEmpty() ? -1 : *std::max_element(values.begin(), values.end());
}

}  // namespace

class TestModelPrecision : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { isolateSettings(); }
  void init() { clearSettings(); }

  void theMenuOffersWhatThisMachineRuns() {
    MainWindow window;
    QCOMPARE(window.computeDtype(), ComputeDtype::Float32);  // the default
    QVERIFY(window.precisionAction(ComputeDtype::Float32)->isChecked());
    QVERIFY(window.precisionAction(ComputeDtype::BFloat16)->isEnabled());
    const RuntimeInfo runtime = queryRuntime();
    QVERIFY(window.precisionAction(ComputeDtype::BFloat16)
                ->statusTip()
                .contains(QString::fromStdString(runtime.bf16.describe())));
    QAction* fp16 = window.precisionAction(ComputeDtype::Float16);
    QCOMPARE(fp16->isEnabled(), runtime.cudaAvailable);
    if (!runtime.cudaAvailable) QVERIFY(fp16->statusTip().contains(QStringLiteral("CUDA")));

    // A saved fp16 falls back to fp32 where it cannot run.
    QSettings().setValue(QStringLiteral("model/dtype"), QStringLiteral("fp16"));
    MainWindow restarted;
    QCOMPARE(restarted.computeDtype(), runtime.cudaAvailable ? ComputeDtype::Float16 : ComputeDtype::Float32);
  }

  void loadsInTheChosenPrecisionWithProgress() {
    XLQA_REQUIRE_SHARED(kModel);
    MainWindow window;
    window.precisionAction(ComputeDtype::BFloat16)->trigger();
    QCOMPARE(window.computeDtype(), ComputeDtype::BFloat16);
    QCOMPARE(QSettings().value(QStringLiteral("model/dtype")).toString(), QStringLiteral("bf16"));

    QList<double> fractions;
    openStudent(window, fractions);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    const auto& loaded = window.document()->model(ModelRole::Student);
    QVERIFY(loaded);
    QCOMPARE(loaded->model->dtype(), ComputeDtype::BFloat16);
    QVERIFY2(loaded->summary().contains(QStringLiteral("bf16")), qPrintable(loaded->summary()));
    QVERIFY(fractions.size() > 2);  // per tensor, not just start and end
    QCOMPARE(largest(fractions), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

    // Changing the precision reloads the open model in it, with progress too.
    window.precisionAction(ComputeDtype::Float32)->trigger();
    QVERIFY(window.isBusy());
    QSignalSpy progress(window.currentJob(), &BackgroundJob::progress);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    QCOMPARE(window.document()->model(ModelRole::Student)->model->dtype(), ComputeDtype::Float32);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);

    // The choice outlives the window.
    window.precisionAction(ComputeDtype::BFloat16)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QCOMPARE(MainWindow().computeDtype(), ComputeDtype::BFloat16);
  }

  void aCancelledLoadIsNotAnError() {
    XLQA_REQUIRE_SHARED(kModel);
    MainWindow window;
    window.openModel(ModelRole::Student, modelDir());
    QVERIFY(window.currentJob());
    window.currentJob()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    // The cancel normally lands before the first tensor; a load that won the race is kept.
    if (!window.document()->model(ModelRole::Student))
      QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Cancelled"));
  }
};

QTEST_MAIN(TestModelPrecision)
#include "tst_model_precision.moc"
