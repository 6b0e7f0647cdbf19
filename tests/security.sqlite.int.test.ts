import { createSqliteDatabase } from './helpers/databases'
import { securitySuite } from './security'

securitySuite('sqlite', createSqliteDatabase)
