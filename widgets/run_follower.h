#pragma once
// Follows a run that is still being written (the shards of a sharded evaluation, or an
// `xlqa eval` in a terminal): while the open run lacks pairs it watches the run folder and,
// a moment after files change there, reads the run again so that the views fill in as pairs
// finish. It stops once the run is complete or another run is opened.
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace xlqa {

class WorkbenchDocument;
class WorkbenchTasks;

class RunFollower : public QObject {
  Q_OBJECT
 public:
  static constexpr int kSettleMs = 1500;  // files of one pair land within this; one read for all

  RunFollower(WorkbenchDocument* document, WorkbenchTasks* tasks, QObject* parent = nullptr);
  bool isFollowing() const;
  QString followedRun() const { return folder_; }

 private:
  void follow();
  void stop();
  void watchPairsFolder();

  WorkbenchDocument* document_;
  WorkbenchTasks* tasks_;
  QFileSystemWatcher* watcher_;
  QTimer* settle_;
  QString folder_;
};

}  // namespace xlqa
