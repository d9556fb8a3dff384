#pragma once

#include <QString>
#include <QWizardPage>

class QScrollArea;
class QVBoxLayout;

namespace fw {

class WizardState;

/// What every page shares: the state, a layout built on first show (so that the wizard's first frame is quick),
/// optionally inside a scroll area (long German texts at 200 % scale must never be cut off), and retranslation on
/// QEvent::LanguageChange.
class PageBase : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY(PageBase)

public:
    void initializePage() override;
    /// Builds the page's widgets now if they are not yet built (the wizard builds them when the page is first shown).
    void ensureBuilt();
    /// The object name of a widget made for a catalog id: ("role", "server", "Radio") gives "roleServerRadio",
    /// ("option", "online-activation", "Check") gives "optionOnlineActivationCheck". Tests rely on these names.
    static QString objectNameFor(const QString &prefix, const QString &id, const QString &suffix);

protected:
    enum class Scrolling { Invalid, Scroll, NoScroll };
    PageBase(WizardState &state, Scrolling scrolling, QWidget *parent);

    /// A scroll area in the page's look and what it scrolls (see scrollingContent()).
    struct ScrollingContent
    {
        QScrollArea *area = nullptr;
        QWidget *content = nullptr;
        QVBoxLayout *layout = nullptr; ///< the content's layout, without margins
    };
    /// A scroll area named @p areaName, child of @p parent, in the look of a page (no frame, no stop for Tab, no
    /// horizontal scroll bar, the window's background) for a new widget named @p contentName. Fill the content, then
    /// call area->setWidget(content).
    static ScrollingContent scrollingContent(QWidget *parent, const QString &areaName, const QString &contentName);

    WizardState &state() const { return m_state; }
    bool isBuilt() const { return m_built; }
    /// The language of the catalog's texts ("en", "de", "es").
    QString language() const;

    /// Creates the page's widgets in @p layout; called once.
    virtual void buildUi(QVBoxLayout *layout) = 0;
    /// Sets every text: title and subtitle always, the widgets' texts once built.
    virtual void retranslateUi() = 0;
    /// Shows what the state says; called whenever the page is entered and after a language change.
    virtual void refresh() { }
    /// Refreshes the page (once built) and re-checks isComplete() whenever the state's selection changes.
    void followSelection();

    void changeEvent(QEvent *event) override;

private:
    WizardState &m_state;
    Scrolling m_scrolling;
    bool m_built = false;
};

} // namespace fw
