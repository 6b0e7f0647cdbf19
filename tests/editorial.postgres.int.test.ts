import { editorialSuite } from './editorial'
import { createPostgresDatabase } from './helpers/databases'

editorialSuite('postgres', createPostgresDatabase)
