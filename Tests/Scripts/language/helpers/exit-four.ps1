'in child'
exit 4
'not here'
