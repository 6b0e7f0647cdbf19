import { createPostgresDatabase } from './helpers/databases'
import { securitySuite } from './security'

securitySuite('postgres', createPostgresDatabase)
