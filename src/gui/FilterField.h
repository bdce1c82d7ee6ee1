#pragma once

#include <QLineEdit>

namespace tma {

// The search box over a model list: on a big server nobody scrolls through thousands of names.
// A placeholder that says what it does, a clear button, and text that filters as it is typed.
class FilterField : public QLineEdit
{
    Q_OBJECT
public:
    explicit FilterField(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
};

} // namespace tma
