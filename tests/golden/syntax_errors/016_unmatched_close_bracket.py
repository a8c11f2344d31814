print('done')
]
