puts "café €"
