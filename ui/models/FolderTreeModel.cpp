// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FolderTreeModel.h"

#include "UiLogging.h"
#include "window/Icons.h"

#include <algorithm>

namespace wm::ui {
namespace {

QString folderOf(const QString &path)
{
    // "a/b/c.txt" -> "a/b"; an unreadable folder "a/b/" counts in "a".
    qsizetype end = path.size();
    if (path.endsWith(QLatin1Char('/'))) --end;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'), end - 1);
    return slash < 0 ? QString() : path.left(slash);
}

bool largerFirst(const std::unique_ptr<FolderNode> &a, const std::unique_ptr<FolderNode> &b)
{
    if (a->bytes != b->bytes) return a->bytes > b->bytes;
    return a->name < b->name;
}

} // namespace

FolderTreeModel::FolderTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
}

FolderTreeModel::~FolderTreeModel() = default;

void FolderTreeModel::clear(const QString &root)
{
    beginResetModel();
    m_byPath.clear();
    m_root.reset();
    if (!root.isEmpty()) {
        m_root = std::make_unique<FolderNode>();
        const QString name = root.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        m_root->name = name.isEmpty() ? root : name;
        m_root->visible = true;
        m_byPath.insert(QString(), m_root.get());
    }
    endResetModel();
}

FolderNode *FolderTreeModel::folderFor(const QString &folder)
{
    if (FolderNode *n = m_byPath.value(folder)) return n;
    FolderNode *parent = folderFor(folderOf(folder + QLatin1Char('/')));
    auto node = std::make_unique<FolderNode>();
    node->name = folder.mid(folder.lastIndexOf(QLatin1Char('/')) + 1);
    node->path = folder;
    node->parent = parent;
    node->depth = parent->depth + 1;
    node->row = int(parent->children.size());
    FolderNode *raw = node.get();
    if (parent->announced == int(parent->children.size())) m_newParents.push_back(parent);
    parent->children.push_back(std::move(node));
    m_byPath.insert(folder, raw);
    return raw;
}

void FolderTreeModel::addBatch(const std::vector<FileRecord> &records)
{
    if (!m_root || records.empty()) return;
    // Records of one folder arrive together: remember the last lookup.
    QString lastFolder;
    FolderNode *last = nullptr;
    for (const FileRecord &r : records) {
        const QString folder = folderOf(r.path);
        if (!last || folder != lastFolder) {
            last = folderFor(folder);
            lastFolder = folder;
        }
        for (FolderNode *n = last; n; n = n->parent) {
            ++n->files;
            n->lines += r.lines;
            n->bytes += r.bytes;
            n->tokens += r.tokens;
            if (!n->touched) {
                n->touched = true;
                m_touched.push_back(n);
            }
        }
    }
    announceNew();
    resortTouched();
}

void FolderTreeModel::markVisible(FolderNode *node)
{
    node->visible = true;
    node->announced = int(node->children.size());
    for (auto &c : node->children)
        markVisible(c.get());
}

void FolderTreeModel::announceNew()
{
    // Parents first, so a new folder is inserted with its whole subtree and
    // its own new children need no insert of their own.
    std::sort(m_newParents.begin(), m_newParents.end(),
              [](const FolderNode *a, const FolderNode *b) { return a->depth < b->depth; });
    for (FolderNode *p : m_newParents) {
        if (!p->visible || p->announced >= int(p->children.size())) continue;
        beginInsertRows(indexOf(p), p->announced, int(p->children.size()) - 1);
        for (size_t i = size_t(p->announced); i < p->children.size(); ++i)
            markVisible(p->children[i].get());
        p->announced = int(p->children.size());
        endInsertRows();
    }
    m_newParents.clear();
}

