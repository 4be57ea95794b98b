#pragma once

#include "widgets/lazydock.h"
#include <QElapsedTimer>
#include <QIcon>

class FavoritesModel;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QToolBar;
class QTreeView;

// The favorites of the current profile, in the window's sidebar: a click selects one, a double-click or Enter opens it, F2
// edits its alias in place, drag and drop or actions move it, and actions edit (alias and
// note) and remove it.
//
// It is also the live board of watching: each row is painted by a delegate from the model's
// live roles (name, state badge, health, "last build N minutes ago"), with no widget per row.
// "Attention first" shows failed and running jobs above the rest through a sorting proxy; the
// user's own order (and moving, by drag or action) comes back when it is off.
class FavoritesPanel : public LazyDock
{
    Q_OBJECT

public:
    FavoritesPanel(FavoritesModel *model, QWidget *parent = nullptr);

    QTreeView *view();   // builds the panel's widgets if it was never opened
    void selectJob(const QString &jobId);
    QString selectedJobId() const;

    // A five-pointed star in `color`, filled or outlined (see DrawnIcon).
    static QIcon starIcon(const QColor &color, bool filled);
    // An arrow up or down in `color`, for moving a favorite.
    static QIcon arrowIcon(const QColor &color, bool up);

    // The board's order: failed, then running, then the rest (each in the user's order).
    void setAttentionFirst(bool on);
    bool attentionFirst() const { return m_attentionFirst; }
    // A line above the list about all the jobs (offline, paused, sign in again); empty hides it.
    void setBoardNotice(const QString &text);
    QString boardNotice() const { return m_boardNotice; }
    // Puts watching's actions (Refresh now, Attention first) in the toolbar and context menu.
    void addBoardActions(const QList<QAction *> &actions);
    // The job IDs from top to bottom as the list shows them.
    QStringList shownOrder();

signals:
    void openRequested(const QString &jobId);
    void muteRequested(const QString &jobId, bool muted);

private:
    void buildContent() override;
    QAction *addPanelAction(const QString &text, const QString &objectName, const QKeySequence &key);
    void setUpActions();
    void openIndex(const QModelIndex &index);
    int selectedRow() const;
    QModelIndex viewIndex(int row) const;   // the model's row as the view's index
    void applyOrder();
    void followCurrent();
    void moveSelected(int delta);
    void editSelected();
    void removeSelected();
    void updateActions();

    FavoritesModel *m_model;
    QTreeView *m_view = nullptr;   // built with the rest of the panel's widgets
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_muteAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_emptyHint = nullptr;   // shown while there are no favorites
    QSortFilterProxyModel *m_attentionOrder = nullptr;
    QList<QAction *> m_boardActions;
    QString m_boardNotice;
    bool m_attentionFirst = false;
    QString m_selectedBeforeReset;   // the selection across a reload of the model
    QString m_lastOpened;            // a double-click is also a click: open once
    QElapsedTimer m_lastOpenedClock;
};
