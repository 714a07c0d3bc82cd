process.env.TEST_DATABASE = 'postgres'
process.env.TEST_ID_TYPE = 'uuid'
