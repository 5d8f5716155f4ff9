# Get-Unique drops objects equal to the one before them.
(1, 1, 2, 2, 1 | Get-Unique) -join ','
('a', 'A', 'b' | Get-Unique -AsString) -join ','
