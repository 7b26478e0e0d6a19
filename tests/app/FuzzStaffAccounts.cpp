// Fuzz target: the staff accounts file (kiosk/staff_accounts). A city edits it by hand; any content must give
// accounts and problems, never a crash. Every account parsed must also be found by its id.
#include "app/core/StaffAccounts.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace kakanai::kiosk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<kakanai::ConfigProblem> problems;
    const StaffAccounts accounts = StaffAccounts::parse(text, &problems);
    // Every line is either an account or a problem (or a comment / blank): an account's id is a valid id.
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray id = line.trimmed().split(' ').value(0);
        if (const StaffAccount *a = accounts.find(QString::fromUtf8(id))) {
            if (!StaffAccounts::isValidId(a->id) || a->iterations < StaffAccounts::MinIterations) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
