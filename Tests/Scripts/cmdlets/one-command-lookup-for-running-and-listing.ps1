# Running a command and Get-Command resolve names the same way: a function shadows the
# cmdlet of its name, aliases of aliases are followed, a noun alone runs its Get- command, and an
# alias defined inside a script block is visible to all of them while it is in scope.
function Get-Date { 'the function' }
Get-Date
(Get-Command Get-Date).CommandType
Set-Alias when Get-Date
Set-Alias later when
later
(Get-Command later).DisplayName
date
& {
    Set-Alias inner Get-Random
    (Get-Command inner).CommandType
    (Get-Command inn*).Name
}
(Get-Command inn* | Measure-Object).Count
