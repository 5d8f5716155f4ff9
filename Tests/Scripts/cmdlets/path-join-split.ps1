# Join-Path and Split-Path on Unix-style paths.
Join-Path 'reports' 'users.csv'
Join-Path 'a/' '/b' 'c.txt'
Split-Path '/data/reports/users.csv'
Split-Path '/data/reports/users.csv' -Leaf
Split-Path '/data/reports/users.csv' -LeafBase
Split-Path '/data/reports/users.csv' -Extension
Split-Path 'reports/users.csv' -IsAbsolute