void FolderTreeModel::resortTouched()
{
    // Every touched folder's parent has rows whose figures changed; the ones
    // whose children are now out of order get re-sorted.
    std::vector<FolderNode *> unsorted;
    std::vector<FolderNode *> changedParents;
    for (FolderNode *n : m_touched) {
        n->touched = false;
        if (n->announced > 0) {
            changedParents.push_back(n);
            if (!std::is_sorted(n->children.begin(), n->children.end(), largerFirst))
                unsorted.push_back(n);
        }
    }
    m_touched.clear();
    if (!unsorted.empty()) {
        Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        std::vector<FolderNode *> nodes;
        nodes.reserve(size_t(from.size()));
        for (const QModelIndex &i : from)
            nodes.push_back(nodeOf(i));
        for (FolderNode *n : unsorted) {
            // Unannounced children stay behind the announced ones.
            const auto shown = n->children.begin() + n->announced;
            std::stable_sort(n->children.begin(), shown, largerFirst);
            for (size_t i = 0; i < n->children.size(); ++i)
                n->children[i]->row = int(i);
        }
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype i = 0; i < from.size(); ++i)
            to.append(indexOf(nodes[size_t(i)], from[i].column()));
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, VerticalSortHint);
    }
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
    for (FolderNode *p : changedParents) {
        const QModelIndex parent = indexOf(p);
        Q_EMIT dataChanged(index(0, 0, parent), index(p->announced - 1, ColumnCount - 1, parent));
    }
}

FolderNode *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<FolderNode *>(index.internalPointer()) : nullptr;
}

QModelIndex FolderTreeModel::indexOf(FolderNode *node, int column) const
{
    if (!node) return {};
    return createIndex(node->parent ? node->row : 0, column, node);
}

QModelIndex FolderTreeModel::rootIndex() const
{
    return indexOf(m_root.get());
}

QModelIndex FolderTreeModel::indexForPath(const QString &folder) const
{
    FolderNode *n = m_byPath.value(folder);
    return n && n->visible ? indexOf(n) : QModelIndex();
}

qint64 FolderTreeModel::bytesOf(const QModelIndex &index) const
{
    const FolderNode *n = nodeOf(index);
    return n ? n->bytes : 0;
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid())
        return row == 0 && m_root ? indexOf(m_root.get(), column) : QModelIndex();
    if (parent.column() != 0) return {};
    FolderNode *p = nodeOf(parent);
    if (row >= p->announced) return {};
    return indexOf(p->children[size_t(row)].get(), column);
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    FolderNode *n = nodeOf(child);
    return n && n->parent ? indexOf(n->parent) : QModelIndex();
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return m_root ? 1 : 0;
    return parent.column() == 0 ? nodeOf(parent)->announced : 0;
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FolderTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    const FolderNode *n = nodeOf(index);
    if (!n) return {};
    const int c = index.column();
    const double share =
        n->parent && n->parent->bytes > 0 ? double(n->bytes) / double(n->parent->bytes) : 1.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Name:
            return n->name;
        case Bytes:
            return m_locale.formattedDataSize(n->bytes, 1, QLocale::DataSizeTraditionalFormat);
        case Files:
            return m_locale.toString(n->files);
        case Lines:
            return m_locale.toString(n->lines);
        case Tokens:
            return m_locale.toString(n->tokens);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (c == Name) return Icons::folder();
        return {};
    case Qt::ToolTipRole:
        if (c == Name) return n->path.isEmpty() ? n->name : n->path;
        if (c == Bytes)
            return tr("%1 of the parent folder")
                .arg(m_locale.toString(share * 100.0, 'f', 1) + QLatin1Char('%'));
        return {};
    case Qt::TextAlignmentRole:
        return c == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case FolderPathRole:
        return n->path;
    case ShareRole:
        return share;
    default:
        return {};
    }
}

QVariant FolderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Name:
        return tr("Folder");
    case Bytes:
        return tr("Size");
    case Files:
        return tr("Files");
    case Lines:
        return tr("Lines");
    case Tokens:
        return tr("Tokens");
    default:
        return {};
    }
}

} // namespace wm::ui
