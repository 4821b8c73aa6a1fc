#include "MainWindow.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace vcv {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Virt Console Viewer"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    setCentralWidget(m_tabs);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

} // namespace vcv
