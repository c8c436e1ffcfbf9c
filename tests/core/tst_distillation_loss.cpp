// The training losses: KL (forward, reverse, symmetric) x T^2 with batchmean as the reference's
// KLDivLoss computes it, cross-entropy as CrossEntropyLoss, padding excluded, and autograd
// gradients that agree with finite differences.
#include <ATen/ATen.h>
#include <QtTest>

#include <cmath>
#include <vector>

#include "core/train/distillation_loss.h"

using namespace xlqa;

namespace {

std::vector<double> softmax(const std::vector<double>& logits, double temperature) {
  double largest = -1e300, sum = 0;
  for (double x : logits) largest = std::max(largest, x / temperature);
  std::vector<double> p;
  for (double x : logits) p.push_back(std::exp(x / temperature - largest)), sum += p.back();
  for (double& x : p) x /= sum;
  return p;
}

double klByHand(const std::vector<double>& p, const std::vector<double>& q) {
  double kl = 0;
  for (std::size_t i = 0; i < p.size(); ++i) kl += p[i] * std::log(p[i] / q[i]);
  return kl;
}

at::Tensor row(const std::vector<double>& values) {
  return at::tensor(at::ArrayRef<double>(values), at::kDouble).unsqueeze(0);
}

}  // namespace

class TestDistillationLoss : public QObject {
  Q_OBJECT
 private slots:
  void klMatchesTheDefinitionByHand() {
    const std::vector<double> student{0.5, 1.5, -0.25, 2.0}, teacher{2.0, 0.25, 1.0, -1.0};
    const at::Tensor mask = at::ones({1, 4}, at::kLong);
    for (double t : {1.0, 2.0, 3.5}) {
      const auto p = softmax(teacher, t), q = softmax(student, t);
      const double forward = klByHand(p, q) * t * t, reverse = klByHand(q, p) * t * t;
      QVERIFY(std::abs(distillationKl(row(student), row(teacher), mask, t, KlDirection::Forward).item<double>() -
                       forward) < 1e-12);
      QVERIFY(std::abs(distillationKl(row(student), row(teacher), mask, t, KlDirection::Reverse).item<double>() -
                       reverse) < 1e-12);
      QVERIFY(std::abs(distillationKl(row(student), row(teacher), mask, t, KlDirection::Symmetric).item<double>() -
                       (forward + reverse)) < 1e-12);
    }
  }

  void klIsTorchsKlDivWithBatchmean() {
    at::manual_seed(3);
    const at::Tensor student = at::randn({5, 9}, at::kDouble), teacher = at::randn({5, 9}, at::kDouble);
    const at::Tensor mask = at::ones({5, 9}, at::kLong);
    const double t = 2.0;
    // KLDivLoss(reduction="batchmean")(log_softmax(s/T), softmax(t/T)) * T^2, the reference's "fw".
    const at::Tensor reference =
        at::kl_div(at::log_softmax(student / t, -1), at::softmax(teacher / t, -1), at::Reduction::Sum) / 5.0 * t * t;
    QVERIFY(std::abs(distillationKl(student, teacher, mask, t, KlDirection::Forward).item<double>() -
                     reference.item<double>()) < 1e-12);
  }

  void paddingDoesNotChangeTheLosses() {
    const at::Tensor student = row({0.5, 1.5, -0.25}), teacher = row({2.0, 0.25, 1.0});
    const at::Tensor padded = at::cat({student, row({40.0, -7.0})}, 1),
                     paddedTeacher = at::cat({teacher, row({-3.0, 50.0})}, 1);
    const at::Tensor mask = at::ones({1, 3}, at::kLong), paddedMask = at::cat({mask, at::zeros({1, 2}, at::kLong)}, 1);
    for (KlDirection direction : {KlDirection::Forward, KlDirection::Reverse, KlDirection::Symmetric}) {
      const double plain = distillationKl(student, teacher, mask, 2.0, direction).item<double>();
      QCOMPARE(distillationKl(padded, paddedTeacher, paddedMask, 2.0, direction).item<double>(), plain);
    }
    const at::Tensor gold = at::tensor({2}, at::kLong);
    QCOMPARE(positionCrossEntropy(padded, paddedMask, gold).item<double>(),
             positionCrossEntropy(student, mask, gold).item<double>());
    // The plain cross-entropy: -log softmax at the gold position, averaged over the batch.
    const auto q = softmax({0.5, 1.5, -0.25}, 1.0);
    QVERIFY(std::abs(positionCrossEntropy(student, mask, gold).item<double>() + std::log(q[2])) < 1e-12);
  }

  void crossEntropyIsNllOfLogSoftmax() {
    at::manual_seed(5);
    const at::Tensor logits = at::randn({4, 7}, at::kDouble);
    const at::Tensor positions = at::tensor({0, 6, 3, 3}, at::kLong);
    const at::Tensor reference = at::nll_loss(at::log_softmax(logits, -1), positions);
    QVERIFY(std::abs(positionCrossEntropy(logits, at::ones({4, 7}, at::kLong), positions).item<double>() -
                     reference.item<double>()) < 1e-12);
  }

  void klGradientsMatchFiniteDifferences() {
    at::manual_seed(11);
    const at::Tensor teacher = at::randn({2, 6}, at::kDouble);
    at::Tensor mask = at::ones({2, 6}, at::kLong);
    mask[1][5] = 0;  // one padded position: its gradient must be zero
    for (KlDirection direction : {KlDirection::Forward, KlDirection::Reverse, KlDirection::Symmetric}) {
      const at::Tensor base = at::randn({2, 6}, at::kDouble);
      const at::Tensor student = base.clone().set_requires_grad(true);
      distillationKl(student, teacher, mask, 2.0, direction).backward();
      const at::Tensor analytic = student.grad();
      const double h = 1e-6;
      for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 6; ++c) {
          at::Tensor plus = base.clone(), minus = base.clone();
          plus[r][c] += h;
          minus[r][c] -= h;
          const double numeric = (distillationKl(plus, teacher, mask, 2.0, direction).item<double>() -
                                  distillationKl(minus, teacher, mask, 2.0, direction).item<double>()) /
                                 (2 * h);
          const double got = analytic[r][c].item<double>();
          QVERIFY2(std::abs(got - numeric) < 1e-7,
                   qPrintable(QStringLiteral("direction %1 [%2][%3]: autograd %4, finite difference %5")
                                  .arg(int(direction))
                                  .arg(r)
                                  .arg(c)
                                  .arg(got)
                                  .arg(numeric)));
        }
      }
      QCOMPARE(analytic[1][5].item<double>(), 0.0);
    }
  }

  void theTeacherGetsNoGradient() {
    const at::Tensor student = row({0.1, 0.2, 0.3}).set_requires_grad(true),
                     teacher = row({1.0, 0.0, -1.0}).set_requires_grad(true);
    distillationKl(student, teacher, at::ones({1, 3}, at::kLong), 1.0, KlDirection::Symmetric).backward();
    QVERIFY(student.grad().defined());
    QVERIFY(!teacher.grad().defined());
  }
};

QTEST_MAIN(TestDistillationLoss)
#include "tst_distillation_loss.moc"
