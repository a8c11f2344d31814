café = 1
naïve_名前 = café + 1
Ωmega = "Ελληνικά"
_x = '日本語' + "emoji 😀"
ｆｕｌｌ = 2
x₁ = 3
