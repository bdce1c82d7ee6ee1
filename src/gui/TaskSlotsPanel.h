#pragma once

#include "ModelCatalog.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace tma {

class FilterField;

// Both task-model slots, explained: TASK_MODEL answers for chats with local (Ollama) models,
// TASK_MODEL_EXTERNAL for all others. Empty = "Current Model" (each chat's own model).
class TaskSlotsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TaskSlotsPanel(QWidget* parent = nullptr);

    // Models to offer: the server's, plus ids that will exist once applied (a hosted shortlist).
    void setModels(const ModelCatalog& models, const QStringList& upcoming = {});
    void setBoth(const QString& id);
    void setSlots(const QString& local, const QString& external);
    QString taskModel() const;
    QString taskModelExternal() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    static void select(QComboBox* combo, const QString& id);
    // The model as an item: its name cut to a sensible width (into `sentence`'s %1 if given),
    // the id as its data and the whole name as its tooltip.
    // How a model is listed: what the words around its name say about it.
    enum class Listing
    {
        Plain,
        Local,         // "qwen2.5:3b (Local)"
        AfterApplying, // a provider's model the apply will add
    };
    static constexpr int ListingRole = Qt::UserRole + 1;
    static void addModel(QComboBox* combo, const QString& id, Listing listing);
    static QString itemText(const QComboBox* combo, const QString& id, Listing listing);
    void applyFilter();

    QLabel* m_explanation;
    QLabel* m_filterLabel;
    FilterField* m_filter;
    QLabel* m_localLabel;
    QLabel* m_externalLabel;
    QComboBox* m_local;
    QComboBox* m_external;
};

} // namespace tma
