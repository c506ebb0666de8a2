print("netrisk-bench: not yet")
