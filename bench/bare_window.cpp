// A bare Qt window, shown and drawn once into a picture: the floor for the GUI's start-up,
// measured the same way as `hubstate --screenshot FILE` (start, show, draw, save, quit).
#include <QApplication>
#include <QLabel>
#include <QScreen>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QLabel window(QStringLiteral("Hubstate"));
    window.resize(1000, 640);
    window.show();
    QApplication::processEvents();
    // As GuiApplication takes it: the picture shown, not painted again.
    const QPixmap shown = window.screen()->grabWindow(window.winId());
    return argc > 1 && shown.save(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
}
