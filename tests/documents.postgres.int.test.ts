import { documentsSuite } from './documents'
import { createPostgresDatabase } from './helpers/databases'

documentsSuite('postgres', createPostgresDatabase)
