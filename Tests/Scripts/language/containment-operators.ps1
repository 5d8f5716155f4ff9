10, 20, 30 -contains "10"
"10", 20, 30 -contains 10
"010", 20, 30 -contains 10
"Red", 20, 30 -ccontains "RED"
2 -in 1, 2, 3
"E3" -notin "E1", "E5"
