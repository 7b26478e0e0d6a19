#pragma once

#include "outbox/BackofficeError.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace kakanai::backoffice {

class Outbox;

// What a key rotation did.
struct RotationReport
{
    quint8 currentKey = 0;  // the id every record is sealed under now
    int resealed = 0;       // records re-encrypted by this run
    int batches = 0;        // transactions committed by this run
    QList<quint8> retired;  // ids this run retired (empty when a previous run already had)
    QMap<int, int> records; // key id → records, after the run (the current key only, once complete)
    bool complete = false;  // every record under the current key, the others retired, the WAL emptied
};

// `kakanai-outbox rotate-key`: re-encrypts every record of an outbox (waiting and set aside alike) that is not
// sealed under the current key of the outbox's key ring, in batches of one write transaction each, then retires
// every other key of the outbox once no record uses it, and checkpoints the WAL with TRUNCATE (secure_delete is on),
// so that no record sealed under a retired key remains in the database, its WAL or a journal.
//
// It can be interrupted anywhere (kill -9, power cut): each batch is committed whole or not at all, a record is
// always under one key or the other, and running it again resumes where it stopped. The kiosk may run meanwhile:
// the batches and the kiosk's writes take SQLite's write lock in turn (a batch holds it for milliseconds), and a
// record the kiosk seals during the rotation is re-encrypted too, unless it is already under the new key.
class KeyRotation
{
public:
    struct Options
    {
        int batchSize = 50;
        // Called after each committed batch with the records re-encrypted so far (tests, progress output).
        std::function<void(int resealed)> afterBatch;
        // Stop after this many batches without retiring anything (0: no limit): a rotation spread over several
        // runs, as an interrupted one is. The report then says complete = false.
        int maxBatches = 0;
    };

    // KeyMissing when records are sealed under a key the ring lacks (they stay; nothing is retired), Tampered when
    // a record does not authenticate under its key (discard it first: `kakanai-outbox discard ID`), OutboxIo when
    // the checkpoint cannot finish (a reader held the WAL: run it again).
    static Result<RotationReport> run(Outbox &outbox, const Options &options);
    static Result<RotationReport> run(Outbox &outbox) { return run(outbox, Options{}); }

    // Records per key id (the second byte of each record).
    static Result<QMap<int, int>> recordsPerKey(const Outbox &outbox);
};

} // namespace kakanai::backoffice
