# Objects shown by Out-Default form one document for the whole script. A string is written out
# of band: straight after the rows so far, without closing the table; later objects of the same
# kind join the same table, and the closing empty line comes at the end.
[pscustomobject]@{ Sku = 'E3'; Free = 2 }
"one string"
[pscustomobject]@{ Sku = 'EMS'; Free = 10 }
42
