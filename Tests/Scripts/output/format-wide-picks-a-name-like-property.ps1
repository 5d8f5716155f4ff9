# Without -Property, Format-Wide shows each object's Name, else its Id, Key, *Key, *Name or *Id
# property, else its first property.
[pscustomobject]@{ Size = 1; Name = 'by-name' }, [pscustomobject]@{ Size = 2; SkuId = 'by-id' }, [pscustomobject]@{ Size = 3 } | Format-Wide -Column 3 | Out-String -Width 60
