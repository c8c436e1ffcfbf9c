// The allocator's two patterns, observed through glibc's own statistics: inference keeps tensors
// in the heap (no mappings, nothing trimmed), training maps every block of 1 MiB or more.
#include <malloc.h>

#include <QtTest>

#include <cstdlib>
#include <memory>

#include "core/system/process_memory.h"

namespace {

struct Block {
  explicit Block(std::size_t bytes) : data(static_cast<char*>(std::malloc(bytes))) {
    for (std::size_t i = 0; i < bytes; i += 4096) data[i] = 1;  // touched, as a tensor is
  }
  ~Block() { std::free(data); }
  char* data;
};

std::size_t mappedBlocks() { return mallinfo2().hblks; }

}  // namespace

class ProcessMemoryTest : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    if (std::getenv("GLIBC_TUNABLES")) QSKIP("GLIBC_TUNABLES is set: the user's settings win over ours");
#ifdef XLQA_SANITIZED
    QSKIP("a sanitizer's allocator stands in for glibc's malloc, whose settings this test checks");
#endif
    xlqa::configureAllocator();
  }

  void inferenceKeepsLargeTensorsInTheHeap() {
    const std::size_t before = mappedBlocks();
    {
      const Block activation(64u << 20);
      QCOMPARE(mappedBlocks(), before);
    }
    // Freed, the 64 MiB stay in the heap for the next batch instead of going back to the system.
    QVERIFY(mallinfo2().fordblks >= (64u << 20));
  }

  void trainingMapsEveryMebibyteAndRestoresInference() {
    const std::size_t before = mappedBlocks();
    {
      const xlqa::TrainingAllocation training;
      {
        const xlqa::TrainingAllocation nested;
        const Block gradient(2u << 20);
        QCOMPARE(mappedBlocks(), before + 1);
      }
      const Block activation(2u << 20);  // the outer pattern still holds
      QCOMPARE(mappedBlocks(), before + 1);
    }
    const Block activation(2u << 20);
    QCOMPARE(mappedBlocks(), before);
  }
};

QTEST_APPLESS_MAIN(ProcessMemoryTest)
#include "tst_process_memory.moc"
