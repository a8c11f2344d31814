# leading comment
#no space
x = 1  # trailing comment
    # indented comment line
if x:
    # comment in block
    y = 2
        # deeper comment
# dedented comment
    z = 3
#
#!/not/shebang
