import { createSqliteDatabase } from './helpers/databases'
import { securitySuite } from './security/index'

securitySuite('sqlite', createSqliteDatabase)
