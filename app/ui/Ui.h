#pragma once

#include <QLabel>
#include <QPushButton>
#include <QString>

class QLayout;
class QWidget;

// Small helpers shared by the screens: roles for the style sheet, accessible names, and scrubbing a widget tree of
// every text it shows before it goes (the session's wipe).
namespace kakanai::kiosk::ui {

// Sets the style-sheet role ("title", "primary" ...) and re-polishes.
void setRole(QWidget *widget, const char *role);
void setFlag(QWidget *widget, const char *property, bool on); // re-polishes after a dynamic property change

// Texts may hold ruby markup (forms/RubyText.h; やさしい日本語 writes official terms as 「{住民票|じゅうみんひょう}」):
// the labels and buttons made here show it as ruby (RubyLabel, RubyButton), any other widget and every accessible
// name gets the base text. Text that does not go through these helpers takes ui::plain().
QLabel *label(const char *role, QWidget *parent = nullptr, const QString &text = {});
// A button whose accessible name follows its text (setText keeps them together through ui::setText).
QPushButton *button(const char *role, QWidget *parent = nullptr, const QString &text = {});
void setText(QPushButton *button, const QString &text, const QString &accessibleDescription = {});
void setText(QLabel *label, const QString &text);
// The text without ruby markup (for a window title, a tool tip, a log line, a widget that paints its own text).
QString plain(const QString &text);

// Removes every text from the tree: labels, buttons, line edits, accessible names and descriptions, tool tips and
// item models. Called on the session's aboutToWipe, so that no widget keeps a resident's data (and the session is
// the last owner of each string buffer, which it then overwrites).
void scrub(QWidget *root);

// Deletes every item of a layout and the widgets in it (scrubbed first).
void clearLayout(QLayout *layout);

} // namespace kakanai::kiosk::ui
