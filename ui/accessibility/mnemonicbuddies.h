#pragma once

class QLabel;
class QWidget;

namespace Hubstate::Ui {

// A label whose text carries a mnemonic ("WebDAV &password:") shows the '&' itself unless it
// has a buddy. QFormLayout gives a row's label its field as buddy only when the field is a
// widget; when it is a layout (a field beside its button) the label showed "WebDAV
// &password:". This gives such labels, in forms and in rows of a box layout, the first
// control that follows them, so that the mnemonic works and no '&' is shown.
class MnemonicBuddies
{
public:
    // Every label under `root`; returns how many got a buddy.
    static int assign(QWidget *root);
    // True when `label` would show a literal '&' (a mnemonic without a buddy).
    static bool showsAmpersand(const QLabel *label);
};

} // namespace Hubstate::Ui
