# Guid, Version and TimeSpan have views of their own: Guid and Version tables, a TimeSpan list.
# Each is sent to the host on its own (in one script, the first object's view would decide how
# the others show: see second-object-type-shows-as-a-list).
[guid]'a0b1c2d3-0000-0000-0000-000000000001' | Out-Host
[version]'7.4.6' | Out-Host
[timespan]'1.02:03:04' | Out-Host
