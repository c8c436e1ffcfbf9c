#pragma once
// The `xlqa` subcommands; each takes its arguments with argv[0] = "xlqa <name>".
#include <QStringList>

namespace xlqa::cli {

int runScore(const QStringList& arguments);
int runDoctor(const QStringList& arguments);
int runBench(const QStringList& arguments);
int runPredict(const QStringList& arguments);
int runTokenize(const QStringList& arguments);
int runLogits(const QStringList& arguments);
int runEval(const QStringList& arguments);
int runCompare(const QStringList& arguments);
int runBenchEval(const QStringList& arguments);
int runBenchModel(const QStringList& arguments);
int runBenchFidelity(const QStringList& arguments);
int runBenchTrain(const QStringList& arguments);
int runBenchScaling(const QStringList& arguments);
int runTrain(const QStringList& arguments);
int runAverage(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runGrid(const QStringList& arguments);
int runRank(const QStringList& arguments);
int runGenerations(const QStringList& arguments);
int runRun(const QStringList& arguments);  // xlqa run check | merge

}  // namespace xlqa::cli
