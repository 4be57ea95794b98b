#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

// What the window does at start-up.
namespace StartPreferences {
// Fetch the job of the last session when the window starts (off: its ID waits in the field).
inline constexpr const char *kFetchLastJob = "window/fetchLastJobOnStart";
} // namespace StartPreferences

// Settings > Preferences: fetching the last job at start-up, how often the favorites are polled
// (running jobs, the rest) and which of their builds are notified. OK and Apply save them to the
// settings and say applied(), on which the window applies them at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void save();
    void accept() override;

    QCheckBox *fetchLastJobBox() const { return m_fetchLastJob; }
    QSpinBox *runningIntervalSpin() const { return m_runningInterval; }
    QSpinBox *idleIntervalSpin() const { return m_idleInterval; }
    // failed, fixed, still failing, started, aborted
    QList<QCheckBox *> notifyBoxes() const;

signals:
    void applied();

private:
    void load();
    QSpinBox *secondsSpin(const char *objectName, int minimum, int maximum);
    QCheckBox *notifyBox(const QString &text, const char *objectName, const QString &toolTip);

    QCheckBox *m_fetchLastJob;
    QSpinBox *m_runningInterval;
    QSpinBox *m_idleInterval;
    QCheckBox *m_notifyFailed;
    QCheckBox *m_notifyFixed;
    QCheckBox *m_notifyStillFailing;
    QCheckBox *m_notifyStarted;
    QCheckBox *m_notifyAborted;
};
