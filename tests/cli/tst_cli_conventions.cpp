// What every `xlqa` command does the same way, as command-line tools researchers know do: its
// --help names the command (nested ones too), `xlqa --help-all` holds every command's help for
// the man page, --version names the runtime, numbers print with a decimal point in any locale,
// --quiet and --verbose everywhere, and progress drawn in place only on a terminal.
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "support/shared_data.h"
#include "support/synthetic_parallel_qa.h"
#include "support/xlqa_process.h"

using namespace xlqa;

namespace {

const QString kModel = QStringLiteral("fixtures/hf-parity/small-xlmr-qa-spm");

QString shared(const QString& relative) { return QString::fromStdString(test::sharedPath(relative)); }

test::XlqaResult runWithEnvironment(const QStringList& arguments, const QProcessEnvironment& environment) {
  QProcess process;
  process.setProcessEnvironment(environment);
  process.start(test::binPath("xlqa"), arguments);
  const bool finished = process.waitForFinished(600000);
  return {process.exitCode(), finished ? process.exitStatus() : QProcess::CrashExit,
          QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// The "  name  summary" lines of a help text's section `heading` ("Commands:"), by name.
QStringList listedCommands(const QString& help, const QString& heading) {
  QStringList names;
  const QString section = help.section(heading + "\n", 1).section("\n\n", 0, 0);
  static const QRegularExpression line(QStringLiteral("^  (\\S+(?:, \\S+)?)  +\\S"));  // "  -h, --help  Show..."
  for (const QString& entry : section.split('\n')) {
    const auto match = line.match(entry);
    if (match.hasMatch()) names << match.captured(1);
  }
  return names;
}

// Every command and group member as `xlqa --help` and the groups' --help list them ("run check").
QStringList everyCommand() {
  QStringList commands;
  for (const QString& name : listedCommands(test::runXlqa({"--help"}).out, "Commands:")) {
    const QString help = test::runXlqa({name, "--help"}).out;
    const QStringList members = listedCommands(help, "Usage: xlqa " + name + " <command> [options]\n");
    if (members.isEmpty()) commands << name;
    for (const QString& member : members) commands << name + " " + member;
  }
  return commands;
}

QStringList metricsScoreArguments() {
  const QString metrics = shared("fixtures/metrics");
  return {"score",
          "--data",
          metrics + "/datasets/xquad.en.subset.json",
          "--data",
          metrics + "/datasets/xquad.de.subset.json",
          "--predictions",
          metrics + "/predictions/pairs"};
}

}  // namespace

class TestCliConventions : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  QStringList predictArguments() const {
    return {"predict",
            "--model",
            shared(kModel),
            "--data",
            dir_.filePath("data"),
            "--pairs",
            "en-en,de-de",
            "--device",
            "cpu",
            "--out",
            dir_.filePath("predictions.json")};
  }

 private slots:
  void initTestCase() { test::writeSyntheticParallelQa(dir_.filePath("data"), 6); }

  // help2man reads `xlqa --help`: "Usage:" first, then indented "name  description" lines.
  void topLevelHelpListsCommandsAndOptions() {
    const auto help = test::runXlqa({"--help"});
    QCOMPARE(help.status, QProcess::NormalExit);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: xlqa <command> [options]\n"), qPrintable(help.out));
    const QStringList commands = listedCommands(help.out, "Commands:");
    for (const char* name : {"score", "eval", "train", "predict", "demo", "generations", "run", "bench"})
      QVERIFY2(commands.contains(name), name);
    QCOMPARE(listedCommands(help.out, "Options:").size(), 3);  // -h, --help-all, -v
    QVERIFY(help.out.contains("--help-all"));
  }

  void everyHelpNamesItsCommand() {
    const QStringList commands = everyCommand();
    QVERIFY2(commands.contains("run check") && commands.contains("bench data") && commands.contains("score"),
             qPrintable(commands.join(", ")));
    for (const QString& command : commands) {
      const auto help = test::runXlqa(command.split(' ') << "--help");
      QVERIFY2(help.exitCode == 0, qPrintable(command + ": " + help.err));
      const QString first = help.out.section('\n', 0, 0);
      QVERIFY2(first.startsWith("Usage: xlqa " + command + " [options]"), qPrintable(command + ": " + first));
      QVERIFY2(help.out.contains("--quiet") && help.out.contains("--verbose"), qPrintable(command));
      QVERIFY2(!help.out.contains("--help-all"), qPrintable(command));  // hidden where it is only --help
    }
    // Positional arguments still follow [options].
    QCOMPARE(test::runXlqa({"compare", "--help"}).out.section('\n', 0, 0),
             QStringLiteral("Usage: xlqa compare [options] run_a [run_b]"));
    QCOMPARE(test::runXlqa({"run", "check", "--help"}).out.section('\n', 0, 0),
             QStringLiteral("Usage: xlqa run check [options] run"));
  }

  void helpAllHoldsEveryCommandsHelp() {
    // The layout help2man makes the man page of: the commands, every command's help indented under
    // an "xlqa <command>:" heading, then the global options.
    const auto all = test::runXlqa({"--help-all"});
    QCOMPARE(all.exitCode, 0);
    const QString top = test::runXlqa({"--help"}).out;
    const int options = top.indexOf("\nOptions:\n");
    QVERIFY(options > 0);
    QVERIFY(all.out.startsWith(top.left(options)));
    QVERIFY(all.out.endsWith(top.mid(options)));
    for (const QString& command : everyCommand()) {
      const QString help = test::runXlqa(command.split(' ') << "--help").out;
      for (const QString& line : help.split('\n', Qt::SkipEmptyParts))
        QVERIFY2(all.out.contains("\n  " + line + "\n"), qPrintable(command + ": " + line));
    }
    for (const char* group : {"demo", "run", "bench"})
      QVERIFY2(all.out.contains(QStringLiteral("\nxlqa %1:\n  Usage: xlqa %1 ").arg(group)), group);
  }

  void versionNamesTheRuntime() {
    const auto version = test::runXlqa({"--version"});
    QCOMPARE(version.exitCode, 0);
    const QStringList lines = version.out.split('\n');
    QVERIFY2(QRegularExpression("^xlqa [0-9]+\\.[0-9]+\\.[0-9]+$").match(lines[0]).hasMatch(), qPrintable(lines[0]));
    QVERIFY2(lines.contains("Qt " + QString::fromLatin1(qVersion())), qPrintable(version.out));
    for (const char* field : {"LibTorch ", "BLAS: "})
      QVERIFY2(!lines.filter(QRegularExpression(QStringLiteral("^") + field)).isEmpty(), field);
  }

  // QCoreApplication takes LC_ALL from the environment; printf's %.2f must not follow it.
  void numbersPrintTheSameInAGermanLocale() {
    XLQA_REQUIRE_SHARED("fixtures/metrics/predictions/pairs");
    const QString localedef = QStandardPaths::findExecutable("localedef");
    const QString locale = QStandardPaths::findExecutable("locale");
    if (localedef.isEmpty() || locale.isEmpty()) QSKIP("needs localedef and locale to make a German locale");
    if (!QFileInfo::exists("/usr/share/i18n/locales/de_DE"))
      QSKIP("needs the de_DE locale definition in /usr/share/i18n/locales");
    const QString locales = dir_.filePath("locales");
    QDir().mkpath(locales);
    QProcess make;
    make.start(localedef, {"-i", "de_DE", "-f", "UTF-8", locales + "/de_DE.UTF-8"});
    QVERIFY(make.waitForFinished(120000));
    if (make.exitCode() != 0) QSKIP(qPrintable("localedef failed: " + make.readAllStandardError()));
    QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
    german.insert("LOCPATH", locales), german.insert("LC_ALL", "de_DE.UTF-8");
    QProcess check;  // the locale is in force, with a decimal comma
    check.setProcessEnvironment(german);
    check.start(locale, {"-k", "decimal_point"});
    QVERIFY(check.waitForFinished());
    QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).trimmed(), QStringLiteral("decimal_point=\",\""));

