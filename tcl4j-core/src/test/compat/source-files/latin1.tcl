puts "café"
