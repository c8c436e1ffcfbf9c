// Where a process stands in a job: --shard I/N, torchrun's variables, Slurm's (several tasks of a
// step) and a Slurm array's (by count or by range), in that order of precedence, with clear errors
// for values out of range; and the split of pairs among shards: every pair exactly once, the
// work balanced by weight rather than by count, the same split whichever shard computes it.
#include <QtTest>

#include <map>
#include <numeric>
#include <set>

#include "core/store/pair_sharding.h"
#include "core/system/launch_position.h"

using namespace xlqa;

namespace {

EnvironmentLookup environment(std::map<std::string, std::string> values) {
  return [values](const std::string& name) -> std::optional<std::string> {
    const auto found = values.find(name);
    return found == values.end() ? std::nullopt : std::optional<std::string>(found->second);
  };
}

}  // namespace

class TestLaunchPosition : public QObject {
  Q_OBJECT
 private slots:
  void readsEachLauncher() {
    const LaunchPosition none = launchPositionFromEnvironment(environment({}));
    QVERIFY(!none.sharded());
    QCOMPARE(none.worldSize, 1);

    const LaunchPosition torchrun =
        launchPositionFromEnvironment(environment({{"RANK", "3"}, {"WORLD_SIZE", "4"}, {"LOCAL_RANK", "1"}}));
    QCOMPARE(torchrun.rank, 3);
    QCOMPARE(torchrun.worldSize, 4);
    QCOMPARE(torchrun.localRank, 1);
    QCOMPARE(torchrun.source, std::string("torchrun"));

    // torchrun under Slurm: torchrun's own variables win.
    QCOMPARE(launchPositionFromEnvironment(
                 environment({{"RANK", "0"}, {"WORLD_SIZE", "2"}, {"SLURM_PROCID", "5"}, {"SLURM_NTASKS", "8"}}))
                 .source,
             std::string("torchrun"));

    const LaunchPosition slurm = launchPositionFromEnvironment(
        environment({{"SLURM_PROCID", "5"}, {"SLURM_NTASKS", "8"}, {"SLURM_LOCALID", "1"}}));
    QCOMPARE(slurm.rank, 5);
    QCOMPARE(slurm.worldSize, 8);
    QCOMPARE(slurm.localRank, 1);

    // An array task is a one-task step: the array variables decide, counted from the range's start.
    const LaunchPosition array = launchPositionFromEnvironment(environment({{"SLURM_PROCID", "0"},
                                                                            {"SLURM_NTASKS", "1"},
                                                                            {"SLURM_ARRAY_TASK_ID", "7"},
                                                                            {"SLURM_ARRAY_TASK_MIN", "1"},
                                                                            {"SLURM_ARRAY_TASK_COUNT", "16"}}));
    QCOMPARE(array.rank, 6);
    QCOMPARE(array.worldSize, 16);
    QCOMPARE(array.source, std::string("Slurm array"));
    const LaunchPosition range = launchPositionFromEnvironment(
        environment({{"SLURM_ARRAY_TASK_ID", "3"}, {"SLURM_ARRAY_TASK_MIN", "0"}, {"SLURM_ARRAY_TASK_MAX", "3"}}));
    QCOMPARE(range.rank, 3);
    QCOMPARE(range.worldSize, 4);
  }

  void badValuesAreNamed() {
    const auto message = [](std::map<std::string, std::string> values) {
      try {
        launchPositionFromEnvironment(environment(std::move(values)));
      } catch (const std::invalid_argument& e) {
        return QString::fromStdString(e.what());
      }
      return QString();
    };
    QVERIFY(message({{"RANK", "4"}, {"WORLD_SIZE", "4"}}).contains("RANK"));
    QVERIFY(message({{"RANK", "x"}, {"WORLD_SIZE", "4"}}).contains("RANK=x"));
    QVERIFY(message({{"SLURM_ARRAY_TASK_ID", "2"}}).contains("SLURM_ARRAY_TASK_COUNT"));

    const LaunchPosition shard = parseShardOption("1/4");
    QCOMPARE(shard.rank, 1);
    QCOMPARE(shard.worldSize, 4);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseShardOption("4/4"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseShardOption("1"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseShardOption("a/2"));
  }

  void everyPairGoesToExactlyOneShardByWork() {
    // 49 pairs of uneven work: the ar-* pairs are ten times heavier.
    std::vector<std::pair<LanguagePair, std::size_t>> work;
    for (const char* q : {"ar", "de", "en", "es", "hi", "vi", "zh"})
      for (const char* c : {"ar", "de", "en", "es", "hi", "vi", "zh"})
        work.push_back({{q, c}, std::string(q) == "ar" ? 1000 : 100});
    const std::size_t total = std::accumulate(work.begin(), work.end(), std::size_t(0),
                                              [](std::size_t sum, const auto& w) { return sum + w.second; });
    std::map<LanguagePair, int> owner;
    std::size_t heaviest = 0, lightest = total;
    for (int shard = 0; shard < 4; ++shard) {
      std::size_t load = 0;
      for (const LanguagePair& pair : pairsOfShard(work, shard, 4)) {
        QVERIFY(owner.emplace(pair, shard).second);  // no pair twice
        for (const auto& [p, w] : work)
          if (p == pair) load += w;
      }
      heaviest = std::max(heaviest, load), lightest = std::min(lightest, load);
    }
    QCOMPARE(owner.size(), work.size());
    // Balanced within one light pair, where equal pair counts would give one shard 3 heavy pairs more.
    QVERIFY2(heaviest - lightest <= 100, qPrintable(QString::number(heaviest - lightest)));
    QCOMPARE(pairsOfShard(work, 2, 4), pairsOfShard(work, 2, 4));  // deterministic
    QCOMPARE(pairsOfShard(work, 0, 1).size(), work.size());
  }
};

QTEST_GUILESS_MAIN(TestLaunchPosition)
#include "tst_launch_position.moc"
