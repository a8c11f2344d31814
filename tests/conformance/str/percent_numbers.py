# Flags, width and precision for integer and float conversions.
ints = [0, 7, -7, 255, -255, 2**40, -(2**65)]
for n in ints:
    print("%d|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%X|%#x|%#X|%o|%#o|%#08x|%+#o|%-#8o|" %
          (n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n))
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 1.5e300, 123456789.0, float("inf"), float("-inf"), float("nan")]
for x in floats:
    print("%f|%.2f|%10.3f|%-10.1f|%+f|% f|%010.2f|%e|%.3E|%g|%G|%#g|%.0f|%#.0f|%.10g|" %
          (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x))
print("%d" % 1e20, "%x" % 0, "%#o" % 0, "%.0d" % 0, "%5.3x|" % 10, "%e" % 10, "%f" % 2**60)
print("%.50f" % 0.1)
print("%-+08d|%0-8d|% 08.2f|%+.1e" % (5, 5, 3.14159, -12345.678))
