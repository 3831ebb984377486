#include "catalog/entity.h"

#include "catalog/entityref.h"

namespace atrium::catalog {

QString Entity::key() const
{
    return entityKey(kind, ns, name);
}

QString Entity::refString() const
{
    return EntityRef{kind, ns, name}.toString();
}

} // namespace atrium::catalog
