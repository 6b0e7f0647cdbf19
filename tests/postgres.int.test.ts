import { contentModelSuite } from './contentModel'
import { createPostgresDatabase } from './helpers/databases'

contentModelSuite('postgres', createPostgresDatabase)