    QProcessEnvironment plain = QProcessEnvironment::systemEnvironment();
    plain.insert("LC_ALL", "C");
    for (const QStringList& format : {QStringList{}, QStringList{"--format", "csv"}}) {
      const auto inC = runWithEnvironment(metricsScoreArguments() << format, plain);
      const auto inGerman = runWithEnvironment(metricsScoreArguments() << format, german);
      QVERIFY2(inC.exitCode == 0 && inGerman.exitCode == 0, qPrintable(inC.err + inGerman.err));
      QVERIFY2(QRegularExpression("[0-9]\\.[0-9][0-9]").match(inGerman.out).hasMatch(), qPrintable(inGerman.out));
      QCOMPARE(inGerman.out, inC.out);
    }
  }

  void quietAndVerboseOnEveryCommand() {
    XLQA_REQUIRE_SHARED(kModel);
    // Off a terminal: notes, no progress; --verbose adds progress as plain lines; --quiet leaves
    // stderr empty and the results as they are.
    const auto normal = test::runXlqa(predictArguments());
    QVERIFY2(normal.exitCode == 0, qPrintable(normal.err));
    QVERIFY2(normal.err.contains("model: ") && !normal.err.contains("examples/s"), qPrintable(normal.err));
    const auto verbose = test::runXlqa(predictArguments() << "--verbose");
    QVERIFY2(verbose.exitCode == 0, qPrintable(verbose.err));
    for (const char* line : {"\nen-en: 6/6 examples, ", "\nde-de: 6/6 examples, ", "data: 3 languages",
                             "xlqa predict: exit status 0 after "})
      QVERIFY2(verbose.err.contains(line), qPrintable(verbose.err));
    QVERIFY2(!verbose.err.contains('\r'), qPrintable(verbose.err));
    const auto quiet = test::runXlqa(predictArguments() << "--quiet");
    QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
    QCOMPARE(quiet.err, QString());
    QCOMPARE(quiet.out, normal.out);
    QCOMPARE(quiet.out, verbose.out);

    for (const QString& command : everyCommand()) {  // every command knows both, and not together
      const auto both = test::runXlqa(command.split(' ') << "--quiet"
                                                         << "--verbose");
      QVERIFY2(both.exitCode == 2 && both.err.contains("exclude each other"), qPrintable(command + ": " + both.err));
    }
  }

  // On a terminal the progress line is redrawn in place (the pty via script(1)).
  void progressIsDrawnInPlaceOnATerminal() {
    XLQA_REQUIRE_SHARED(kModel);
    const QString script = QStandardPaths::findExecutable("script");
    if (script.isEmpty()) QSKIP("needs script (util-linux) for a pseudo-terminal");
    QStringList quoted{"'" + test::binPath("xlqa") + "'"};
    for (const QString& argument : predictArguments()) quoted << "'" + argument + "'";
    const auto onTerminal = [&](const QString& extra) {
      QProcess process;
      process.start(script, {"-qec", quoted.join(' ') + extra, "/dev/null"});
      process.closeWriteChannel();
      process.waitForFinished(600000);
      return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString drawn = onTerminal("");
    QVERIFY2(drawn.contains("\ren-en: ") && drawn.contains("\rde-de: 6/6 examples"), qPrintable(drawn));
    QVERIFY2(!onTerminal(" --quiet").contains("examples/s"), "--quiet draws no progress");
  }
};

QTEST_GUILESS_MAIN(TestCliConventions)
#include "tst_cli_conventions.moc"
