import { editorialSuite } from './editorial/index'
import { createPostgresDatabase } from './helpers/databases'

editorialSuite('postgres', createPostgresDatabase)
