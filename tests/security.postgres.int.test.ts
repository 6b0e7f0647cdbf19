import { createPostgresDatabase } from './helpers/databases'
import { securitySuite } from './security/index'

securitySuite('postgres', createPostgresDatabase)
