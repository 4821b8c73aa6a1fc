#pragma once

#include <QMainWindow>

class QTabWidget;

namespace vcv {

/// The application window: domain tree on the left, one tab per open console on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace vcv
