#include "widgets/run_follower.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

#include "widgets/workbench_document.h"
#include "widgets/workbench_tasks.h"

namespace xlqa {

RunFollower::RunFollower(WorkbenchDocument* document, WorkbenchTasks* tasks, QObject* parent)
    : QObject(parent),
      document_(document),
      tasks_(tasks),
      watcher_(new QFileSystemWatcher(this)),
      settle_(new QTimer(this)) {
  settle_->setSingleShot(true);
  settle_->setInterval(kSettleMs);
  connect(settle_, &QTimer::timeout, tasks_, &WorkbenchTasks::refreshRun);
  connect(watcher_, &QFileSystemWatcher::directoryChanged, this, [this] {
    watchPairsFolder();
    settle_->start();
  });
  connect(watcher_, &QFileSystemWatcher::fileChanged, settle_, qOverload<>(&QTimer::start));
  connect(document_, &WorkbenchDocument::runChanged, this, &RunFollower::follow);
}

bool RunFollower::isFollowing() const { return !folder_.isEmpty(); }

void RunFollower::follow() {
  const auto& run = document_->run();
  const bool incomplete = run && run->pairs.size() < run->manifest.pairs.size();
  if (!incomplete) return stop();
  if (folder_ == run->directory) return;  // a refresh of the run followed already
  stop();
  folder_ = run->directory;
  // The pairs folder changes as records land, the manifest when the run is marked complete, and
  // the run folder when its pairs folder first appears (opening a run never writes into it).
  watcher_->addPaths({folder_, QDir(folder_).filePath(QStringLiteral("manifest.json"))});
  watchPairsFolder();
}

void RunFollower::watchPairsFolder() {
  const QString pairs = QDir(folder_).filePath(QStringLiteral("pairs"));
  if (QDir(pairs).exists() && !watcher_->directories().contains(pairs)) watcher_->addPath(pairs);
}

void RunFollower::stop() {
  settle_->stop();
  if (!watcher_->files().isEmpty()) watcher_->removePaths(watcher_->files());
  if (!watcher_->directories().isEmpty()) watcher_->removePaths(watcher_->directories());
  folder_.clear();
}

}  // namespace xlqa
