#include "services/ServiceContext.h"

#include "storage/Database.h"

namespace sts {

Result<ServiceContext> ServiceContext::forThisThread() const
{
    Result<std::shared_ptr<storage::Database>> another = database->openAnother();
    if (!another)
        return another.error();
    return ServiceContext{*another, clock, actor};
}

} // namespace sts
