#include "builds/buildsaccessibility.h"

#include "builds/buildspanel.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QPointer>

namespace {

// One step of the timeline: not a widget, so an interface of its own, reading the step it
// stands for from the timeline each time (the timeline's steps change with the build shown).
class StepAccessible : public QAccessibleInterface
{
public:
    StepAccessible(StepTimeline *timeline, int index) : m_timeline(timeline), m_index(index) {}

    bool isValid() const override { return m_timeline && m_index < m_timeline->steps().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_timeline ? m_timeline->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_timeline); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid() || t != QAccessible::Name)
            return {};
        return StepTimeline::spokenStep(m_timeline->steps().at(m_index));
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect row = m_timeline->stepRect(m_index);
        return {m_timeline->mapToGlobal(row.topLeft()), row.size()};
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        state.invisible = !isValid() || !m_timeline->isVisible();
        return state;
    }

private:
    QPointer<StepTimeline> m_timeline;
    int m_index;
};

// The timeline as a list of its steps. The steps' interfaces are made when first asked for,
// one per row index, and live as long as the timeline's.
class StepTimelineAccessible : public QAccessibleWidget
{
public:
    explicit StepTimelineAccessible(StepTimeline *timeline) : QAccessibleWidget(timeline, QAccessible::List) {}

    ~StepTimelineAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_stepIds))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return int(timeline()->steps().size()); }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        while (m_stepIds.size() <= index)
            m_stepIds.append(QAccessible::registerAccessibleInterface(
                new StepAccessible(timeline(), int(m_stepIds.size()))));
        return QAccessible::accessibleInterface(m_stepIds.at(index));
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
        const qsizetype index = m_stepIds.indexOf(id);
        return index < childCount() ? int(index) : -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            if (QAccessibleInterface *step = child(i); step->rect().contains(x, y))
                return step;
        }
        return nullptr;
    }

private:
    StepTimeline *timeline() const { return static_cast<StepTimeline *>(widget()); }

    mutable QList<QAccessible::Id> m_stepIds;
};

QAccessibleInterface *buildsWidgetInterface(const QString &, QObject *object)
{
    if (auto *timeline = qobject_cast<StepTimeline *>(object))
        return new StepTimelineAccessible(timeline);
    return nullptr;
}

} // namespace

namespace BuildsAccessibility {

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(buildsWidgetInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

QString durationsSummary(const QList<BuildRecord> &records, qint64 sinceMs)
{
    const BuildSummary summary = BuildSummary::of(records, sinceMs);
    int failed = 0;
    for (const BuildRecord &record : records) {
        if (record.startTimeMs && *record.startTimeMs >= sinceMs
            && (record.result == u"failure" || record.result == u"timeout"))
            ++failed;
    }
    if (!summary.medianDurationMs)
        return QCoreApplication::translate("BuildsAccessibility", "%n builds, %1 failed", nullptr, summary.builds)
            .arg(failed);
    return QCoreApplication::translate("BuildsAccessibility", "%n builds, %1 failed, median %2", nullptr, summary.builds)
        .arg(failed)
        .arg(BuildParse::readableDuration(summary.medianDurationMs));
}

} // namespace BuildsAccessibility
