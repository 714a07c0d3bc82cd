process.env.TEST_DATABASE = 'mongodb'
