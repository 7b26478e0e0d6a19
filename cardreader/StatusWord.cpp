#include "cardreader/StatusWord.h"

namespace kakanai::card {

StatusWord::Kind StatusWord::kind() const
{
    switch (m_value) {
    case 0x9000:
        return Kind::Success;
    case 0x6282:
        return Kind::WarningEndOfFile;
    case 0x63C0:
        return Kind::PinBlockedCounter;
    case 0x6300:
        return Kind::NoRetryLimit;
    case 0x6700:
        return Kind::WrongLength;
    case 0x6881:
        return Kind::LogicalChannelNotSupported;
    case 0x6882:
        return Kind::SecureMessagingNotSupported;
    case 0x6982:
        return Kind::SecurityStatusNotSatisfied;
    case 0x6983:
        return Kind::AuthMethodBlocked;
    case 0x6984:
        return Kind::ReferenceDataBlocked;
    case 0x6985:
        return Kind::ConditionsNotSatisfied;
    case 0x6986:
        return Kind::CommandNotAllowed;
    case 0x69FC:
        return Kind::SecureMessagingDataMissing;
    case 0x6A80:
        return Kind::IncorrectData;
    case 0x6A81:
        return Kind::FunctionNotSupported;
    case 0x6A82:
        return Kind::FileNotFound;
    case 0x6A83:
        return Kind::RecordNotFound;
    case 0x6A86:
        return Kind::IncorrectP1P2;
    case 0x6A88:
        return Kind::ReferencedDataNotFound;
    case 0x6B00:
        return Kind::WrongP1P2Offset;
    case 0x6D00:
        return Kind::InsNotSupported;
    case 0x6E00:
        return Kind::ClaNotSupported;
    case 0x6F00:
        return Kind::SelfDiagnosisFailure;
    case 0x66F1:
        return Kind::SecurityEnvironmentFaulty;
    default:
        break;
    }
    if ((m_value & 0xFFF0) == 0x63C0) {
        return Kind::PinTriesLeft;
    }
    if (sw1() == 0x6C) {
        return Kind::WrongLe;
    }
    if (sw1() == 0x61) {
        return Kind::BytesAvailable;
    }
    return Kind::Other;
}

QString StatusWord::toString() const
{
    return QStringLiteral("%1").arg(m_value, 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace kakanai::card
