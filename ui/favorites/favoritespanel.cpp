#include "favorites/favoritespanel.h"

#include "widgets/contrast.h"
#include "widgets/drawnicon.h"
#include "history/favoritesmodel.h"
#include "job/statusbadge.h"
#include "widgets/wrappinglabel.h"

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
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QApplication>
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

StatusBadge::Tone toneOf(JobState state)
{
    switch (state) {
    case JobState::Success: return StatusBadge::Tone::Success;
    case JobState::Failed: return StatusBadge::Tone::Failure;
    case JobState::Running: return StatusBadge::Tone::Running;
    default: return StatusBadge::Tone::Neutral;
    }
}

// One favorite in two lines: the name and the health score above; the state badge and "last
// build N minutes ago" below. Painted from the model's roles: no widget per row.
class BoardDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kPadding = 4;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int line = option.fontMetrics.height();
        size.setHeight(2 * line + 3 * kPadding + 2);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        const QColor rowColor = option.palette.color(selected ? QPalette::Highlight : QPalette::Base);
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor dim = Contrast::secondaryText(text, rowColor);
        const QFontMetrics metrics = option.fontMetrics;
        const QRect box = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const int line = metrics.height();

        // First line: the name, and the health score at the right.
        const QVariant health = index.data(FavoritesModel::HealthRole);
        const QString healthText = health.isValid() ? FavoritesPanel::tr("Health %1").arg(health.toInt()) : QString();
        const int healthWidth = healthText.isEmpty() ? 0 : metrics.horizontalAdvance(healthText) + kPadding;
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QRect nameBox(box.left(), box.top(), box.width() - healthWidth, line);
        painter->drawText(nameBox, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, nameBox.width()));
        painter->setFont(option.font);
        if (!healthText.isEmpty()) {
            painter->setPen(dim);
            painter->drawText(QRect(box.right() - healthWidth + kPadding, box.top(), healthWidth, line),
                              Qt::AlignRight | Qt::AlignVCenter, healthText);
        }

        // Second line: the badge (a pill in the state's colour, white text), then the time.
        const auto state = JobState(index.data(FavoritesModel::StateRole).toInt());
        const bool unreachable = !index.data(FavoritesModel::UnreachableRole).toString().isEmpty();
        const QString badge = index.data(FavoritesModel::BadgeTextRole).toString();
        const int top = box.top() + line + kPadding;
        const int badgeWidth = std::min(metrics.horizontalAdvance(badge) + 2 * kPadding + 4, box.width());
        const QRect pill(box.left(), top, badgeWidth, line + 2);
        const QColor fill = StatusBadge::fillColor(unreachable ? StatusBadge::Tone::Neutral : toneOf(state));
        StatusBadge::paintPill(painter, pill, fill, metrics.elidedText(badge, Qt::ElideRight, pill.width() - 2 * kPadding),
                               rowColor);

        QString detail = index.data(FavoritesModel::LastBuildTextRole).toString();
        if (index.data(FavoritesModel::MutedRole).toBool())
            detail = detail.isEmpty() ? FavoritesPanel::tr("muted") : FavoritesPanel::tr("%1 · muted").arg(detail);
        const QRect detailBox(pill.right() + 2 * kPadding, top, box.right() - pill.right() - 2 * kPadding, line + 2);
        if (!detail.isEmpty() && detailBox.width() > 0) {
            painter->setPen(dim);
            painter->drawText(detailBox, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(detail, Qt::ElideRight, detailBox.width()));
        }
        painter->restore();
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        // The alias is edited on the name's line.
        const int line = option.fontMetrics.height() + 2 * kPadding;
        editor->setGeometry(QRect(option.rect.left(), option.rect.top(), option.rect.width(), line));
    }
};

// Failed first, then running, then the rest; the user's order within each.
class AttentionOrder final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int a = left.data(FavoritesModel::AttentionRole).toInt();
        const int b = right.data(FavoritesModel::AttentionRole).toInt();
        return a != b ? a < b : left.row() < right.row();
    }
};

} // namespace

QIcon FavoritesPanel::arrowIcon(const QColor &color, bool up)
{
    const QString key = QStringLiteral("arrow/%1/%2").arg(color.rgba(), 0, 16).arg(up);
    return DrawnIcon::create(key, [color, up](QPainter &painter) {
        painter.setPen(QPen(color, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (!up) {   // the same arrow, upside down
            painter.translate(0, 64);
            painter.scale(1, -1);
        }
        painter.drawLine(QPointF(32, 54), QPointF(32, 12));
        painter.drawPolyline(QList<QPointF>{{14, 30}, {32, 12}, {50, 30}});
    });
}

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
    // The sidebar's tabs name it: no title bar of its own.
    setTitleBarWidget(new QWidget(this));
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
    m_view->setItemDelegateForColumn(FavoritesModel::NameColumn, new BoardDelegate(m_view));
    m_view->setHeaderHidden(true);   // one column, painted as the board
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
    // The board's delegate paints the state, health and last build in the name's column; the
    // service's own flag is in each row's tooltip.
    for (int column = FavoritesModel::RunningColumn; column < FavoritesModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);

    auto *toolBar = new QToolBar(content);
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("favoritesToolBar"));
    toolBar->setIconSize(QSize(16, 16));
    // Text buttons, but the moves as arrows: with their icons all of them fit a narrow sidebar.
    // (A button whose action has no icon shows its text.)
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_noticeLabel = new WrappingLabel(content);
    m_noticeLabel->setObjectName(QStringLiteral("boardNotice"));
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setFrameShape(QFrame::StyledPanel);
    m_noticeLabel->setMargin(4);
    m_noticeLabel->setAutoFillBackground(true);
    m_noticeLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_noticeLabel->setForegroundRole(QPalette::ToolTipText);
    m_noticeLabel->setText(m_boardNotice);
    m_noticeLabel->setVisible(!m_boardNotice.isEmpty());
    // Without favorites the list would be an empty white box: say what belongs in it.
    m_emptyHint = new WrappingLabel(tr("No favorites yet: find a job with Ctrl+K, open one of the Demo jobs or add "
                                       "your account (Manage Profiles), then Star Job."),
                                    content);
    m_emptyHint->setObjectName(QStringLiteral("favoritesEmptyHint"));
    m_emptyHint->setMargin(4);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(toolBar);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_view);
    const auto showHintWhenEmpty = [this] { m_emptyHint->setVisible(m_model->rowCount() == 0); };
    showHintWhenEmpty();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, showHintWhenEmpty);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, showHintWhenEmpty);
    connect(m_model, &QAbstractItemModel::modelReset, this, showHintWhenEmpty);
    setWidget(content);

    setUpActions();
    // Watching's actions first: on a narrow sidebar, the last ones go into the "»" menu.
    if (!m_boardActions.isEmpty()) {
        toolBar->addActions(m_boardActions);
        toolBar->addSeparator();
        m_view->addActions(m_boardActions);
    }
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
    // The mute action shows the current job's state.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FavoritesPanel::updateActions);
    applyOrder();
}

