#include "WelcomePage.h"

#include "LanguageManager.h"
#include "Widgets.h"
#include "WizardState.h"
#include "catalog/Catalog.h"
#include "plan/PlanText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw {

WelcomePage::WelcomePage(WizardState &state, QWidget *parent) : PageBase(state, Scrolling::Scroll, parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    // The first page is on screen at once: build it now.
    ensureBuilt();
    refresh();
    connect(&state, &WizardState::selectionChanged, this, [this] { refresh(); });
    connect(&state, &WizardState::languageChanged, this, [this] { refresh(); });
}

void WelcomePage::buildUi(QVBoxLayout *layout)
{
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("welcomeIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addSpacing(12);

    auto *languageRow = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &language : supportedLanguages())
        m_languageCombo->addItem(LanguageManager::nativeName(language), language);
    m_languageLabel->setBuddy(m_languageCombo);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageCombo);
    languageRow->addStretch(1);
    layout->addLayout(languageRow);
    layout->addSpacing(12);

    m_lastSelection = new QLabel(this);
    m_lastSelection->setObjectName(QStringLiteral("lastSelectionLabel"));
    m_lastSelection->setWordWrap(true);
    layout->addWidget(m_lastSelection);
    auto *afreshRow = new QHBoxLayout;
    m_startAfresh = plainButton(this, QStringLiteral("startAfreshButton"));
    afreshRow->addWidget(m_startAfresh);
    afreshRow->addStretch(1);
    layout->addLayout(afreshRow);
    layout->addStretch(1);

    connect(m_languageCombo, &QComboBox::activated, this,
        [this](int index) { state().setLanguage(m_languageCombo->itemData(index).toString()); });
    connect(m_startAfresh, &QPushButton::clicked, this, [this] { state().setSelection(Selection()); });
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("This wizard works out what your firewalls must allow so that a program works through them."));
    if (!isBuilt())
        return;
    m_intro->setText(
        tr("First you choose the program and whether this computer is its server or one of its clients. "
           "The wizard then lists exactly which ports and programs the firewall must allow, each with the reason "
           "and the vendor's article it comes from. Nothing on this computer is changed by looking at that list."));
    //: label of the list of languages on the first page
    m_languageLabel->setText(tr("&Display language:"));
    m_languageCombo->setAccessibleName(tr("Display language"));
    m_startAfresh->setText(tr("&Start afresh"));
    m_startAfresh->setToolTip(tr("Forget the choices from last time and start with an empty selection."));
}

void WelcomePage::refresh()
{
    if (!isBuilt())
        return;
    const int index = m_languageCombo->findData(language());
    if (index >= 0)
        m_languageCombo->setCurrentIndex(index);

    Plan plan;
    SelectionProblems problems;
    const Product *product = state().product();
    QString chosen;
    if (product) {
        // The plan's title says it best ("Palisade network software 7.x, Client computer"); the product's name is
        // the fallback while the choice is still incomplete.
        chosen = state().resolve(plan, problems) ? planTitle(plan, language()) : product->name.in(language());
    }
    m_lastSelection->setVisible(product);
    m_startAfresh->setVisible(product);
    if (!product)
        return;
    if (state().isRestored())
        m_lastSelection->setText(tr("Your choices from last time are filled in: %1. You can change each of "
                                    "them on the next pages.")
                                     .arg(chosen));
    else
        m_lastSelection->setText(tr("Your choices so far: %1.").arg(chosen));
}

} // namespace fw
