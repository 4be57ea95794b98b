// History snapshots: a stored snapshot (whatever a damaged or old database holds) read back as
// a job, bounded again as the history stores it, and compared with another one.
#include "history/boundedsnapshot.h"
#include "history/historystore.h"
#include "history/snapshotdiff.h"

#include "fuzzinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    HistoryEntry before;
    before.snapshot = input.part();
    HistoryEntry after;
    after.snapshot = input.rest();
    const JobInfo first = before.job();
    const JobInfo second = after.job();
    const QByteArray stored = BoundedSnapshot::toJson(second);
    if (stored.size() > 256 * 1024)
        __builtin_trap(); // the bound holds whatever came in
    for (const FieldChange &change : SnapshotDiff::compare(first, second))
        (void)SnapshotDiff::valueText(change.field, QJsonValue(change.after));
    return 0;
}