void FavoritesPanel::setAttentionFirst(bool on)
{
    if (m_attentionFirst == on)
        return;
    m_attentionFirst = on;
    if (isBuilt())
        applyOrder();
}

void FavoritesPanel::applyOrder()
{
    const QString selected = selectedJobId();
    if (m_attentionFirst && !m_attentionOrder) {
        m_attentionOrder = new AttentionOrder(this);
        m_attentionOrder->setSourceModel(m_model);
        m_attentionOrder->setSortRole(FavoritesModel::AttentionRole);
        m_attentionOrder->setDynamicSortFilter(true);
        m_attentionOrder->sort(0);
    }
    QAbstractItemModel *shown = m_attentionFirst ? static_cast<QAbstractItemModel *>(m_attentionOrder) : m_model;
    if (m_view->model() != shown)
        m_view->setModel(shown);
    // The user's order is the one moves change: no moving while another order is shown.
    m_view->setDragDropMode(m_attentionFirst ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FavoritesPanel::updateActions,
            Qt::UniqueConnection);
    if (!selected.isEmpty())
        selectJob(selected);
    updateActions();
}

QModelIndex FavoritesPanel::viewIndex(int row) const
{
    const QModelIndex index = m_model->index(row, 0);
    return m_view && m_view->model() == m_attentionOrder && m_attentionOrder ? m_attentionOrder->mapFromSource(index)
                                                                             : index;
}

QStringList FavoritesPanel::shownOrder()
{
    QStringList ids;
    QAbstractItemModel *shown = view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        ids << shown->index(row, 0).data(FavoritesModel::JobIdRole).toString();
    return ids;
}

void FavoritesPanel::setBoardNotice(const QString &text)
{
    m_boardNotice = text;
    if (m_noticeLabel) {
        m_noticeLabel->setText(text);
        m_noticeLabel->setVisible(!text.isEmpty());
    }
}

void FavoritesPanel::addBoardActions(const QList<QAction *> &actions)
{
    m_boardActions += actions;
    if (isBuilt()) {
        QAction *first = m_toolBar->actions().value(0);
        m_toolBar->insertActions(first, actions);
        m_toolBar->insertSeparator(first);
        m_view->addActions(actions);
    }
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
    // Drawn: the style's arrows load a set of pictures each, about 2.5 M instructions of the
    // window's start-up apiece.
    m_moveUpAction->setIcon(arrowIcon(palette().color(QPalette::ButtonText), true));
    m_moveUpAction->setToolTip(tr("Move the selected favorite up (Ctrl+Up, or drag it)"));
    m_moveDownAction->setIcon(arrowIcon(palette().color(QPalette::ButtonText), false));
    m_moveDownAction->setToolTip(tr("Move the selected favorite down (Ctrl+Down, or drag it)"));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveSelected(+1); });
    connect(m_editAction, &QAction::triggered, this, &FavoritesPanel::editSelected);
    connect(m_removeAction, &QAction::triggered, this, &FavoritesPanel::removeSelected);
    // In the context menu only: muting is about one job, seldom used.
    m_muteAction = new QAction(tr("Mute Notifications"), this);
    m_muteAction->setObjectName(QStringLiteral("favoriteMuteAction"));
    m_muteAction->setCheckable(true);
    m_muteAction->setToolTip(tr("No desktop notifications for this job; the board still shows it"));
    m_view->addAction(m_muteAction);
    connect(m_muteAction, &QAction::triggered, this, [this](bool muted) {
        const QString jobId = selectedJobId();
        if (!jobId.isEmpty())
            emit muteRequested(jobId, muted);
    });
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
    if (!current.isValid())
        return -1;
    if (current.model() == m_attentionOrder)
        return m_attentionOrder->mapToSource(current).row();
    return current.row();
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
        view()->setCurrentIndex(viewIndex(row));
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
    if (row >= 0 && !m_attentionFirst && m_model->move(row, delta))
        m_view->setCurrentIndex(viewIndex(row + delta));
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
    m_moveUpAction->setEnabled(row > 0 && !m_attentionFirst);
    m_moveDownAction->setEnabled(row >= 0 && row < m_model->rowCount() - 1 && !m_attentionFirst);
    m_editAction->setEnabled(row >= 0);
    m_removeAction->setEnabled(row >= 0);
    m_muteAction->setEnabled(row >= 0);
    m_muteAction->setChecked(row >= 0 && m_model->index(row, 0).data(FavoritesModel::MutedRole).toBool());
}
