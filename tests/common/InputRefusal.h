#pragma once

#include "common/InputError.h"

#include <optional>
#include <utility>

namespace lgpn {

// The InputError that `call` throws, or nothing if it returns: a test then checks what the
// refusal names (file, line, reason) without writing its own try/catch.
template <typename Call>
std::optional<InputError> refusalOf(Call &&call)
{
    try {
        std::forward<Call>(call)();
    } catch (const InputError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace lgpn
