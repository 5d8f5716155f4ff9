[version]'1.10.0' -gt [version]'1.9.2'
[version]'7.4' -eq '7.4'
$PSVersionTable.PSVersion -ge '5.1'
([version]'1.2.3').Build
[datetime]'2026-01-02' -lt '2026-01-03'
[datetime]'2026-03-01' -gt [datetime]'2026-02-28'
[guid]'a0b1c2d3-0000-0000-0000-000000000001' -eq 'A0B1C2D3-0000-0000-0000-000000000001'
$PSVersionTable.PSEdition
