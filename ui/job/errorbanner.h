#pragma once

#include <QFrame>

class ApiError;
class QLabel;
class QToolButton;

// The inline message above the job: what went wrong in bold, what to do about it below, and
// the technical detail (HTTP status, service code, request ID) small and selectable so it can
// be pasted into a support ticket. A failed fetch never opens a modal box. To a screen reader
// it is an alert, announced when it shows (JobAccessibility).
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Severity { Error, Notice };

    explicit ErrorBanner(QWidget *parent = nullptr);

    // A cancelled request is shown as a notice, not as an error: the user asked for it.
    void showError(const ApiError &error);
    void showMessage(Severity severity, const QString &message, const QString &hint = {},
                     const QString &detail = {});
    void clear();
    // Moves the keyboard focus to the message (selectable, so a Tab stop), where a screen
    // reader reads it and the keyboard can copy it. For a failed request; an input refused
    // before sending keeps the focus in the field to correct.
    void takeFocus();

    Severity severity() const { return m_severity; }
    QString message() const;
    QString hint() const;
    QString detail() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor accentColor() const;

    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_hint;
    QLabel *m_detail;
    QToolButton *m_closeButton;
    Severity m_severity = Severity::Error;
};
