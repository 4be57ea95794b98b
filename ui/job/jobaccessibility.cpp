#include "job/jobaccessibility.h"

#include "job/errorbanner.h"
#include "job/healthgauge.h"
#include "job/permissionmark.h"
#include "job/statusbadge.h"

#include <QAccessibleWidget>
#include <QCoreApplication>

namespace {

// The description is the widget's own, in plain text: Qt's default would fall back on the
// tooltip, which may be rich text (PlainText::toolTip) and would be read out tag by tag.
class PlainDescribedWidget : public QAccessibleWidget
{
public:
    using QAccessibleWidget::QAccessibleWidget;

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Description)
            return widget()->accessibleDescription();
        return QAccessibleWidget::text(t);
    }
};

// "Health score 90, good": the number and its band in the name, the score as a value 0-100.
class HealthGaugeAccessible : public PlainDescribedWidget, public QAccessibleValueInterface
{
public:
    explicit HealthGaugeAccessible(HealthGauge *gauge) : PlainDescribedWidget(gauge, QAccessible::Indicator) {}

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return PlainDescribedWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return inRange() ? HealthGauge::tr("%1 %2, %3").arg(widget()->accessibleName(), gauge()->text(), gauge()->bandName())
                             : HealthGauge::tr("%1: %2").arg(widget()->accessibleName(), widget()->accessibleDescription());
        if (t == QAccessible::Value)
            return gauge()->text();
        return PlainDescribedWidget::text(t);
    }

    // No score, or one outside the range: no current value (an invalid QVariant), rather than
    // a made-up one; the name says which.
    QVariant currentValue() const override
    {
        return inRange() ? QVariant(*gauge()->score()) : QVariant();
    }
    void setCurrentValue(const QVariant &) override {}   // read only
    QVariant maximumValue() const override { return 100; }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    HealthGauge *gauge() const { return static_cast<HealthGauge *>(widget()); }
    bool inRange() const { return gauge()->score() && !gauge()->isOutOfRange(); }
};

// "Last build status: Failed", "Run: Allowed": the field and the state it shows, in the name.
template<typename StateLabel>
class StateLabelAccessible : public PlainDescribedWidget
{
public:
    explicit StateLabelAccessible(StateLabel *label) : PlainDescribedWidget(label, QAccessible::StaticText) {}

    QString text(QAccessible::Text t) const override
    {
        const QString state = static_cast<const StateLabel *>(widget())->text();
        if (t == QAccessible::Name)
            return QCoreApplication::translate("JobAccessibility", "%1: %2").arg(widget()->accessibleName(), state);
        if (t == QAccessible::Value)
            return state;
        return PlainDescribedWidget::text(t);
    }
};

// An alert, so that a screen reader announces it when it shows (ErrorBanner sends the event).
class ErrorBannerAccessible : public PlainDescribedWidget
{
public:
    explicit ErrorBannerAccessible(ErrorBanner *banner) : PlainDescribedWidget(banner, QAccessible::AlertMessage) {}
};

QAccessibleInterface *jobWidgetInterface(const QString &, QObject *object)
{
    if (auto *gauge = qobject_cast<HealthGauge *>(object))
        return new HealthGaugeAccessible(gauge);
    if (auto *badge = qobject_cast<StatusBadge *>(object))
        return new StateLabelAccessible<StatusBadge>(badge);
    if (auto *mark = qobject_cast<PermissionMark *>(object))
        return new StateLabelAccessible<PermissionMark>(mark);
    if (auto *banner = qobject_cast<ErrorBanner *>(object))
        return new ErrorBannerAccessible(banner);
    return nullptr;
}

} // namespace

namespace JobAccessibility {

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(jobWidgetInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace JobAccessibility
