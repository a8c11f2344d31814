a ⁰ b
