// A bare QCoreApplication: what any Qt command-line program costs to start.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    return 0;
}
