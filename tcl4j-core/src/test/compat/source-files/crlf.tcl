puts d
puts d2puts d3
