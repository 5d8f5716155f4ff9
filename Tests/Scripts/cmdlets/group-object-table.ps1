# Group-Object output: GroupInfo objects sorted by name, shown as Count/Name/Group.
'b', 'a', 'b', 'c', 'b' | Group-Object
