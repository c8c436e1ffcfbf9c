// The sbatch scripts the app writes: the directives for an array job and for a distributed
// training, every argument of the command one shell word however it is spelled (spaces, quotes,
// non-ASCII), and a script that bash parses and that hands srun exactly the arguments given.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/json_file.h"
#include "core/system/slurm_script.h"

using namespace xlqa;

class TestSlurmScript : public QObject {
  Q_OBJECT
 private slots:
  void quotesEveryArgumentAsOneWord() {
    QCOMPARE(shellQuoted("runs/mlqa-large"), std::string("runs/mlqa-large"));
    QCOMPARE(shellQuoted("my runs"), std::string("'my runs'"));
    QCOMPARE(shellQuoted("it's"), std::string("'it'\\''s'"));
    QCOMPARE(shellQuoted(""), std::string("''"));
    QCOMPARE(shellQuoted("$HOME"), std::string("'$HOME'"));  // literal: the app wrote the real path
  }

  void arrayJobForASharedEvaluation() {
    SlurmJob job;
    job.name = "xlqa-eval";
    job.arrayTasks = 16;
    job.command = {"xlqa", "eval", "--teacher", "/models/t", "--out", "/scratch/runs/mlqa"};
    const std::string script = sbatchScript(job);
    QVERIFY(script.rfind("#!/bin/bash\n", 0) == 0);
    QVERIFY(script.find("#SBATCH --array=0-15\n") != std::string::npos);
    QVERIFY(script.find("#SBATCH --nodes") == std::string::npos);
    QVERIFY(script.find("srun xlqa eval --teacher /models/t --out /scratch/runs/mlqa\n") != std::string::npos);
  }

  void distributedTrainingExportsTheRendezvous() {
    SlurmJob job;
    job.distributed = true;
    job.nodes = 4;
    job.tasksPerNode = 2;
    job.command = {"xlqa", "train", "--config", "/home/a b/skd.json"};
    const std::string script = sbatchScript(job);
    QVERIFY(script.find("#SBATCH --nodes=4\n#SBATCH --ntasks-per-node=2\n") != std::string::npos);
    QVERIFY(script.find("export MASTER_ADDR=") != std::string::npos);
    QVERIFY(script.find("export MASTER_PORT=") != std::string::npos);
    QVERIFY(script.find("srun xlqa train --config '/home/a b/skd.json'\n") != std::string::npos);
    job.command.clear();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sbatchScript(job));
  }

  // bash itself reads the script: with srun, scontrol and xlqa stubbed, the command line arrives
  // argument by argument as it was given.
  void bashRunsItWithTheArgumentsGiven() {
    QTemporaryDir dir;
    SlurmJob job;
    job.distributed = true;
    const std::vector<std::string> arguments = {"xlqa", "train", "--config", "a b/c'd \"e\" ü.json", "--out", "$x"};
    job.command = arguments;
    const std::string script = sbatchScript(job);
    writeFileAtomically(dir.filePath("job.sh").toStdString(), script);
    const std::string stub = "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n";
    writeFileAtomically(dir.filePath("srun").toStdString(), stub);
    writeFileAtomically(dir.filePath("scontrol").toStdString(), "#!/bin/sh\necho node1\n");
    QFile::setPermissions(dir.filePath("srun"), QFile::ReadOwner | QFile::ExeOwner);
    QFile::setPermissions(dir.filePath("scontrol"), QFile::ReadOwner | QFile::ExeOwner);
    QProcess bash;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("PATH", dir.path() + ":" + environment.value("PATH"));
    environment.insert("SLURM_CPUS_PER_TASK", "4"), environment.insert("SLURM_JOB_NODELIST", "node[1-4]");
    bash.setProcessEnvironment(environment);
    bash.start("bash", {dir.filePath("job.sh")});
    QVERIFY(bash.waitForFinished(30000));
    QCOMPARE(bash.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(bash.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), qsizetype(arguments.size()));
    for (std::size_t i = 0; i < arguments.size(); ++i)
      QCOMPARE(lines[static_cast<qsizetype>(i)], QString::fromStdString(arguments[i]));
  }
};

QTEST_GUILESS_MAIN(TestSlurmScript)
#include "tst_slurm_script.moc"
