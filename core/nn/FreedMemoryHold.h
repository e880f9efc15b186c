#pragma once

namespace lgpn {

// While one lives, freed memory stays in the process for the next allocation of the same size
// instead of going back to the system. glibc hands each block above 32 MB to mmap and munmaps it
// on free, so every forward pass of a 256-pixel model at batch 8 faulted in and zeroed gigabytes of
// fresh pages again: the paper network spent more time in the kernel than in its convolutions.
// Nested and concurrent holds share one policy; when the last one ends, the held memory is trimmed
// back to the system and glibc's defaults return.
class FreedMemoryHold
{
public:
    FreedMemoryHold();
    ~FreedMemoryHold();
    FreedMemoryHold(const FreedMemoryHold &) = delete;
    FreedMemoryHold &operator=(const FreedMemoryHold &) = delete;

    // Whether any hold is active now.
    static bool active();
};

} // namespace lgpn
