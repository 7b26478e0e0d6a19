#pragma once

#include <QLocale>

namespace kakanai::platform {

// Installs Qt's own translations (qtbase: the standard buttons, message and file dialogs, input hints) for
// `locale` from the Qt installation (on Debian the package qt6-translations-l10n), so that the few texts Qt draws
// itself match the program's language. The translator belongs to the application object. Returns false when no
// catalogue for the locale is installed (Qt's English texts stay).
bool installQtTranslations(const QLocale &locale);

} // namespace kakanai::platform
