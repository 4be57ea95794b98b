#include "favoritespanel.h"

#include "drawnicon.h"
#include "history/favoritesmodel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kDoubleOpenMs = 500;

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF centre = box.center();
    const double outer = box.width() / 2;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double angle = M_PI / 5 * i - M_PI / 2;
        const double radius = i % 2 == 0 ? outer : inner;
        const QPointF point(centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

} // namespace

QIcon FavoritesPanel::starIcon(const QColor &color, bool filled)
{
    const QString key = QStringLiteral("star/%1/%2").arg(color.rgba(), 0, 16).arg(filled);
    return DrawnIcon::create(key, [color, filled](QPainter &painter) {
        painter.setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
        painter.drawPath(starPath(QRectF(4, 5, 56, 56)));
    });
}

FavoritesPanel::FavoritesPanel(FavoritesModel *model, QWidget *parent)
    : LazyDock(tr("Favorites"), parent),
      m_model(model)
{
    setObjectName(QStringLiteral("favoritesDock"));
}

QTreeView *FavoritesPanel::view()
{
    ensureBuilt();
    return m_view;
}

void FavoritesPanel::buildContent()
{
    auto *content = new QWidget(this);
    m_view = new QTreeView(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(2);

    m_view->setObjectName(QStringLiteral("favoritesView"));
    m_view->setAccessibleName(tr("Favorite jobs"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FavoritesModel::NameColumn, QHeaderView::Stretch);
    for (int column = FavoritesModel::RunningColumn; column < FavoritesModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Drag a favorite to reorder the list; the model moves the row and writes the order.
    // InternalMove also turns on dragEnabled and acceptDrops.
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    // The service's own flag is in each row's tooltip; a column for it would crowd the job.
    m_view->setColumnHidden(FavoritesModel::ServiceColumn, true);

    auto *toolBar = new QToolBar(content);
    toolBar->setObjectName(QStringLiteral("favoritesToolBar"));
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    setWidget(content);

    setUpActions();
    toolBar->addActions({m_moveUpAction, m_moveDownAction, m_editAction, m_removeAction});
    // A click selects (so that Move, Edit and Remove work with the mouse, and a drag starts
    // without fetching); a double-click or Enter opens.
    connect(m_view, &QAbstractItemView::activated, this, &FavoritesPanel::openIndex);
    // Each fetch reloads the list: the selection stays on its job.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = selectedJobId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectedBeforeReset.isEmpty())
            selectJob(m_selectedBeforeReset);
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &FavoritesPanel::followCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FavoritesPanel::updateActions);
    updateActions();
}

QAction *FavoritesPanel::addPanelAction(const QString &text, const QString &objectName,
                                        const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    // Only while the list has focus: Ctrl+Up elsewhere belongs to other widgets.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    return action;
}

void FavoritesPanel::setUpActions()
{
    m_moveUpAction = addPanelAction(tr("Move Up"), QStringLiteral("favoriteMoveUpAction"),
                                    QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDownAction = addPanelAction(tr("Move Down"), QStringLiteral("favoriteMoveDownAction"),
                                      QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_editAction = addPanelAction(tr("Edit…"), QStringLiteral("favoriteEditAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setToolTip(tr("Edit the alias and note (F2 edits the alias in place)"));
    m_removeAction = addPanelAction(tr("Remove"), QStringLiteral("favoriteRemoveAction"),
                                    QKeySequence(QKeySequence::Delete));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveSelected(+1); });
    connect(m_editAction, &QAction::triggered, this, &FavoritesPanel::editSelected);
    connect(m_removeAction, &QAction::triggered, this, &FavoritesPanel::removeSelected);
}

void FavoritesPanel::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString jobId = index.data(FavoritesModel::JobIdRole).toString();
    if (jobId == m_lastOpened && m_lastOpenedClock.isValid() && m_lastOpenedClock.elapsed() < kDoubleOpenMs)
        return;
    m_lastOpened = jobId;
    m_lastOpenedClock.start();
    emit openRequested(jobId);
}

int FavoritesPanel::selectedRow() const
{
    if (!isBuilt())
        return -1;
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString FavoritesPanel::selectedJobId() const
{
    const int row = selectedRow();
    return row >= 0 ? m_model->favorite(row).jobId : QString();
}

void FavoritesPanel::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row >= 0)
        view()->setCurrentIndex(m_model->index(row, 0));
}

// The selection moves with its row; after a drag the row may have landed out of sight.
void FavoritesPanel::followCurrent()
{
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
    updateActions();
}

void FavoritesPanel::moveSelected(int delta)
{
    const int row = selectedRow();
    if (row >= 0 && m_model->move(row, delta))
        m_view->setCurrentIndex(m_model->index(row + delta, 0));
}

void FavoritesPanel::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Favorite favorite = m_model->favorite(row);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("favoriteEditDialog"));
    dialog.setWindowTitle(tr("Edit Favorite"));
    auto *form = new QFormLayout(&dialog);
    auto *alias = new QLineEdit(favorite.alias, &dialog);
    alias->setObjectName(QStringLiteral("aliasEdit"));
    alias->setPlaceholderText(favorite.jobName.isEmpty() ? favorite.jobId : favorite.jobName);
    alias->setAccessibleName(tr("Alias"));
    auto *note = new QPlainTextEdit(favorite.note, &dialog);
    note->setObjectName(QStringLiteral("noteEdit"));
    note->setAccessibleName(tr("Note"));
    note->setTabChangesFocus(true);
    form->addRow(tr("&Alias:"), alias);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        m_model->setAliasAndNote(row, alias->text(), note->toPlainText());
}

void FavoritesPanel::removeSelected()
{
    const QString jobId = selectedJobId();
    if (!jobId.isEmpty())
        m_model->remove(jobId);
}

void FavoritesPanel::updateActions()
{
    const int row = selectedRow();
    m_moveUpAction->setEnabled(row > 0);
    m_moveDownAction->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    m_editAction->setEnabled(row >= 0);
    m_removeAction->setEnabled(row >= 0);
}
