# Classes as in PowerShell 7: typed properties with defaults, hidden and static members,
# constructor overloads and `: base(...)`, methods whose value is only what `return` gives,
# inheritance and overriding, ToString() used wherever the object becomes text.
class Seat {
    [string]$Upn
    [int]$Units = 1
    [datetime]$Since
    [bool]$Active
    hidden [string]$Note = 'internal'
    static [int]$Made = 0

    Seat() { [Seat]::Made++ }
    Seat([string]$upn) { $this.Upn = $upn; [Seat]::Made++ }
    Seat([string]$upn, [int]$units) { $this.Upn = $upn; $this.Units = $units; [Seat]::Made++ }

    [string] Describe() {
        'this output is dropped'
        Write-Output 'and so is this'
        return "$($this.Upn) x$($this.Units)"
    }
    [void] Grow([int]$by) { $this.Units += $by }
    [int] Half() { return $this.Units / 2 }
    static [Seat] For([string]$upn) { return [Seat]::new($upn, 3) }
    [string] ToString() { return "Seat<$($this.Upn)>" }
}

'-- construction and defaults'
$s = [Seat]::new('ann@contoso.com')
$s.Units
$s.Active
$s.Since.Year
$s.Note
$s.Describe()
$s.Grow(4); $s.Units
$s.Half()
$s.Half().GetType().Name
[Seat]::For('bob@contoso.com').Describe()
[Seat]::Made

'-- conversion on assignment'
$s.Units = '7'
$s.Units.GetType().Name
try { $s.Units = 'many' } catch { $_.Exception.Message }

'-- as text, type and members'
"$s"
$s.ToString()
$s -is [Seat]
$s.GetType().Name
$s.GetType().FullName
$s | Get-Member -MemberType Property | ForEach-Object { $_.Name + ': ' + $_.Definition }
$s | Get-Member -Name Describe, Grow, ToString | ForEach-Object Definition

'-- from a hashtable, New-Object and -Property'
$h = [Seat]@{ Upn = 'cy@contoso.com'; Units = 2 }
$h.Describe()
(New-Object Seat 'dee@contoso.com', 5).Describe()
(New-Object -TypeName Seat -Property @{ Upn = 'eve@contoso.com' }).Upn
try { [Seat]@{ Upn = 'x'; Seats = 2 } } catch { $_.Exception.Message }
try { [Seat]::new(1, 2, 3) } catch { $_.Exception.Message }
try { $s.Nope = 1 } catch { $_.Exception.Message }

'-- inheritance'
class Trainee : Seat {
    [string]$Mentor
    Trainee([string]$upn, [string]$mentor) : base($upn, 1) { $this.Mentor = $mentor }
    [string] Describe() { return 'trainee ' + $this.Upn + ' with ' + $this.Mentor }
}
$t = [Trainee]::new('fay@contoso.com', 'ann')
$t.Describe()
$t.Units
$t -is [Seat]
"$t"
$t.GetType().BaseType.Name
[Seat]::Made
$t | Format-Table
$t | ConvertTo-Json -Compress

'-- a list of instances'
$seats = [Seat[]]@([Seat]::new('g@c', 2), [Seat]::new('h@c', 9))
($seats | Measure-Object -Property Units -Sum).Sum
($seats | Sort-Object Units -Descending | Select-Object -First 1).Upn
$seats.Upn -join ','

'-- errors a class definition reports'
try { Invoke-Expression 'class Dup { [int]$a; [string]$a }' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }

'-- a class names a class defined after it; functions take class-typed parameters'
class Order { [Line[]]$Lines = @(); [decimal] Total() { return ($this.Lines | Measure-Object -Property Amount -Sum).Sum } }
class Line { [string]$Sku; [decimal]$Amount }
$o = [Order]::new()
$o.Lines = @([Line]@{ Sku = 'E3'; Amount = 36 }, [Line]@{ Sku = 'E5'; Amount = '57.5' })
$o.Total()
$o.Lines[1].Amount.GetType().Name
function Get-Sku([Line]$Line) { $Line.Sku }
Get-Sku -Line @{ Sku = 'F1'; Amount = 2 }
$null -eq (Get-Sku ([Line]::new()))

'-- validation attributes are checked when a property is set'
class Assignment {
    [ValidateSet('E3', 'E5')][string]$Sku = 'E3'
    [ValidateRange(1, 100)][int]$Seats = 1
    [ValidateNotNullOrEmpty()][string]$Owner
}
$x = [Assignment]::new()
$x.Sku = 'E5'; $x.Sku
try { $x.Sku = 'F1' } catch { $_.Exception.Message }
try { $x.Seats = 500 } catch { $_.Exception.Message }
try { $x.Owner = '' } catch { $_.Exception.Message }
try { [Assignment]@{ Seats = 0 } } catch { $_.Exception.GetType().Name }

'-- Equals and CompareTo decide -eq, -lt and Sort-Object'
class Tag {
    [string]$Name
    Tag([string]$n) { $this.Name = $n }
    [bool] Equals([object]$other) { return $other -is [Tag] -and $other.Name -eq $this.Name }
    [int] CompareTo([object]$other) { return [string]::Compare($this.Name, $other.Name) }
    [string] ToString() { return $this.Name }
}
[Tag]::new('b') -eq [Tag]::new('B')
[Tag]::new('b') -eq [Tag]::new('c')
[Tag]::new('a') -lt [Tag]::new('b')
([Tag]::new('c'), [Tag]::new('a'), [Tag]::new('b') | Sort-Object) -join ','

'-- a typed method that can never return is a parse error'
try { Invoke-Expression 'class Broken { [int] Count() { $n = 1 } }' } catch { $_.Exception.Message }
