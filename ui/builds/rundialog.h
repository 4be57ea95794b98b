#pragma once

#include "api/buildclient.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// What to run, as the job's configuration (ShowJobConfig) allows: the job's parameters with
// their defaults (a choice parameter as a list), more parameters by hand, and what to build:
// the job's default, a branch, a tag or a commit. A branch goes to the job's branch parameter
// (ExecuteJob has no branch field), so the Branch choice is prefilled with the job's branch and
// turned off, with the reason, for a job that has none. The configuration is read as the
// dialog opens; until it comes (or when it cannot be read) parameters can be typed by hand.
class RunDialog : public QDialog
{
    Q_OBJECT

public:
    enum RefKind { JobDefault, Branch, Tag, Commit };

    // Reads the job's configuration with `client` (not owned); null: nothing is read.
    RunDialog(BuildClient *client, const QString &jobId, QWidget *parent = nullptr);

    // True once the configuration was read, or could not be.
    bool isLoaded() const { return m_loaded; }
    const JobConfig &config() const { return m_config; }

    // The request as entered: parameters that differ from the job's defaults and those added
    // by hand, the branch in the job's branch parameter, or a tag or a commit. jobId is set.
    RunRequest request() const;
    // The branch asked for, or empty.
    QString branch() const;
    void addParameterRow(const QString &name = {}, const QString &value = {});
    // Sets a parameter's value, adding a row for it when the job does not define it.
    void setParameter(const QString &name, const QString &value);
    // Chooses what to build; an empty value keeps what the choice filled in.
    void setRef(int kind, const QString &value);
    // Whether the Branch choice can be taken, and if not, why.
    bool branchAvailable() const;
    QString branchUnavailableReason() const;

signals:
    void loaded();

private:
    void onConfig(BuildCall *call);
    void showParameters();
    void updateRef();
    QString valueAt(int row) const;

    QString m_jobId;
    QPointer<BuildCall> m_call;
    JobConfig m_config;
    bool m_loaded = false;
    QLabel *m_status;
    QTableWidget *m_parameters;
    QComboBox *m_refKind;
    QLineEdit *m_ref;
    QLabel *m_refNote;
};
