#pragma once
// Drives a QPushButton's menu the way a person does. The button shows its menu with QMenu::exec(), a nested event
// loop, so the keys for the menu are sent from a timer that waits for the menu to pop up.
#include <QApplication>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace fw::test {

/// Calls @p open (which should pop a menu up: a click or a mnemonic key), then types @p key in the menu once it is
/// shown. Returns false when no menu appeared after three tries of two seconds each.
inline bool typeInMenu(const std::function<void()> &open, Qt::Key key)
{
    bool typed = false;
    QTimer timer;
    timer.setInterval(20);
    int ticks = 0;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu && menu->isVisible()) {
            timer.stop();
            typed = true;
            QTest::keyClick(menu, key);
            // A key that chose nothing leaves the menu open; close it so that exec() returns.
            if (menu->isVisible())
                menu->close();
        } else if (++ticks > 100) {
            timer.stop();
        }
    });
    // A button opened by its mnemonic starts its 100 ms click animation only after its menu closed; until it ends,
    // the mnemonic does not open the menu again. On a loaded machine the animation can outlast any fixed wait, so a
    // press that opened nothing is repeated (three tries, two seconds each).
    for (int attempt = 0; attempt < 3 && !typed; ++attempt) {
        ticks = 0;
        timer.start();
        open();
        for (int i = 0; i < 100 && timer.isActive(); ++i)
            QTest::qWait(20);
        timer.stop();
    }
    QTest::qWait(150);
    return typed;
}

} // namespace fw::test
