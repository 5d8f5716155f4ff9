function Set-Thing {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][Alias("Id")][string]$Identity,
        [ValidateSet("Low", "High")][string]$Level = "Low",
        [ValidateRange(1, 10)][int]$Count = 1,
        [switch]$NoTypeInformation,
        [switch]$NoClobber
    )
    "$Identity $Level $Count $NoTypeInformation"
}
Set-Thing -Id a
Set-Thing -Ident b -Lev High -NoType
Set-Thing c -Count:3
try { Set-Thing -Identity d -No } catch { $_.FullyQualifiedErrorId }
try { Set-Thing -Identity e -Count 11 } catch { $_.Exception.Message }
try { Set-Thing -Identity f -Level Medium } catch { $_.Exception.Message }
try { Set-Thing -Identity g -Bogus 1 } catch { $_.Exception.Message }
try { Set-Thing h High 2 extra } catch { $_.FullyQualifiedErrorId }
try { Set-Thing -Identity "" } catch { $_.FullyQualifiedErrorId }
