#pragma once

#include <QString>

class QAction;
class QLineEdit;

// Masked secret fields: an eye action at the end of the field, or Ctrl+Shift+H in the field, shows or
// hides the text.
namespace SecretField {

// Sets the field to Password echo and adds the toggle; `what` names the secret ("password").
QAction *addRevealToggle(QLineEdit *edit, const QString &what);

} // namespace SecretField
